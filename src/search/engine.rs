//! The search and facet engine: built once per exhibition, asked once per change of view.
//!
//! One pass over the exhibits answers everything a view needs: the results, every facet's
//! counts under the *other* active filters (so each option says what ticking it would yield),
//! and how many results loosening each filter would bring back (for the empty state).

use std::cmp::Ordering;

use memchr::memmem::Finder;
use rustc_hash::FxHashMap as HashMap;
use std::sync::{Arc, Mutex};

use super::filters::{Facet, Filters};
use super::normalize::{normalize, normalize_into, terms};
use crate::catalogue::{Cooperation, Exhibition, IpStatus, Text};

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
}

/// A question to the engine.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub filters: Filters,
    pub sort: Sort,
}

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
}

/// The options a facet panel lists, and how many more there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed<'a> {
    pub options: Vec<&'a FacetOption>,
    /// Options that would qualify but are not listed: the panel says how to reach them.
    pub more: usize,
}

impl FacetCounts {
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
}

/// What loosening one constraint would give back, for the empty state.
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
    /// For each active constraint, the number of results without it.
    pub relax: Vec<(Constraint, usize)>,
}

/// Results per page: about a screenful of cards on a large display, and few enough DOM nodes
/// that any number of matches stays small.
pub const PAGE_SIZE: usize = 48;

impl Outcome {
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

    /// The results on that page.
    pub fn page(&self, requested: usize) -> &[usize] {
        let first = self.page_index(requested) * PAGE_SIZE;
        let end = (first + PAGE_SIZE).min(self.results.len());
        &self.results[first..end]
    }
}

/// Text tiers in falling weight: a hit in a title outranks one in a summary. Each weight
/// doubles when the term starts the tier (for names: starts one of them).
const WEIGHTS: [u32; 3] = [8, 4, 1];
/// Between keywords and summary: a hit in the institution's or a field's name.
const NAME_WEIGHT: u32 = 2;

/// One text tier of every document, normalized and laid end to end, so a term is looked for
/// with one substring search over the whole tier instead of one per document.
#[derive(Default)]
struct Haystack {
    text: String,
    /// Document `d` is `text[starts[d]..starts[d + 1]]`; starts with 0. (u32: a wasm32
    /// memory holds at most 4 GB, text included.)
    starts: Vec<u32>,
}

impl Haystack {
    /// Appends the next document's parts (see [`push_normalized`]).
    fn push<'a>(&mut self, parts: impl IntoIterator<Item = &'a str>) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        push_normalized(&mut self.text, parts);
        self.starts.push(self.text.len() as u32);
    }

    fn doc(&self, d: usize) -> &str {
        &self.text[self.starts[d] as usize..self.starts[d + 1] as usize]
    }

    /// Calls `hit(doc, at_start)` once for each document containing `term`, in order.
    fn each_doc_with(&self, term: &Finder, mut hit: impl FnMut(usize, bool)) {
        let text = self.text.as_bytes();
        let mut from = 0;
        while let Some(found) = term.find(&text[from..]) {
            let at = from + found;
            // The last document starting at or before the hit (empty documents share starts).
            let doc = self.starts.partition_point(|&s| s as usize <= at) - 1;
            hit(doc, at == self.starts[doc] as usize);
            // One hit per document is all a score needs.
            from = self.starts[doc + 1] as usize;
        }
    }
}

/// Each institution's and field's names, normalized, parts separated by [`SEPARATOR`].
struct Names {
    institutions: Vec<String>,
    fields: Vec<String>,
}

/// What a term is worth in each institution's and field's names.
struct NameWeights {
    institutions: Vec<u32>,
    fields: Vec<u32>,
}

impl NameWeights {
    fn any(&self) -> bool {
        self.institutions.iter().chain(&self.fields).any(|&w| w > 0)
    }
}

impl Names {
    fn weights(&self, term: &Finder) -> NameWeights {
        let weigh = |names: &[String]| -> Vec<u32> {
            names
                .iter()
                .map(|text| {
                    text.split(SEPARATOR)
                        .filter_map(|name| match term.find(name.as_bytes())? {
                            0 => Some(NAME_WEIGHT * 2),
                            _ => Some(NAME_WEIGHT),
                        })
                        .max()
                        .unwrap_or(0)
                })
                .collect()
        };
        NameWeights {
            institutions: weigh(&self.institutions),
            fields: weigh(&self.fields),
        }
    }
}

