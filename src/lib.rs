//! `showcase`: an online exhibition of university technology-transfer work.
//!
//! The crate splits in two. `catalogue`, `search`, `url_state` and `i18n` are the pure core:
//! plain Rust with no browser types, tested natively. `fetch` and `ui` exist only for wasm32;
//! they load documents and render the core's answers. See ARCHITECTURE.md.

pub mod catalogue;
pub mod embed;
pub mod i18n;
pub mod labels;
pub mod search;
pub mod url_state;

#[cfg(target_arch = "wasm32")]
pub mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod ui;
