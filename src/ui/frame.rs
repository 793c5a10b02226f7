//! Inside a partner's iframe: the app reports its content height to the parent, so the frame
//! can grow with it (`{"type": "showcase:height", "height": <px>}`, see README).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Posts the root element's height to the parent whenever it changes.
pub fn report_height(root: NodeRef<leptos::html::Div>) {
    Effect::new(move |_| {
        let Some(el) = root.get() else { return };
        let last = std::cell::Cell::new(-1.0f64);
        let post = move |height: f64| {
            let height = height.ceil();
            if height == last.replace(height) {
                return;
            }
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"showcase:height".into());
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
            post(content.max(dialog));
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
