//! A question to the engine: text, filters and an order.

use super::filters::Filters;

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// By match quality; with no query, the order the catalogues list their exhibits in.
    #[default]
    Relevance,
    Title,
    /// Most mature first.
    Trl,
    /// Most recently updated first.
    Updated,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Relevance, Sort::Title, Sort::Trl, Sort::Updated];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Title => "title",
            Sort::Trl => "trl",
            Sort::Updated => "updated",
        }
    }

    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|o| o.as_str() == s)
    }

    /// Only a title order needs the titles collated; in the browser collating costs a call
    /// across the wasm boundary per comparison, so no other order pays for it.
    pub fn needs_title_order(self) -> bool {
        self == Sort::Title
    }
}

/// A question to the engine.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub filters: Filters,
    pub sort: Sort,
}
