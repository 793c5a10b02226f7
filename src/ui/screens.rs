//! Which screens this bundle carries. Pages most visits never open — the embed-code screen
//! and the catalogue check for authors, the shortlist, comparison and export for visitors
//! following up — ship in a second bundle (`src/builder.rs`, built next to the main one by
//! trunk): together they would be a fifth of the compressed first download. The main bundle
//! hands over to that bundle when the view asks for one of them: on the app's own page by
//! loading it in place of itself, in a script embed by asking `embed.js` to mount it
//! instead (the partner's page must not reload).

use leptos::prelude::*;

use super::bundle::{self, LazyScreens};
use super::check::CheckPage;
use super::compare::ComparePage;
use super::embed_code::EmbedCode;
use super::export_page::ExportPage;
use super::programme::ProgrammePage;
use super::shortlist::ShortlistPage;
use super::stats::StatsPage;
use crate::embed::Screen;
use crate::web::document;

/// The file, next to the app's own, that starts the second bundle.
const SECOND_BUNDLE_STARTER: &str = "builder-start.js";

/// Called by the second bundle only, so the main bundle's linker drops these screens and
/// their styles.
pub fn carry_lazy_screens() {
    bundle::carry(LazyScreens {
        render,
        styles: include_str!("../../style/pages.css"),
    });
}

/// Gives the document or shadow root `root` is in the lazy screens' stylesheet, when this
/// bundle carries them.
pub fn adopt_lazy_styles(root: &web_sys::Element) {
    if let Some(lazy) = bundle::lazy() {
        document::adopt_styles(root, lazy.styles);
    }
}

fn render(screen: Screen) -> AnyView {
    match screen {
        Screen::EmbedCode => view! { <EmbedCode /> }.into_any(),
        Screen::Check => view! { <CheckPage /> }.into_any(),
        Screen::Shortlist => view! { <ShortlistPage /> }.into_any(),
        Screen::Compare => view! { <ComparePage /> }.into_any(),
        Screen::Export => view! { <ExportPage /> }.into_any(),
        Screen::Programme => view! { <ProgrammePage /> }.into_any(),
        Screen::Stats => view! { <StatsPage /> }.into_any(),
        Screen::Exhibits => ().into_any(),
    }
}

pub use super::bundle::has_lazy_screens;

/// `screen`, or, in a bundle without it, a reload that hands over to the one with it (the
/// address already names the screen). A script embed never gets here: its links to these
/// screens ask `embed.js` for the second bundle instead (`navigation::how_to_follow`).
pub fn lazy_screen(screen: Screen) -> AnyView {
    match bundle::lazy() {
        Some(lazy) => (lazy.render)(screen),
        None => {
            document::reload();
            ().into_any()
        }
    }
}

/// Starts the second bundle in this document, in place of this one.
pub fn hand_over(app_base: &str) {
    document::start_module(&format!("{app_base}{SECOND_BUNDLE_STARTER}"));
}
