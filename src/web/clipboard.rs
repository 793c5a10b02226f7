//! Copying text for the visitor.

use std::future::Future;

use leptos::prelude::*;

/// Writes `text` to the clipboard; resolves to true when the browser did. The write starts at
/// once, while the click that asked for it still counts as the visitor's gesture.
pub fn copy(text: &str) -> impl Future<Output = bool> {
    let promise = window().navigator().clipboard().write_text(text);
    async move { wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() }
}
