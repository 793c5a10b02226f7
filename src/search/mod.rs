//! Discovery: text search, facets and sorting over a merged exhibition. Pure Rust.
//!
//! `filters` (what a visitor narrowed to) and `query` (the question) go in; `engine` asks
//! the two halves of the index (`text_index`, `facet_index`) and returns an `outcome`,
//! ordered by `order`.

mod engine;
mod facet_index;
mod filters;
mod normalize;
mod order;
mod outcome;
mod query;
mod text_index;

#[cfg(test)]
mod tests;

pub use engine::SearchIndex;
pub use filters::{Facet, Filters, PerFacet, TrlRange};
pub use normalize::{normalize, normalize_into, terms};
pub use order::TitleOrder;
pub use outcome::{
    offers_more, Constraint, FacetCounts, FacetOption, ListNote, Listed, Outcome, FACET_EXPANDED,
    FACET_FOLDED, PAGE_SIZE,
};
pub use query::{Query, Sort};
