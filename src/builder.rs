//! The second bundle: the whole app plus the screens most visits never open — the embed-code
//! screen and catalogue check for authors, the shortlist, comparison and export for visitors
//! following up — and the authors' texts. The main bundle leaves them out and hands over to
//! this one when the view asks for one (`ui::screens`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    showcase::ui::mount_with_lazy_screens();
}

/// Called by `embed.js` when a script embed asks for a screen of this bundle: mounts the
/// showcase into `container` on the view `opening` (a query string).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_embed(
    container: web_sys::HtmlElement,
    source: web_sys::Element,
    app_base: String,
    opening: String,
) {
    showcase::ui::mount_element(container, &source, &app_base, Some(opening));
}
