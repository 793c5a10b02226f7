//! Files an author picks or drops, and files the app hands back to them: read and written in
//! the browser only, never sent anywhere.

use wasm_bindgen::JsCast;

use super::fetch::read_stream;
use crate::catalogue::LoadError;

/// The first file of a file input's selection.
pub fn picked(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}

/// The first file dropped; the drop's default (opening the file in the tab) is prevented.
pub fn dropped(ev: &web_sys::DragEvent) -> Option<web_sys::File> {
    ev.prevent_default();
    ev.data_transfer()?.files()?.get(0)
}

/// Lets the element accept drops (a `dragover` must be cancelled for `drop` to fire).
pub fn allow_drop(ev: &web_sys::DragEvent) {
    ev.prevent_default();
}

pub fn name(file: &web_sys::File) -> String {
    file.name()
}

/// The file's bytes, read as a stream so a large one reports its progress.
pub async fn read(
    file: &web_sys::File,
    on_progress: impl Fn(u64, Option<u64>),
) -> Result<Vec<u8>, LoadError> {
    let total = Some(file.size() as u64);
    read_stream(&file.stream(), total, on_progress).await
}

/// Offers `text` to the visitor as a download named `name`.
pub fn save(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = leptos::prelude::document();
    if let Ok(link) = document.create_element("a") {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The download reads the URL after this task; revoke it once it surely has.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}

/// Selects UTF-16 units `start..end` of a read-only text view and scrolls line `line` of
/// `lines` into its upper third: where a finding points.
pub fn show_range(
    view: &web_sys::HtmlTextAreaElement,
    start: u32,
    end: u32,
    line: u32,
    lines: u32,
) {
    let _ = view.focus();
    let _ = view.set_selection_range(start, end);
    let height = view.scroll_height().max(0) as u32;
    let above = height / lines.max(1) * line.saturating_sub(1);
    view.set_scroll_top(above.saturating_sub(view.client_height().max(0) as u32 / 3) as i32);
}
