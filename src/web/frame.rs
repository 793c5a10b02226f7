//! The height protocol between a framed app and its parent (`embed::HEIGHT_MESSAGE`, README
//! "Height protocol"): the app posts its height; the embed-code page's preview listens for
//! the one its own frame posts, as `embed-frame.js` does on a partner's page.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::embed::{reported_height, HEIGHT_MESSAGE};

/// Posts the root element's height to the parent whenever it changes.
pub fn report_height(root: NodeRef<leptos::html::Div>) {
    Effect::new(move |_| {
        let Some(el) = root.get() else { return };
        let last = std::cell::Cell::new(-1.0f64);
        let post = move |height: f64| {
            if height == last.replace(height) {
                return;
            }
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            if let Ok(Some(parent)) = window().parent() {
                // Only a height, nothing private: any parent may read it.
                let _ = parent.post_message(&message, "*");
            }
        };
        // The content, or an open detail reaching below it (a short list, a long exhibit).
        let target = el.clone();
        let observer = Closure::<dyn FnMut()>::new(move || {
            let content = target.get_bounding_client_rect().height();
            let dialog = target
                .query_selector("dialog[open]")
                .ok()
                .flatten()
                .map_or(0.0, |d| {
                    d.get_bounding_client_rect().bottom() + window().scroll_y().unwrap_or(0.0)
                });
            post(reported_height(content, dialog));
        });
        if let Ok(ro) = web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()) {
            ro.observe(&el);
            if let Ok(Some(dialog)) = el.query_selector("dialog") {
                ro.observe(&dialog);
            }
            // Lives as long as the page: the root is never unmounted.
            std::mem::forget(ro);
        }
        observer.forget();
    });
}

/// Calls `on_height` with each height that `frame`'s own document reports, for as long as
/// the current owner lives.
pub fn on_height_reported(frame: NodeRef<leptos::html::Iframe>, on_height: impl Fn(f64) + 'static) {
    let listener = window_event_listener(ev::message, move |e: web_sys::MessageEvent| {
        let from_frame = frame.get_untracked().and_then(|f| f.content_window());
        let same = match (e.source(), from_frame) {
            (Some(source), Some(win)) => js_sys::Object::is(&source, win.as_ref()),
            _ => false,
        };
        if !same {
            return;
        }
        let data = e.data();
        let kind = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|v| v.as_string());
        let height = js_sys::Reflect::get(&data, &"height".into())
            .ok()
            .and_then(|v| v.as_f64());
        if let (Some(HEIGHT_MESSAGE), Some(h)) = (kind.as_deref(), height) {
            on_height(h);
        }
    });
    on_cleanup(move || listener.remove());
}
