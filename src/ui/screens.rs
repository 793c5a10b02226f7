//! Which screens this bundle carries. The embed-code screen ships in a bundle of its own
//! (`src/builder.rs`, built next to the main one by trunk): visitors and partner embeds never
//! use it, and it was 16.4 KB of the compressed first download. The main bundle hands over to
//! that bundle when the URL asks for the screen.

use std::sync::OnceLock;

use leptos::prelude::*;

use super::embed_code::EmbedCode;
use crate::web::document;

/// The file, next to the app's own, that starts the embed-code screen's bundle.
const CODE_SCREEN_STARTER: &str = "builder-start.js";

static CODE_SCREEN: OnceLock<fn() -> AnyView> = OnceLock::new();

/// Called by the embed-code screen's bundle only, so the main bundle's linker drops the screen.
pub fn carry_code_screen() {
    let _ = CODE_SCREEN.set(|| view! { <EmbedCode /> }.into_any());
}

pub fn has_code_screen() -> bool {
    CODE_SCREEN.get().is_some()
}

/// The embed-code screen, or, in a bundle without it, a reload that hands over to the one
/// with it.
pub fn code_screen() -> AnyView {
    match CODE_SCREEN.get() {
        Some(screen) => screen(),
        None => {
            document::reload();
            ().into_any()
        }
    }
}

/// Starts the bundle with the embed-code screen in this document, in place of this one.
pub fn hand_over(app_base: &str) {
    document::start_module(&format!("{app_base}{CODE_SCREEN_STARTER}"));
}
