//! The service worker of build/worker.mjs, seen from the page: registering it for the app's
//! own directory (from the app's own page only — a script embed never registers anything on a
//! partner's site), noticing a new build waiting, switching to it on the visitor's word, and
//! handing it the catalogues a first visit fetched before it was in control. Also whether the
//! browser is online.

use js_sys::{Object, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};

/// The page's service worker container, where the browser has one (not on plain http).
fn workers() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let present = Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    present.then(|| navigator.service_worker())
}

/// Registers `<app_base>sw.js` with `app_base` as its scope, and sets `update_ready` when a
/// newer build than the one in control has installed and waits.
pub fn register(app_base: &str, update_ready: RwSignal<bool>) {
    let Some(container) = workers() else {
        return;
    };
    let options = RegistrationOptions::new();
    options.set_scope(app_base);
    let promise = container.register_with_options(&format!("{app_base}sw.js"), &options);
    spawn_local(async move {
        // A browser that blocks workers may answer with nothing at all.
        let registered = JsFuture::from(promise).await.ok();
        let Some(registration) =
            registered.and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
        else {
            return;
        };
        // A new build found on an earlier visit waits already, or is installing now (the
        // browser looks for one on every visit, before this page asked), or turns up later.
        if registration.waiting().is_some() && controlled() {
            update_ready.set(true);
        }
        if let Some(worker) = registration.installing() {
            watch(worker, update_ready);
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            if let Some(worker) = watched.installing() {
                watch(worker, update_ready);
            }
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Only a worker replacing one in control is an update; the first install is not.
fn controlled() -> bool {
    workers().is_some_and(|c| c.controller().is_some())
}

/// Sets `update_ready` once `worker` has installed beside the one in control.
fn watch(worker: ServiceWorker, update_ready: RwSignal<bool>) {
    let installing = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        if installing.state() == ServiceWorkerState::Installed && controlled() {
            update_ready.set(true);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Lets the waiting build take over and reloads the page once it has (Workbox's worker
/// answers `SKIP_WAITING`).
pub fn switch_to_new_build() {
    let Some(container) = workers() else {
        return;
    };
    let on_change = Closure::once_into_js(|| {
        let _ = window().location().reload();
    });
    let _ =
        container.add_event_listener_with_callback("controllerchange", on_change.unchecked_ref());
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(
            container
                .ready()
                .unwrap_or_else(|_| js_sys::Promise::resolve(&JsValue::NULL)),
        )
        .await
        else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        match registration.waiting() {
            Some(waiting) => post(&waiting, "SKIP_WAITING", None),
            None => {
                let _ = window().location().reload();
            }
        }
    });
}

/// Asks the worker to save `urls` (the catalogues just loaded) for offline visits, now if it
/// controls the page, else once it takes control (the first visit's worker claims the page
/// after the catalogues were fetched).
pub fn keep_for_offline(urls: Vec<String>) {
    let Some(container) = workers() else {
        return;
    };
    let list = js_sys::Array::new();
    for url in &urls {
        list.push(&JsValue::from_str(url));
    }
    if let Some(worker) = container.controller() {
        post(&worker, "showcase-keep-catalogues", Some(&list));
        return;
    }
    let later = container.clone();
    let on_change = Closure::once_into_js(move || {
        if let Some(worker) = later.controller() {
            post(&worker, "showcase-keep-catalogues", Some(&list));
        }
    });
    let _ =
        container.add_event_listener_with_callback("controllerchange", on_change.unchecked_ref());
}

fn post(worker: &ServiceWorker, kind: &str, urls: Option<&js_sys::Array>) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    if let Some(urls) = urls {
        let _ = Reflect::set(&message, &"urls".into(), urls);
    }
    let _ = worker.post_message(&message);
}

/// Whether the browser says it is online, kept current by its `online`/`offline` events.
pub fn online() -> ReadSignal<bool> {
    let (online, set_online) = signal(window().navigator().on_line());
    let update = move |_: web_sys::Event| set_online.set(window().navigator().on_line());
    let listeners = [
        window_event_listener_untyped("online", update),
        window_event_listener_untyped("offline", update),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
    online
}
