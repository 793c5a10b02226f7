//! `showcase-cli`: check, import, export and summarise catalogues (see README, "Authoring
//! catalogues from a spreadsheet"). Native only; on wasm32 this is an empty stub, because
//! trunk and clippy build every bin of the crate for that target.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
