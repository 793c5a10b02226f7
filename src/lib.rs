//! `showcase`: an online exhibition of university technology-transfer work.
//!
//! The crate splits in two (see ARCHITECTURE.md). The pure core — `catalogue`, `search`,
//! `url_state`, `embed`, `host`, `navigation`, `follow_up`, `labels`, `authoring`, `i18n` — is plain Rust with no
//! browser types, tested natively. `web` (the browser glue) and `ui` (the Leptos components)
//! exist only for wasm32: they load documents and render the core's answers.

pub mod authoring;
pub mod catalogue;
pub mod embed;
pub mod follow_up;
pub mod forum;
pub mod host;
pub mod i18n;
pub mod labels;
pub mod navigation;
pub mod search;
pub mod url_state;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
