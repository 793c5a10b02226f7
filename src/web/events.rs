//! What a browser event means for the app.

/// A plain left click: the app handles it in place. A modified click (new tab, new window,
/// download) keeps its browser meaning, which is why the links are real links.
pub fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// An image that failed to load (a logo, a media picture) leaves the layout instead of
/// showing the browser's broken-image icon.
pub fn hide_failed_image(ev: &web_sys::Event) {
    use wasm_bindgen::JsCast;
    if let Some(img) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = img.set_attribute("hidden", "");
    }
}
