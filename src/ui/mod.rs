//! The Leptos components. They render the core's answers and turn clicks into changes of
//! [`ViewState`](crate::url_state::ViewState); nothing here decides what matches or how
//! anything is named.

mod app;
mod card;
mod chips;
mod detail;
mod facets;
mod header;
mod results;
mod search_box;
mod status;
mod url_sync;

pub use app::{App, Ctx};
pub use chips::Chips;
pub use detail::Detail;
pub use facets::Facets;
pub use header::Header;
pub use results::Results;
pub use search_box::SearchBox;
pub use status::Status;

use wasm_bindgen::JsCast;

/// Mounts the app into `#showcase` when the page has one, else into `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    let target = leptos::prelude::document()
        .get_element_by_id("showcase")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(el) => leptos::mount::mount_to(el, App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}
