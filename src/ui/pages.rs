//! Which pages this bundle carries. The embed-code page ships in a bundle of its own
//! (`src/builder.rs`, built next to the main one by trunk): visitors and partner embeds never
//! use it, and it was 16.4 KB of the compressed first download. The main bundle hands over to
//! that bundle when the URL asks for the page.

use std::sync::OnceLock;

use leptos::prelude::*;

use super::embed_code::EmbedCode;
use super::host::Host;

/// The file, next to the app's own, that starts the embed-code page's bundle.
const CODE_PAGE_STARTER: &str = "builder-start.js";

static CODE_PAGE: OnceLock<fn() -> AnyView> = OnceLock::new();

/// Called by the embed-code page's bundle only, so the main bundle's linker drops the page.
pub fn carry_code_page() {
    let _ = CODE_PAGE.set(|| view! { <EmbedCode /> }.into_any());
}

pub fn has_code_page() -> bool {
    CODE_PAGE.get().is_some()
}

/// The embed-code page, or, in a bundle without it, a reload that hands over to the one with it.
pub fn code_page() -> AnyView {
    match CODE_PAGE.get() {
        Some(page) => page(),
        None => {
            let _ = location().reload();
            ().into_any()
        }
    }
}

/// Starts the bundle with the embed-code page in this document, in place of this one.
pub fn hand_over(host: &Host) {
    let doc = document();
    let Ok(script) = doc.create_element("script") else {
        return;
    };
    let _ = script.set_attribute("type", "module");
    let _ = script.set_attribute("src", &format!("{}{CODE_PAGE_STARTER}", host.app_base));
    if let Some(head) = doc.head() {
        let _ = head.append_child(&script);
    }
}
