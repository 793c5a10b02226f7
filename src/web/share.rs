//! Handing a link to the device: the Web Share sheet where the browser has one, printing, and
//! today's date for what is printed or exported.

use wasm_bindgen::JsCast;

/// Whether the browser offers a share sheet (phones, some desktops).
pub fn can_share() -> bool {
    let navigator = leptos::prelude::window().navigator();
    js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false)
}

/// Opens the share sheet for `url`; resolves to false when the visitor cancelled or the
/// browser refused.
pub async fn share(title: &str, url: &str) -> bool {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let promise = leptos::prelude::window().navigator().share_with_data(&data);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// The browser's print dialog.
pub fn print() {
    let _ = leptos::prelude::window().print();
}

/// Today in the visitor's time zone, as YYYY-MM-DD.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Selects the text of an input (the shared link), for copying by hand.
pub fn select_all(ev: &web_sys::FocusEvent) {
    if let Some(input) = (ev.target()).and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}
