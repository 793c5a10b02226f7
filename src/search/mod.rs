//! Discovery: text search, facets and sorting over a merged exhibition. Pure Rust.
//!
//! `filters` (what a visitor narrowed to) and `query` (the question) go in; `engine` turns the
//! text into a `plan` (terms split by `words`, script variants folded by `fold` inside
//! `normalize`, other languages' words from the catalogues' thesaurus), asks the two halves of
//! the index (`text_index`, `facet_index`), ranks by the rules in `score` and returns an
//! `outcome`, ordered by `order`. `highlight` marks what matched in a text.

mod engine;
mod facet_index;
mod filters;
mod fold;
mod highlight;
mod normalize;
mod order;
mod outcome;
mod plan;
mod popular;
mod query;
mod score;
mod spread;
mod text_index;
mod words;

#[cfg(test)]
mod tests;

pub use engine::SearchIndex;
pub use filters::{Facet, Filters, PerFacet, TrlRange};
pub use highlight::{explain, marks, snippet_start, Mark, Via, ViaKind};
pub use normalize::{normalize, normalize_into};
pub use order::TitleOrder;
pub use outcome::{
    cards_after_frames, offers_more, Constraint, FacetCounts, FacetOption, ListNote, Listed,
    Outcome, CARDS_PER_FRAME, FACET_EXPANDED, FACET_FOLDED, PAGE_SIZE,
};
pub use plan::Plan;
pub use popular::{popular_keywords, KIOSK_SUGGESTIONS};
pub use query::{Query, Sort};
pub use spread::Spread;