fn normalized<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut text = String::new();
    push_normalized(&mut text, parts);
    text
}

/// Appends each part normalized and followed by a separator no term can contain, so a term
/// never matches across two parts (or two documents).
fn push_normalized<'a>(out: &mut String, parts: impl IntoIterator<Item = &'a str>) {
    for part in parts {
        normalize_into(out, part);
        out.push(SEPARATOR);
    }
}

/// Separates the parts of a tier; `terms` never yields a term with a control character.
const SEPARATOR: char = '\u{1F}';

/// Every document's facet option ids in one flat array (document-major, facet-minor), so the
/// pass that filters and counts reads memory in order instead of chasing six small vectors
/// per document.
#[derive(Default)]
struct FacetValues {
    ids: Vec<u32>,
    /// `ids[bounds[6 * doc + slot]..bounds[6 * doc + slot + 1]]`; starts with 0.
    bounds: Vec<u32>,
}

impl FacetValues {
    fn of(&self, doc: usize, slot: usize) -> &[u32] {
        let at = 6 * doc + slot;
        &self.ids[self.bounds[at] as usize..self.bounds[at + 1] as usize]
    }

    fn push(&mut self, ids: impl IntoIterator<Item = u32>) {
        if self.bounds.is_empty() {
            self.bounds.push(0);
        }
        self.ids.extend(ids);
        self.bounds.push(self.ids.len() as u32);
    }
}

/// Per facet, every option value in first-seen order; an option's id is its place there.
#[derive(Default)]
struct Options {
    values: [Vec<String>; 6],
    lookup: [HashMap<String, u32>; 6],
}

impl Options {
    fn intern(&mut self, slot: usize, value: &str) -> u32 {
        if let Some(&id) = self.lookup[slot].get(value) {
            return id;
        }
        let id = self.values[slot].len() as u32;
        self.values[slot].push(value.to_owned());
        self.lookup[slot].insert(value.to_owned(), id);
        id
    }
}

/// The precomputed, language-independent form of an exhibition.
pub struct SearchIndex {
    /// Normalized title, keywords and summary; each in every language.
    tiers: [Haystack; 3],
    /// Institution and field names, once each rather than once per exhibit that has them
    /// (they were a third of all indexed text).
    names: Names,
    trl: Vec<Option<u8>>,
    values: FacetValues,
    options: Options,
    /// The text scores of the last query. Typing mostly extends a query, and a query whose
    /// every term contains one of the last query's terms can only match a subset of what that
    /// one matched: only those documents are searched again.
    last_text: Mutex<Option<TextScores>>,
    /// A term is tested document by document when at most this many candidates are left;
    /// past it, one search through each whole tier is faster.
    narrow_at_most: usize,
}

struct TextScores {
    terms: Vec<String>,
    scores: Arc<Vec<Option<u32>>>,
}

