//! The search and facet engine: built once per exhibition, asked once per change of view.
//!
//! One pass over the exhibits answers everything a view needs: the results, every facet's
//! counts under the *other* active filters (so each option says what ticking it would yield),
//! and how many results loosening each filter would bring back (for the empty state).

use super::facet_index::FacetIndex;
use super::filters::{Facet, Filters, PerFacet, TrlRange};
use std::sync::{Arc, OnceLock};

use super::order::{sorted, TitleOrder};
use super::outcome::{Constraint, FacetCounts, FacetOption, Outcome};
use super::plan::Plan;
use super::query::Query;
#[cfg(test)]
use super::text_index::Score;
use super::text_index::TextIndex;
use crate::catalogue::Exhibition;

/// The precomputed, language-independent form of an exhibition.
///
/// The facet half is built at once: it is all the first screen needs. The text half is
/// built on the first text query or by [`SearchIndex::prepare_text`], which the app calls
/// once the first results are painted, so a visitor sees the exhibits before the text index
/// exists.
pub struct SearchIndex {
    text: OnceLock<TextIndex>,
    facets: FacetIndex,
}

/// Per facet, which option ids are selected; `None` when the facet is unconstrained.
type Masks = PerFacet<Option<Vec<bool>>>;

impl SearchIndex {
    pub fn build(exhibition: &Exhibition) -> SearchIndex {
        SearchIndex {
            text: OnceLock::new(),
            facets: FacetIndex::build(exhibition),
        }
    }

    pub fn len(&self) -> usize {
        self.facets.len()
    }

    /// Builds the text half now, if it is not built yet; `exhibition` is the one the index
    /// was built from.
    pub fn prepare_text(&self, exhibition: &Exhibition) {
        self.text(exhibition);
    }

    fn text(&self, exhibition: &Exhibition) -> &TextIndex {
        self.text.get_or_init(|| TextIndex::build(exhibition))
    }

