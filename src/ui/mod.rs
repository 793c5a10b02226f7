//! The Leptos components. They render the core's answers and turn clicks into changes of
//! the view through the store (`ctx`); nothing here decides what matches, how anything is
//! named or where a link leads — that is the core's — and nothing here calls the browser but
//! through `web`.
//!
//! `app` is the composition root; every panel imports only `ctx` and the panels it contains.

mod app;
mod bundle;
mod card;
mod check;
mod chips;
mod compare;
mod connection;
mod ctx;
mod detail;
mod embed_bar;
mod embed_code;
mod empty_state;
mod exhibit_link;
mod export_page;
mod facet_group;
mod facets;
mod follow_links;
mod footer;
mod header;
mod keep;
mod lang_select;
mod logo;
mod marked;
mod pager;
mod programme;
mod qr;
mod results;
mod sample_notice;
mod screens;
mod search_box;
mod shortlist;
mod stats;
mod status;
mod trl_group;

pub use app::{App, ScriptEmbed};
pub use chips::Chips;
pub use ctx::{Ctx, Loaded};
pub use detail::Detail;
pub use facets::Facets;
pub use header::Header;
pub use results::Results;
pub use search_box::SearchBox;
pub use status::{LoadingProgress, Status};

use leptos::prelude::*;

use crate::embed::{query_from_attributes, Presentation};
use crate::url_state::ViewState;
use crate::web::{document, history, host, idle, locale};

/// Mounts the app on its own page, into `#showcase[data-showcase-app]`. A partner's page that
/// loads the app through `embed.js` has no such element, so nothing happens there.
pub fn mount() {
    console_error_panic_hook::set_once();
    crate::labels::name_countries_with(locale::region_name);
    let Some(root) = document::app_root() else {
        return;
    };
    let wanted = Presentation::from_state(&history::initial_view());
    if wanted.shows_lazy_screen() && !screens::has_lazy_screens() {
        screens::hand_over(&host::own_document().app_base);
        return;
    }
    // index.html's static first screen paints first; building the app is the longest task of
    // the start and must not hold that paint back.
    idle::after_paint(move || leptos::mount::mount_to(root, App).forget());
}

/// [`mount`] for the second bundle, which carries the lazily loaded screens.
pub fn mount_with_lazy_screens() {
    crate::i18n::carry_author_texts();
    screens::carry_lazy_screens();
    mount();
}

/// Mounts a script embed into `container` (inside the shadow root `embed.js` gave `source`),
/// reading the view from `source`'s `data-*` attributes. `app_base` is where the app's files
/// are, for the bundled catalogues and for links to the full showcase.
/// `opening` is the view to open instead, when the main bundle handed over to the second one.
pub fn mount_element(
    container: web_sys::HtmlElement,
    source: &web_sys::Element,
    app_base: &str,
    opening: Option<String>,
) {
    console_error_panic_hook::set_once();
    crate::labels::name_countries_with(locale::region_name);
    let query = opening.unwrap_or_else(|| {
        let attributes = document::attributes(source);
        query_from_attributes(attributes.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });
    let initial = ViewState::from_query(&query);
    let wanted = Presentation::from_state(&initial);
    if wanted.shows_lazy_screen() && !screens::has_lazy_screens() {
        document::ask_for_second_bundle(&container, &query);
        return;
    }
    let app_base = app_base.to_owned();
    leptos::mount::mount_to(
        container,
        move || view! { <ScriptEmbed initial app_base /> },
    )
    .forget();
}