impl SearchIndex {
    pub fn build(ex: &Exhibition) -> SearchIndex {
        let mut options = Options::default();
        // Options exist for every declared entity, even before any exhibit uses them, so the
        // panel lists the whole taxonomy in the order the catalogues declare it. Institutions,
        // fields and events are interned first and in order, so their option id is their index
        // in the exhibition: an exhibit's ids come from one lookup each, not two.
        let country: Vec<Option<u32>> = ex
            .institutions
            .iter()
            .map(|i| (!i.country.is_empty()).then(|| options.intern(0, &i.country)))
            .collect();
        for i in &ex.institutions {
            options.intern(1, &i.id);
        }
        for f in &ex.fields {
            options.intern(2, &f.id);
        }
        for e in &ex.events {
            options.intern(5, &e.id);
        }
        // Enumerations: option ids by variant, in the order exhibits first use them.
        let mut ip = [None; IpStatus::ALL.len()];
        let mut cooperation = [None; Cooperation::ALL.len()];

        let mut values = FacetValues::default();
        let mut tiers: [Haystack; 3] = Default::default();
        let mut trl = Vec::with_capacity(ex.exhibits.len());
        for e in &ex.exhibits {
            let institution = ex.institution_index(&e.institution);
            let fields = e.fields.iter().filter_map(|f| ex.field_index(f));
            tiers[0].push(e.title.all());
            tiers[1].push(e.keywords.iter().flat_map(Text::all));
            tiers[2].push(e.summary.all());
            values.push(institution.and_then(|i| country[i]));
            values.push(match institution {
                Some(i) => Some(i as u32),
                // Unknown, but still an option the visitor can see and pick.
                None => (!e.institution.is_empty()).then(|| options.intern(1, &e.institution)),
            });
            values.push(fields.map(|f| f as u32));
            values.push(
                e.ip.map(|v| *ip[v as usize].get_or_insert_with(|| options.intern(3, v.as_str()))),
            );
            values.push(e.cooperation.iter().map(|&c| {
                *cooperation[c as usize].get_or_insert_with(|| options.intern(4, c.as_str()))
            }));
            values.push(
                e.events
                    .iter()
                    .filter_map(|v| ex.event_index(v))
                    .map(|v| v as u32),
            );
            trl.push(e.trl);
        }
        SearchIndex {
            narrow_at_most: ex.exhibits.len() / 16,
            tiers,
            names: Names {
                institutions: ex
                    .institutions
                    .iter()
                    .map(|i| normalized(i.name.all()))
                    .collect(),
                fields: ex.fields.iter().map(|f| normalized(f.name.all())).collect(),
            },
            trl,
            values,
            options,
            last_text: Mutex::new(None),
        }
    }

    /// Every document's text score for `terms` (`None`: some term is missing), narrowing from
    /// the last query's scores when `terms` refines it.
    fn text_scores(&self, terms: &[String]) -> Arc<Vec<Option<u32>>> {
        let mut last = self.last_text.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(previous) = last.as_ref() {
            if previous.terms == terms {
                return Arc::clone(&previous.scores);
            }
        }
        // Candidates start as every document, or only what the refined query matched.
        let mut scores: Vec<Option<u32>> = match last.as_ref() {
            Some(previous) if refines(terms, &previous.terms) => {
                previous.scores.iter().map(|s| s.map(|_| 0)).collect()
            }
            _ => vec![Some(0); self.len()],
        };
        let mut finders: Vec<Finder> = terms.iter().map(|t| Finder::new(t.as_bytes())).collect();
        // The longest term is likely the rarest: searched first, it leaves the others fewest
        // candidates to test one by one.
        finders.sort_by_key(|f| std::cmp::Reverse(f.needle().len()));
        for term in &finders {
            self.add_term(term, &mut scores);
        }
        let scores = Arc::new(scores);
        *last = Some(TextScores {
            terms: terms.to_vec(),
            scores: Arc::clone(&scores),
        });
        scores
    }

    /// Adds `term`'s best tier weight to each candidate's score; a candidate without the term
    /// drops out (`None`). Few candidates are tested one by one; many, by one search through
    /// each whole tier.
    fn add_term(&self, term: &Finder, scores: &mut [Option<u32>]) {
        let names = self.names.weights(term);
        let candidates = scores.iter().flatten().count();
        if candidates <= self.narrow_at_most {
            for (d, score) in scores.iter_mut().enumerate() {
                if let Some(total) = *score {
                    let best = self.best_tier(d, term).max(self.name_weight(d, &names));
                    *score = (best > 0).then_some(total + best);
                }
            }
            return;
        }
        let mut best = vec![0u32; scores.len()];
        for (tier, weight) in self.tiers.iter().zip(WEIGHTS) {
            tier.each_doc_with(term, |d, at_start| {
                let w = if at_start { weight * 2 } else { weight };
                best[d] = best[d].max(w);
            });
        }
        if names.any() {
            for (d, b) in best.iter_mut().enumerate() {
                *b = (*b).max(self.name_weight(d, &names));
            }
        }
        for (score, &b) in scores.iter_mut().zip(&best) {
            *score = score.filter(|_| b > 0).map(|t| t + b);
        }
    }

    /// The weight of the best text tier of document `d` that holds `term` (0: none).
    fn best_tier(&self, d: usize, term: &Finder) -> u32 {
        self.tiers
            .iter()
            .zip(WEIGHTS)
            .filter_map(|(tier, w)| match term.find(tier.doc(d).as_bytes())? {
                0 => Some(w * 2),
                _ => Some(w),
            })
            .max()
            .unwrap_or(0)
    }