    /// Heap bytes the index holds (the exhibition itself not counted), for the benchmark:
    /// the facet half and, once built, the text half by part (tiers, names, vocabulary,
    /// thesaurus).
    pub fn heap_bytes(&self) -> (usize, Option<[usize; 4]>) {
        (
            self.facets.heap_bytes(),
            self.text.get().map(TextIndex::heap_bytes),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Tests every term document by document, however many candidates are left, so tests
    /// cover that path on small fixtures too.
    #[cfg(test)]
    pub(crate) fn always_narrowing(self, exhibition: &Exhibition) -> Self {
        SearchIndex {
            text: OnceLock::from(TextIndex::build(exhibition).always_narrowing()),
            facets: self.facets,
        }
    }

    /// Every document's text score for `text` (`None`: not a match), as `run` ranks them.
    #[cfg(test)]
    pub(crate) fn scores(&self, exhibition: &Exhibition, text: &str) -> Vec<Score> {
        let mut scores = vec![None; self.len()];
        let plan = self.plan(exhibition, text);
        for &(doc, score) in self.text(exhibition).scores(&plan, exhibition).iter() {
            scores[doc as usize] = Some(score);
        }
        scores
    }

    /// The plan for a query's text, with the thesaurus of `exhibition`'s catalogues.
    pub fn plan(&self, exhibition: &Exhibition, text: &str) -> Plan {
        if text.trim().is_empty() {
            return Plan::default();
        }
        let index = self.text(exhibition);
        Plan::build(text, |phrase| index.thesaurus(phrase))
    }

    /// Answers `query`; `titles` orders results when sorting by title.
    /// The facet half, for counts outside a query (`spread`).
    pub(super) fn facets(&self) -> &FacetIndex {
        &self.facets
    }

    pub fn run(&self, exhibition: &Exhibition, query: &Query, titles: &TitleOrder) -> Outcome {
        let plan = self.plan(exhibition, &query.text);
        let filters = &query.filters;
        let masks = self.masks(filters);
        let tally = self.tally_text(exhibition, &plan, &masks, filters.trl);
        // Only the empty state reads what loosening would give, and suggests a spelling.
        let (relax, suggestion) = match tally.scored.is_empty() {
            true => (
                tally.relax(!plan.is_empty(), &masks, filters.trl.is_some()),
                self.suggestion(exhibition, &plan, &masks, filters.trl),
            ),
            false => (Vec::new(), None),
        };
        let indirect = (tally.scored.iter())
            .filter(|&&(_, score)| !plan.is_empty() && super::score::indirect(score))
            .map(|&(doc, _)| doc as u32)
            .collect();
        Outcome {
            indirect,
            facets: self.facet_counts(&tally.counts, filters),
            trl_counts: tally.trl_counts,
            relax,
            results: sorted(tally.scored, exhibition, query.sort, titles),
            plan: Arc::new(plan),
            suggestion,
        }
    }

    fn tally_text(
        &self,
        exhibition: &Exhibition,
        plan: &Plan,
        masks: &Masks,
        trl: Option<TrlRange>,
    ) -> Tally {
        let text = (!plan.is_empty()).then(|| self.text(exhibition).scores(plan, exhibition));
        self.tally(masks, trl, text.as_deref().map(Vec::as_slice))
    }

    /// When nothing matches: the query with each word that is in no exhibit replaced by the
    /// nearest one that is, if that query has results under the same filters.
    fn suggestion(
        &self,
        exhibition: &Exhibition,
        plan: &Plan,
        masks: &Masks,
        trl: Option<TrlRange>,
    ) -> Option<String> {
        let mut changed = false;
        let words: Vec<String> = (plan.clauses.iter())
            .flat_map(|c| &c.asked().pieces)
            .map(
                |piece| match self.text(exhibition).nearest_word(&piece.text) {
                    Some(near) if piece.run == super::words::Run::Word => {
                        changed = true;
                        near.to_owned()
                    }
                    _ => piece.raw.clone(),
                },
            )
            .collect();
        let suggestion = words.join(" ");
        let found = changed
            && !self
                .tally_text(exhibition, &self.plan(exhibition, &suggestion), masks, trl)
                .scored
                .is_empty();
        found.then_some(suggestion)
    }

    fn masks(&self, filters: &Filters) -> Masks {
        PerFacet::from_fn(|facet| {
            let selected = filters.selected(facet);
            (!selected.is_empty()).then(|| {
                let mut mask = vec![false; self.facets.options(facet).len()];
                for id in selected
                    .iter()
                    .filter_map(|v| self.facets.option_id(facet, v))
                {
                    mask[id as usize] = true;
                }
                mask
            })
        })
    }

    /// The one pass: which documents match, and what each constraint's removal would add.
    /// With a text query only the documents it matched are visited, so a query costs what it
    /// matches.
    fn tally(&self, masks: &Masks, trl: Option<TrlRange>, text: Option<&[(u32, u32)]>) -> Tally {
        let mut tally = Tally {
            scored: Vec::new(),
            counts: PerFacet::from_fn(|facet| vec![0; self.facets.options(facet).len()]),
            trl_counts: [0; 9],
            only_facet: PerFacet::default(),
            only_trl: 0,
            only_text: 0,
        };
        match text {
            Some(matched) => {
                for &(doc, score) in matched {
                    self.count(&mut tally, doc as usize, score, masks, trl);
                }
                if tally.scored.is_empty() {
                    // For the empty state: the documents that fail the text alone.
                    tally.only_text = (0..self.len())
                        .filter(|&doc| self.failed(doc, masks, trl) == Failed::NONE)
                        .count();
                }
            }
            None => {
                for doc in 0..self.len() {
                    self.count(&mut tally, doc, 0, masks, trl);
                }
            }
        }
        tally
    }

    /// The constraints document `doc` fails (the text aside).
    fn failed(&self, doc: usize, masks: &Masks, trl: Option<TrlRange>) -> Failed {
        let mut failed = Failed::NONE;
        for (facet, mask) in masks.iter() {
            if let Some(mask) = mask {
                if !self.facets.of(doc, facet).iter().any(|&v| mask[v as usize]) {
                    failed.add(Failed::facet(facet));
                }
            }
        }
        if let Some(range) = trl {
            if !self.facets.trl()[doc].is_some_and(|t| range.contains(t)) {
                failed.add(Failed::TRL);
            }
        }
        failed
    }

    /// Counts document `doc` (which matches the text, if any, with `score`) wherever it
    /// passes every constraint but at most one.
    fn count(
        &self,
        tally: &mut Tally,
        doc: usize,
        score: u32,
        masks: &Masks,
        trl: Option<TrlRange>,
    ) {
        let failed = self.failed(doc, masks, trl);
        if failed.count() > 1 {
            return;
        }
        for (facet, counts) in tally.counts.iter_mut() {
            if failed.at_most(Failed::facet(facet)) {
                for &v in self.facets.of(doc, facet) {
                    counts[v as usize] += 1;
                }
            }
        }
        if failed.at_most(Failed::TRL) {
            if let Some(t) = self.facets.trl()[doc] {
                tally.trl_counts[usize::from(t) - 1] += 1;
            }
        }
        if failed == Failed::NONE {
            tally.scored.push((doc, score));
        } else if let Some(facet) = failed.only_facet() {
            tally.only_facet[facet] += 1;
        } else {
            tally.only_trl += 1;
        }
    }

    fn facet_counts(&self, counts: &PerFacet<Vec<usize>>, filters: &Filters) -> Vec<FacetCounts> {
        counts
            .iter()
            .map(|(facet, counts)| {
                let mut options: Vec<FacetOption> = (self.facets.options(facet).iter())
                    .zip(counts)
                    .map(|(value, &count)| FacetOption {
                        selected: filters.is_selected(facet, value),
                        value: value.clone(),
                        count,
                    })
                    .filter(|o| o.count > 0 || o.selected)
                    .collect();
                // A selection from a link may name an option no loaded exhibit has.
                for value in filters.selected(facet) {
                    if self.facets.option_id(facet, value).is_none() {
                        options.push(FacetOption {
                            value: value.clone(),
                            count: 0,
                            selected: true,
                        });
                    }
                }
                FacetCounts { facet, options }
            })
            .collect()
    }
}

/// What the pass over the documents found.
struct Tally {
    /// Matching documents with their text scores, in document order.
    scored: Vec<(usize, u32)>,
    /// Per facet and option id: documents that pass every *other* constraint and have it.
    counts: PerFacet<Vec<usize>>,
    /// Per TRL level: documents that pass every constraint but the TRL range.
    trl_counts: [usize; 9],
    /// Documents that fail only that facet, only the TRL range, only the text.
    only_facet: PerFacet<usize>,
    only_trl: usize,
    only_text: usize,
}

impl Tally {
    /// For each active constraint, in a fixed order, the results there would be without it.
    fn relax(&self, text: bool, masks: &Masks, trl: bool) -> Vec<(Constraint, usize)> {
        let total = self.scored.len();
        let mut relax = Vec::new();
        if text {
            relax.push((Constraint::Text, total + self.only_text));
        }
        for (facet, mask) in masks.iter() {
            if mask.is_some() {
                relax.push((Constraint::Facet(facet), total + self.only_facet[facet]));
            }
        }
        if trl {
            relax.push((Constraint::Trl, total + self.only_trl));
        }
        relax
    }
}

/// Which constraints a document fails, one bit each: the facets by slot, then the TRL range.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Failed(u32);

impl Failed {
    const NONE: Failed = Failed(0);
    const TRL: Failed = Failed(1 << Facet::COUNT);

    fn facet(facet: Facet) -> Failed {
        Failed(1 << facet.slot())
    }

    fn add(&mut self, other: Failed) {
        self.0 |= other.0;
    }

    fn count(self) -> u32 {
        self.0.count_ones()
    }

    /// Fails nothing, or nothing but `only`.
    fn at_most(self, only: Failed) -> bool {
        self == Failed::NONE || self == only
    }

    /// The facet, when it is the one constraint failed.
    fn only_facet(self) -> Option<Facet> {
        let facet = Facet::ALL.get(self.0.trailing_zeros() as usize)?;
        (self == Failed::facet(*facet)).then_some(*facet)
    }
}
