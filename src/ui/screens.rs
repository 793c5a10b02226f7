//! Which screens this bundle carries. The authors' screens — the embed-code screen and the
//! catalogue check — ship in a bundle of their own (`src/builder.rs`, built next to the main
//! one by trunk): visitors and partner embeds never use them, and the embed-code screen alone
//! was 16.4 KB of the compressed first download. The main bundle hands over to that bundle
//! when the URL asks for one of them.

use std::sync::OnceLock;

use leptos::prelude::*;

use super::check::CheckPage;
use super::embed_code::EmbedCode;
use crate::web::document;

/// The file, next to the app's own, that starts the authors' bundle.
const AUTHOR_BUNDLE_STARTER: &str = "builder-start.js";

struct AuthorScreens {
    code: fn() -> AnyView,
    check: fn() -> AnyView,
}

static AUTHOR_SCREENS: OnceLock<AuthorScreens> = OnceLock::new();

/// Called by the authors' bundle only, so the main bundle's linker drops both screens.
pub fn carry_author_screens() {
    let _ = AUTHOR_SCREENS.set(AuthorScreens {
        code: || view! { <EmbedCode /> }.into_any(),
        check: || view! { <CheckPage /> }.into_any(),
    });
}

pub fn has_author_screens() -> bool {
    AUTHOR_SCREENS.get().is_some()
}

/// The embed-code screen, or, in a bundle without it, a reload that hands over to the one
/// with it.
pub fn code_screen() -> AnyView {
    author_screen(|s| s.code)
}

/// The catalogue check page, likewise.
pub fn check_screen() -> AnyView {
    author_screen(|s| s.check)
}

fn author_screen(pick: fn(&AuthorScreens) -> fn() -> AnyView) -> AnyView {
    match AUTHOR_SCREENS.get() {
        Some(screens) => pick(screens)(),
        None => {
            document::reload();
            ().into_any()
        }
    }
}

/// Starts the authors' bundle in this document, in place of this one.
pub fn hand_over(app_base: &str) {
    document::start_module(&format!("{app_base}{AUTHOR_BUNDLE_STARTER}"));
}