    /// The best weight among document `d`'s institution and field names (0: none holds it).
    fn name_weight(&self, d: usize, names: &NameWeights) -> u32 {
        // Option ids of declared institutions and fields are their indices (see `build`); an
        // unknown institution has no names.
        let of = |slot: usize, weights: &[u32]| -> u32 {
            let ids = self.values.of(d, slot).iter();
            ids.filter_map(|&id| weights.get(id as usize))
                .copied()
                .max()
                .unwrap_or(0)
        };
        of(1, &names.institutions).max(of(2, &names.fields))
    }

    pub fn len(&self) -> usize {
        self.trl.len()
    }

    pub fn is_empty(&self) -> bool {
        self.trl.is_empty()
    }

    /// Tests every term document by document, however many candidates are left, so tests
    /// cover that path on small fixtures too.
    #[cfg(test)]
    pub(crate) fn always_narrowing(mut self) -> Self {
        self.narrow_at_most = usize::MAX;
        self
    }

    /// Every document's text score for `text` (`None`: not a match), as `run` ranks them.
    #[cfg(test)]
    pub(crate) fn scores(&self, text: &str) -> Vec<Option<u32>> {
        self.text_scores(&terms(text)).to_vec()
    }

    /// Answers `query`; `titles` orders results when sorting by title.
    pub fn run(&self, ex: &Exhibition, query: &Query, titles: &TitleOrder) -> Outcome {
        let terms = terms(&query.text);
        let text = (!terms.is_empty()).then(|| self.text_scores(&terms));
        let filters = &query.filters;
        // Per facet, which option ids are selected; `None` when the facet is unconstrained.
        let masks: Vec<Option<Vec<bool>>> = Facet::ALL
            .iter()
            .enumerate()
            .map(|(slot, &facet)| {
                let selected = filters.selected(facet);
                (!selected.is_empty()).then(|| {
                    let mut mask = vec![false; self.options.values[slot].len()];
                    for v in selected {
                        if let Some(&id) = self.options.lookup[slot].get(v) {
                            mask[id as usize] = true;
                        }
                    }
                    mask
                })
            })
            .collect();

        const TRL_BIT: u32 = 1 << 6;
        let mut counts: [Vec<usize>; 6] =
            std::array::from_fn(|slot| vec![0; self.options.values[slot].len()]);
        let mut trl_counts = [0usize; 9];
        let mut relax_facet = [0usize; 6];
        let mut relax_trl = 0usize;
        let mut without_text = 0usize;
        let mut scored: Vec<(usize, u32)> = Vec::new();

        for (i, &trl) in self.trl.iter().enumerate() {
            let mut failed = 0u32;
            for (slot, mask) in masks.iter().enumerate() {
                if let Some(mask) = mask {
                    if !self.values.of(i, slot).iter().any(|&v| mask[v as usize]) {
                        failed |= 1 << slot;
                    }
                }
            }
            if let Some(range) = filters.trl {
                if !trl.is_some_and(|t| range.contains(t)) {
                    failed |= TRL_BIT;
                }
            }
            if failed.count_ones() > 1 {
                continue;
            }
            let text = match &text {
                Some(scores) => scores[i],
                None => Some(0),
            };
            let Some(score) = text else {
                without_text += usize::from(failed == 0);
                continue;
            };
            // Passing all but at most one constraint: count it for that one (or for all).
            for (slot, counts) in counts.iter_mut().enumerate() {
                if failed == 0 || failed == 1 << slot {
                    for &v in self.values.of(i, slot) {
                        counts[v as usize] += 1;
                    }
                }
            }
            if failed == 0 || failed == TRL_BIT {
                if let Some(t) = trl {
                    trl_counts[usize::from(t) - 1] += 1;
                }
            }
            match failed {
                0 => scored.push((i, score)),
                TRL_BIT => relax_trl += 1,
                bit => relax_facet[bit.trailing_zeros() as usize] += 1,
            }
        }

        let total = scored.len();
        let mut relax = Vec::new();
        if !terms.is_empty() {
            relax.push((Constraint::Text, total + without_text));
        }
        for (slot, facet) in Facet::ALL.into_iter().enumerate() {
            if masks[slot].is_some() {
                relax.push((Constraint::Facet(facet), total + relax_facet[slot]));
            }
        }
        if filters.trl.is_some() {
            relax.push((Constraint::Trl, total + relax_trl));
        }

        let facets = Facet::ALL
            .into_iter()
            .enumerate()
            .map(|(slot, facet)| {
                let mut options: Vec<FacetOption> = self.options.values[slot]
                    .iter()
                    .zip(&counts[slot])
                    .map(|(value, &count)| FacetOption {
                        selected: filters.is_selected(facet, value),
                        value: value.clone(),
                        count,
                    })
                    .filter(|o| o.count > 0 || o.selected)
                    .collect();
                // A selection from a link may name an option no loaded exhibit has.
                for value in filters.selected(facet) {
                    if !self.options.lookup[slot].contains_key(value) {
                        options.push(FacetOption {
                            value: value.clone(),
                            count: 0,
                            selected: true,
                        });
                    }
                }
                FacetCounts { facet, options }
            })
            .collect();

        Outcome {
            results: sorted(scored, ex, query.sort, titles),
            facets,
            trl_counts,
            relax,
        }
    }
}

