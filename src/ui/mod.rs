//! The Leptos components. They render the core's answers and turn clicks into changes of
//! [`ViewState`](crate::url_state::ViewState); nothing here decides what matches or how
//! anything is named.

mod app;
mod card;
mod chips;
mod detail;
mod embed_bar;
mod embed_code;
mod facets;
mod frame;
mod header;
mod host;
mod pages;
mod results;
mod search_box;
mod status;
mod theme;
mod timing;
mod url_sync;

pub use app::{App, Ctx, Embedded};
pub use chips::Chips;
pub use detail::Detail;
pub use facets::Facets;
pub use header::Header;
pub use host::{Host, HostKind};
pub use results::Results;
pub use search_box::SearchBox;
pub use status::Status;
pub use timing::measure;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::embed::{query_from_attributes, Presentation};
use crate::url_state::ViewState;

/// Mounts the app on its own page, into `#showcase[data-showcase-app]`. A partner's page that
/// loads the app through `embed.js` has no such element, so nothing happens there.
pub fn mount() {
    console_error_panic_hook::set_once();
    let target = document()
        .get_element_by_id("showcase")
        .filter(|el| el.has_attribute("data-showcase-app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(el) = target else {
        return;
    };
    let wanted = Presentation::from_state(&url_sync::initial_state());
    if wanted.shows_code_page() && !pages::has_code_page() {
        pages::hand_over(&Host::page());
        return;
    }
    leptos::mount::mount_to(el, App).forget();
}

/// [`mount`] for the embed-code page's bundle, which carries that page.
pub fn mount_with_code_page() {
    pages::carry_code_page();
    mount();
}

/// Mounts a script embed into `container` (inside the shadow root `embed.js` gave `source`),
/// reading the view from `source`'s `data-*` attributes. `app_base` is where the app's files
/// are, for the bundled catalogues and for links to the full showcase.
pub fn mount_element(container: web_sys::HtmlElement, source: &web_sys::Element, app_base: &str) {
    console_error_panic_hook::set_once();
    let names = source.get_attribute_names();
    let attributes: Vec<(String, String)> = names
        .iter()
        .filter_map(|n| n.as_string())
        .map(|n| {
            let value = source.get_attribute(&n).unwrap_or_default();
            (n, value)
        })
        .collect();
    let query = query_from_attributes(attributes.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let initial = ViewState::from_query(&query);
    let host = Host::element(app_base);
    leptos::mount::mount_to(container, move || view! { <Embedded initial host /> }).forget();
}
