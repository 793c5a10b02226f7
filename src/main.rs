//! The browser entry points; natively there is nothing to run (the core is a library).

fn main() {
    #[cfg(target_arch = "wasm32")]
    showcase::ui::mount();
}

/// Called by `embed.js` for each `<div data-showcase>` on a partner's page.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_embed(container: web_sys::HtmlElement, source: web_sys::Element, app_base: String) {
    showcase::ui::mount_element(container, &source, &app_base, None);
}
