//! Every network call of the app. Catalogues stream in so a large one shows progress; each
//! source is fetched on its own task, so one slow or broken source delays nothing else. A
//! new load aborts the one it supersedes (and the app's end aborts the last), so a stale
//! download neither costs bandwidth nor lands in the wrong exhibition.

use gloo_net::http::Request;
use js_sys::{Reflect, Uint8Array};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, ReadableStreamDefaultReader};

use super::timing::measure;
use crate::catalogue::{LoadError, Sources};

/// Loads catalogues into one [`Sources`] signal, one load at a time.
#[derive(Clone, Copy)]
pub struct CatalogueLoader {
    sources: RwSignal<Sources>,
    /// Counts loads: a task of an earlier one drops whatever it still receives.
    generation: StoredValue<u64>,
    /// Aborts the fetches of the current load.
    inflight: StoredValue<Option<AbortController>, LocalStorage>,
}

impl CatalogueLoader {
    /// A loader writing into `sources`; the current owner's end aborts what is in flight.
    pub fn new(sources: RwSignal<Sources>) -> CatalogueLoader {
        let loader = CatalogueLoader {
            sources,
            generation: StoredValue::new(0),
            inflight: StoredValue::new_local(None),
        };
        on_cleanup(move || loader.abort());
        loader
    }

    /// Loads every source in `urls` (and whatever indexes list), replacing what `sources`
    /// held and aborting the load before.
    pub fn load(self, urls: Vec<String>) {
        self.abort();
        self.generation.update_value(|g| *g += 1);
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        self.inflight.set_value(controller);
        self.sources.set(Sources::new(&urls));
        for slot in 0..self.sources.with_untracked(|s| s.slots.len()) {
            self.spawn_source(slot, signal.clone());
        }
    }

    fn abort(self) {
        if let Some(controller) = self.inflight.try_update_value(Option::take).flatten() {
            controller.abort();
        }
    }

    fn spawn_source(self, slot: usize, signal: Option<AbortSignal>) {
        let sources = self.sources;
        let Some(url) = sources.with_untracked(|s| s.slots.get(slot).map(|s| s.url.clone())) else {
            return;
        };
        let current = self.generation.get_value();
        let live = move || self.generation.try_get_value() == Some(current);
        spawn_local(async move {
            let fetched = fetch_text(&url, signal.as_ref(), |received, total| {
                if live() {
                    sources.update(|s| s.progress(slot, received, total));
                }
            })
            .await;
            if !live() {
                return;
            }
            let mut added = Vec::new();
            measure("showcase:parse", || {
                sources.update(|s| added = s.finish(slot, fetched))
            });
            for next in added {
                self.spawn_source(next, signal.clone());
            }
        });
    }
}

/// GETs `url` as text, reporting bytes as they arrive; `signal` aborts it.
pub async fn fetch_text(
    url: &str,
    signal: Option<&AbortSignal>,
    on_progress: impl Fn(u64, Option<u64>),
) -> Result<String, LoadError> {
    let response = Request::get(url)
        .abort_signal(signal)
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
    let bytes = read_stream(&body, total, on_progress).await?;
    // Invalid UTF-8 becomes U+FFFD and shows up where it stands, rather than losing the file.
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Reads a byte stream (a response body, a dropped file) to its end, reporting bytes as they
/// arrive.
pub async fn read_stream(
    stream: &web_sys::ReadableStream,
    total: Option<u64>,
    on_progress: impl Fn(u64, Option<u64>),
) -> Result<Vec<u8>, LoadError> {
    let reader: ReadableStreamDefaultReader = stream
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
    Ok(bytes)
}
