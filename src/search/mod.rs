//! Discovery: text search, facets and sorting over a merged exhibition. Pure Rust.

mod engine;
mod filters;
mod normalize;

#[cfg(test)]
mod tests;

pub use engine::{
    Constraint, FacetCounts, FacetOption, Listed, Outcome, Query, SearchIndex, Sort, TitleOrder,
    PAGE_SIZE,
};
pub use filters::{Facet, Filters, TrlRange};
pub use normalize::{normalize, normalize_into, terms};