/// True when whatever matches `next` also matches `previous`: each of `previous`'s terms lies
/// inside one of `next`'s (typing `rice` after `ric`, or adding a word).
fn refines(next: &[String], previous: &[String]) -> bool {
    !previous.is_empty()
        && previous
            .iter()
            .all(|p| next.iter().any(|n| n.contains(p.as_str())))
}

/// Each exhibit's place when titles are sorted in one language's collation. Built once per
/// exhibition and language, so sorting results by title is an integer sort, whatever the
/// comparison costs (in the browser it is `Intl.Collator`, across the wasm boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TitleOrder {
    rank: Vec<u32>,
}

impl TitleOrder {
    pub fn build(ex: &Exhibition, lang: &str, compare: impl Fn(&str, &str) -> Ordering) -> Self {
        let titles: Vec<&str> = ex.exhibits.iter().map(|e| e.title.get(lang).text).collect();
        let mut order: Vec<usize> = (0..titles.len()).collect();
        order.sort_by(|&a, &b| compare(titles[a], titles[b]).then(a.cmp(&b)));
        let mut rank = vec![0u32; titles.len()];
        for (position, i) in order.into_iter().enumerate() {
            rank[i] = position as u32;
        }
        TitleOrder { rank }
    }

    /// Case-insensitive code-point order: the fallback where no collator is at hand.
    pub fn simple(ex: &Exhibition, lang: &str) -> Self {
        Self::build(ex, lang, |a, b| a.to_lowercase().cmp(&b.to_lowercase()))
    }

    fn of(&self, i: usize) -> u32 {
        self.rank.get(i).copied().unwrap_or(u32::MAX)
    }
}

/// Orders `(exhibit, score)` pairs by one integer key each, ties broken by catalogue order:
/// every sort order shares one sort of plain integers, fast at 100,000 results.
fn sorted(
    results: Vec<(usize, u32)>,
    ex: &Exhibition,
    sort: Sort,
    titles: &TitleOrder,
) -> Vec<usize> {
    // Smaller comes first; absent values get u32::MAX and so come last.
    let key = |i: usize, score: u32| -> u32 {
        match sort {
            Sort::Relevance => u32::MAX - score,
            Sort::Title => titles.of(i),
            Sort::Trl => ex.exhibits[i].trl.map_or(u32::MAX, |t| 9 - u32::from(t)),
            Sort::Updated => ex.exhibits[i]
                .updated
                .as_deref()
                .map_or(u32::MAX, |d| u32::MAX - 1 - date_number(d)),
        }
    };
    let mut keyed: Vec<u64> = results
        .into_iter()
        .map(|(i, score)| (u64::from(key(i, score)) << 32) | i as u64)
        .collect();
    keyed.sort_unstable();
    keyed
        .into_iter()
        .map(|k| (k & 0xFFFF_FFFF) as usize)
        .collect()
}

/// `2022-11-28` → 20221128 (dates in the model are checked `YYYY-MM-DD`).
fn date_number(date: &str) -> u32 {
    date.bytes()
        .filter(u8::is_ascii_digit)
        .fold(0, |n, d| n * 10 + u32::from(d - b'0'))
}
