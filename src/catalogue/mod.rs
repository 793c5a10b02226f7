//! The catalogue format: the single owner of how documents are read, checked and merged.
//! Pure Rust: no browser types, so every rule here is tested natively.

mod links;
mod locate;
mod merge;
mod model;
mod parse;
mod sources;
mod text;

#[cfg(test)]
mod tests;

pub use links::{resolve, safe_url, LinkError, LinkKind};
pub use merge::{CatalogueInfo, Exhibition, SourceProblem};
pub use model::*;
pub use parse::{
    is_date, is_slug, parse_document, Document, Issue, LoadError, Problem, CATALOGUE_FORMAT,
    INDEX_FORMAT,
};
pub use sources::{Slot, SlotState, Sources};
pub use text::{Localized, Tag, Text};
