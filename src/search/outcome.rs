//! What the engine answers: the results in order, every facet's counts, and what loosening
//! each constraint would give back; plus the rules for which of it fits on screen.

use super::filters::Facet;
use std::sync::Arc;

use super::normalize::normalize;
use super::plan::Plan;

/// One option of a facet with the number of results it would yield.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    pub value: String,
    pub count: usize,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    pub facet: Facet,
    /// In the order the catalogues declare them (never re-sorted by count, so an option never
    /// moves under the visitor's pointer or keyboard focus). Options that would yield nothing
    /// are left out unless selected.
    pub options: Vec<FacetOption>,
}

/// Options a long facet lists at first: a facet with more has a box to find the rest.
pub const FACET_FOLDED: usize = 10;
/// Options it lists on "Show more": enough to browse, few enough that the page stays within
/// its DOM budget; the rest are found by typing.
pub const FACET_EXPANDED: usize = 50;

/// What a facet's panel says below its options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListNote {
    Nothing,
    /// Nothing matches what was typed.
    NoMatch,
    /// This many more options qualify but are not listed.
    Hidden(usize),
}

impl ListNote {
    /// The note for a panel listing `listed` options with `more` unlisted, while the visitor
    /// is `filtering` (has typed) or has `expanded` it. Folded and untyped, the "Show more"
    /// button says it instead.
    pub fn of(listed: usize, more: usize, filtering: bool, expanded: bool) -> ListNote {
        if listed == 0 && filtering {
            ListNote::NoMatch
        } else if more > 0 && (expanded || filtering) {
            ListNote::Hidden(more)
        } else {
            ListNote::Nothing
        }
    }
}

/// Whether a panel offers "Show more" (or "Show fewer"): not while typing, which lists by
/// itself.
pub fn offers_more(more: usize, filtering: bool, expanded: bool) -> bool {
    !filtering && (expanded || more > 0)
}

/// The options a facet panel lists, and how many more there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed<'a> {
    pub options: Vec<&'a FacetOption>,
    /// Options that would qualify but are not listed: the panel says how to reach them.
    pub more: usize,
}

impl FacetCounts {
    /// The options a folded facet shows: the `limit` with most results, and every selected
    /// one, still in catalogue order (an option may come or go, but never moves).
    pub fn folded(&self, limit: usize) -> Vec<&FacetOption> {
        if self.options.len() <= limit {
            return self.options.iter().collect();
        }
        let mut by_count: Vec<usize> = (0..self.options.len()).collect();
        // Stable: among equal counts the earlier option wins.
        by_count.sort_by_key(|&i| std::cmp::Reverse(self.options[i].count));
        let mut keep = vec![false; self.options.len()];
        for &i in by_count.iter().take(limit) {
            keep[i] = true;
        }
        self.options
            .iter()
            .zip(keep)
            .filter(|(o, kept)| *kept || o.selected)
            .map(|(o, _)| o)
            .collect()
    }

    /// What a panel lists. Without `filter`: [`FacetCounts::folded`]. With one: the options
    /// whose `text` (what a visitor may type for it, e.g. a university's names) contains the
    /// filter, width and case aside; the first `limit` of them, in catalogue order.
    pub fn listed(&self, limit: usize, filter: &str, text: impl Fn(&str) -> String) -> Listed<'_> {
        let filter = normalize(filter.trim());
        if filter.is_empty() {
            let options = self.folded(limit);
            let more = self.options.len() - options.len();
            return Listed { options, more };
        }
        let mut matching = self
            .options
            .iter()
            .filter(|o| normalize(&text(&o.value)).contains(filter.as_str()));
        let options: Vec<&FacetOption> = matching.by_ref().take(limit).collect();
        Listed {
            options,
            more: matching.count(),
        }
    }

    /// The count shown next to `value` (0 when it is not an option any more).
    pub fn count_of(&self, value: &str) -> usize {
        self.options
            .iter()
            .find(|o| o.value == value)
            .map_or(0, |o| o.count)
    }
}

/// One thing that narrows the results, which the empty state may offer to loosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Constraint {
    Text,
    Facet(Facet),
    Trl,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Exhibit indices into `Exhibition::exhibits`, in display order.
    pub results: Vec<usize>,
    pub facets: Vec<FacetCounts>,
    /// Results per TRL level 1..=9 under every filter but the TRL range.
    pub trl_counts: [usize; 9],
    /// For each active constraint, the number of results without it; filled only when there
    /// are no results (the empty state is its one reader).
    pub relax: Vec<(Constraint, usize)>,
    /// How the text was asked (for highlights and for saying why a result matched).
    pub plan: Arc<Plan>,
    /// When nothing matches: a spelling of the query that has results ("Did you mean …?").
    pub suggestion: Option<String>,
    /// The results that matched some term only through another language's string or a typo,
    /// in exhibit order: only their cards say why they matched.
    pub indirect: Vec<u32>,
}

/// Results per page: about a screenful of cards on a large display, and few enough DOM nodes
/// that any number of matches stays small.
pub const PAGE_SIZE: usize = 48;

/// Cards built per frame while the first page fills in after start-up: a page at once is one
/// long task on a phone (tens of milliseconds per card at mobile CPU speeds); a few per frame
/// keep every task short and the first cards on screen sooner.
pub const CARDS_PER_FRAME: usize = 6;

/// How many cards of a page are built after `frames` frames of start-up.
pub fn cards_after_frames(frames: usize) -> usize {
    CARDS_PER_FRAME
        .saturating_mul(frames.saturating_add(1))
        .min(PAGE_SIZE)
}

impl Outcome {
    /// Whether exhibit `index` matched only through another language or a typo.
    pub fn matched_indirectly(&self, index: usize) -> bool {
        self.indirect.binary_search(&(index as u32)).is_ok()
    }

    /// The counts of one facet.
    pub fn facet(&self, facet: Facet) -> Option<&FacetCounts> {
        self.facets.iter().find(|f| f.facet == facet)
    }

    /// How many pages the results fill (at least one, even when empty).
    pub fn pages(&self) -> usize {
        self.results.len().div_ceil(PAGE_SIZE).max(1)
    }

    /// The page actually shown for `requested`: a link to a page past the end shows the last.
    pub fn page_index(&self, requested: usize) -> usize {
        requested.min(self.pages() - 1)
    }

    /// The results on that page, at most `built` of them (see [`cards_after_frames`]).
    pub fn page_built(&self, requested: usize, built: usize) -> &[usize] {
        let page = self.page(requested);
        &page[..built.min(page.len())]
    }

    /// The results on that page.
    pub fn page(&self, requested: usize) -> &[usize] {
        let first = self.page_index(requested) * PAGE_SIZE;
        let end = (first + PAGE_SIZE).min(self.results.len());
        &self.results[first..end]
    }
}
