//! Every network call of the app. Catalogues stream in so a large one shows progress;
//! each source is fetched on its own task, so one slow or broken source delays nothing else.

use gloo_net::http::Request;
use js_sys::{Reflect, Uint8Array};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::ReadableStreamDefaultReader;

use crate::catalogue::{LoadError, Sources};

/// Loads every source in `urls` (and whatever indexes list) into `sources`, which this call
/// resets. `generation` tells stale tasks of an earlier call to drop their results.
pub fn load_all(urls: Vec<String>, sources: RwSignal<Sources>, generation: StoredValue<u64>) {
    generation.update_value(|g| *g += 1);
    let current = generation.get_value();
    sources.set(Sources::new(&urls));
    let initial = 0..sources.with_untracked(|s| s.slots.len());
    for slot in initial {
        spawn_source(slot, sources, generation, current);
    }
}

fn spawn_source(
    slot: usize,
    sources: RwSignal<Sources>,
    generation: StoredValue<u64>,
    current: u64,
) {
    let Some(url) = sources.with_untracked(|s| s.slots.get(slot).map(|s| s.url.clone())) else {
        return;
    };
    let live = move || generation.get_value() == current;
    spawn_local(async move {
        let fetched = fetch_text(&url, |received, total| {
            if live() {
                sources.update(|s| s.progress(slot, received, total));
            }
        })
        .await;
        if !live() {
            return;
        }
        let mut added = Vec::new();
        crate::ui::measure("showcase:parse", || {
            sources.update(|s| added = s.finish(slot, fetched))
        });
        for next in added {
            spawn_source(next, sources, generation, current);
        }
    });
}

/// GETs `url` as text, reporting bytes as they arrive.
pub async fn fetch_text(
    url: &str,
    on_progress: impl Fn(u64, Option<u64>),
) -> Result<String, LoadError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            status: response.status(),
        });
    }
    let total = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<u64>().ok());
    let Some(body) = response.body() else {
        return response
            .text()
            .await
            .map_err(|e| LoadError::Network(e.to_string()));
    };
    let reader: ReadableStreamDefaultReader = body
        .get_reader()
        .dyn_into()
        .map_err(|_| LoadError::Network("the response body cannot be read".into()))?;
    let mut bytes: Vec<u8> = Vec::with_capacity(total.unwrap_or(64 * 1024) as usize);
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|e| LoadError::Network(format!("{e:?}")))?;
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(true);
        if done {
            break;
        }
        if let Ok(value) = Reflect::get(&chunk, &"value".into()) {
            let chunk = Uint8Array::new(&value);
            let start = bytes.len();
            bytes.resize(start + chunk.length() as usize, 0);
            chunk.copy_to(&mut bytes[start..]);
        }
        on_progress(bytes.len() as u64, total);
    }
    // Invalid UTF-8 becomes U+FFFD and shows up where it stands, rather than losing the file.
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}
