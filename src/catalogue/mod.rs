//! The catalogue format: the single owner of how documents are read, checked and merged.
//! Pure Rust: no browser types, so every rule here is tested natively.
//!
//! A document goes `wire` (serde structs, private) → `parse` (which path, located reading
//! errors via `locate`) → `check` (validation into `model`, problems in the vocabulary of
//! `problem`) → `merge` (many catalogues, one exhibition); `sources` is the loading state
//! machine around it.

mod check;
mod links;
mod locate;
mod merge;
mod model;
mod parse;
mod problem;
mod sources;
mod text;
mod validate;
mod wire;
mod write;

#[cfg(test)]
mod tests;

pub use links::{resolve, safe_url, LinkError, LinkKind};
pub use locate::{parse_path, position_of, positions, Locator, Position, Segment};
pub use merge::{CatalogueInfo, Exhibition, SourceProblem};
pub use model::*;
pub use parse::{parse_document, Document};
pub use problem::{Issue, LoadError, Problem};
pub use sources::{Slot, SlotState, Sources};
pub use text::{Localized, Tag, Text};
pub use validate::{is_country, is_date, is_date_time, is_slug};
pub use wire::{CATALOGUE_FORMAT, INDEX_FORMAT};
pub use write::{format_of, to_json};
