//! Every network call of the app. Catalogues stream in so a large one shows progress; each
//! source is fetched on its own task, so one slow or broken source delays nothing else. A
//! new load aborts the one it supersedes (and the app's end aborts the last), so a stale
//! download neither costs bandwidth nor lands in the wrong exhibition.

use gloo_net::http::Request;
use js_sys::{Reflect, Uint8Array};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, ReadableStreamDefaultReader};

use super::idle::next_task;
use super::timing::measure;
use crate::catalogue::{parse_document, LoadError, Sources};

/// Loads catalogues into one [`Sources`] signal, one load at a time.
#[derive(Clone, Copy)]
pub struct CatalogueLoader {
    sources: RwSignal<Sources>,
    /// Counts loads: a task of an earlier one drops whatever it still receives.
    generation: StoredValue<u64>,
    /// One per fetch of the current load, so a new load aborts them all and a silent source
    /// only its own.
    inflight: StoredValue<Vec<AbortController>, LocalStorage>,
    /// Seconds a source may send nothing before it is given up (`timeout=`).
    timeout: u32,
    /// When the oldest catalogue of the current load was fetched (ms since the epoch): what
    /// an offline page says its catalogues date from.
    pub fetched_at: RwSignal<Option<f64>>,
}

impl CatalogueLoader {
    /// A loader writing into `sources`, giving up on a source silent for `timeout` seconds;
    /// the current owner's end aborts what is in flight.
    pub fn new(sources: RwSignal<Sources>, timeout: u32) -> CatalogueLoader {
        let loader = CatalogueLoader {
            sources,
            generation: StoredValue::new(0),
            inflight: StoredValue::new_local(Vec::new()),
            timeout,
            fetched_at: RwSignal::new(None),
        };
        on_cleanup(move || loader.abort());
        loader
    }

    /// Loads every source in `urls` (and whatever indexes list), replacing what `sources`
    /// held and aborting the load before.
    pub fn load(self, urls: Vec<String>) {
        self.abort();
        self.generation.update_value(|g| *g += 1);
        self.fetched_at.set(None);
        self.sources.set(Sources::new(&urls));
        for slot in 0..self.sources.with_untracked(|s| s.slots.len()) {
            self.spawn_source(slot);
        }
    }

    /// Loads a failed source of the current load again (its Retry button).
    pub fn retry(self, slot: usize) {
        let mut again = false;
        self.sources.update(|s| again = s.retry(slot));
        if again {
            self.spawn_source(slot);
        }
    }

    fn abort(self) {
        let controllers = self.inflight.try_update_value(std::mem::take);
        for controller in controllers.into_iter().flatten() {
            controller.abort();
        }
    }

    fn spawn_source(self, slot: usize) {
        let sources = self.sources;
        let Some(url) = sources.with_untracked(|s| s.slots.get(slot).map(|s| s.url.clone())) else {
            return;
        };
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        let silence = Silence::new(controller.clone(), self.timeout);
        if let Some(c) = controller {
            self.inflight.update_value(|all| all.push(c));
        }
        let current = self.generation.get_value();
        let live = move || self.generation.try_get_value() == Some(current);
        spawn_local(async move {
            silence.restart();
            let fetched = fetch_dated(&url, signal.as_ref(), |received, total| {
                silence.restart();
                if live() {
                    sources.update(|s| s.progress(slot, received, total));
                }
            })
            .await;
            silence.stop();
            if !live() {
                return;
            }
            let fetched = match fetched {
                Err(_) if silence.gave_up() => Err(LoadError::Timeout {
                    seconds: self.timeout,
                }),
                Err(e) => Err(e),
                Ok((text, date)) => {
                    if let Some(date) = date {
                        let oldest = |at: Option<f64>| Some(at.map_or(date, |a| a.min(date)));
                        self.fetched_at.update(|at| *at = oldest(*at));
                    }
                    Ok(text)
                }
            };
            // Reading the document and showing it are two tasks, so that neither is long.
            let read = measure("showcase:parse", || {
                fetched.and_then(|json| parse_document(&json, &url))
            });
            next_task(move || {
                if !live() {
                    return;
                }
                let mut added = Vec::new();
                sources.update(|s| added = s.finish_read(slot, read));
                for next in added {
                    self.spawn_source(next);
                }
            });
        });
    }
}

/// Gives up on a fetch that has received nothing for a while: a timer restarted by every
/// chunk that arrives, which aborts the request when it fires. A large catalogue arriving
/// slowly is never cut off; a source that stopped answering always is. Not `web::debounce`,
/// which keeps its state in the reactive owner it is made under: built on it, a retried
/// source (started from a click) never finished loading in the e2e test. This one lives
/// with its task.
#[derive(Clone)]
struct Silence {
    controller: Option<AbortController>,
    seconds: u32,
    timer: std::rc::Rc<std::cell::Cell<Option<TimeoutHandle>>>,
    fired: std::rc::Rc<std::cell::Cell<bool>>,
}

impl Silence {
    fn new(controller: Option<AbortController>, seconds: u32) -> Silence {
        Silence {
            controller,
            seconds,
            timer: Default::default(),
            fired: Default::default(),
        }
    }

    fn restart(&self) {
        self.stop();
        let (controller, fired) = (self.controller.clone(), self.fired.clone());
        let handle = set_timeout_with_handle(
            move || {
                fired.set(true);
                if let Some(c) = controller {
                    c.abort();
                }
            },
            std::time::Duration::from_secs(u64::from(self.seconds)),
        );
        self.timer.set(handle.ok());
    }

    fn stop(&self) {
        if let Some(handle) = self.timer.take() {
            handle.clear();
        }
    }

    fn gave_up(&self) -> bool {
        self.fired.get()
    }
}

/// GETs `url` as text, reporting bytes as they arrive; `signal` aborts it.
pub async fn fetch_text(
    url: &str,
    signal: Option<&AbortSignal>,
    on_progress: impl Fn(u64, Option<u64>),
) -> Result<String, LoadError> {
    fetch_dated(url, signal, on_progress)
        .await
        .map(|(text, _)| text)
}

/// [`fetch_text`], with when the server produced the response (its `Date` header, in ms since
/// the epoch): a response the service worker saved keeps the date it was fetched.
async fn fetch_dated(
    url: &str,
    signal: Option<&AbortSignal>,
    on_progress: impl Fn(u64, Option<u64>),
) -> Result<(String, Option<f64>), LoadError> {
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
    let headers = response.headers();
    let total = headers
        .get("content-length")
        .and_then(|v| v.parse::<u64>().ok());
    let date = headers
        .get("date")
        .map(|d| js_sys::Date::parse(&d))
        .filter(|ms| ms.is_finite());
    let Some(body) = response.body() else {
        return response
            .text()
            .await
            .map(|text| (text, date))
            .map_err(|e| LoadError::Network(e.to_string()));
    };
    let bytes = read_stream(&body, total, on_progress).await?;
    // Invalid UTF-8 becomes U+FFFD and shows up where it stands, rather than losing the file.
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Ok((text, date))
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
