//! The text half of the index: every exhibit's title, keywords and summary, normalized, and
//! each institution's and field's names once. Answers "which exhibits hold all these terms,
//! and how well".
//!
//! Each tier is one string for all documents with an offset table, so a term is found with
//! one `memchr::memmem` search over the whole tier and hits map to documents by offset.
//! Terms go longest first; once few candidates are left, the rest are tested document by
//! document. The last query's scores are kept, so a query that refines it (typing on) starts
//! from what matched before.

use std::sync::{Arc, Mutex};

use memchr::memmem::Finder;

use super::facet_index::FacetIndex;
use super::filters::Facet;
use super::normalize::normalize_into;
use crate::catalogue::{Exhibition, Text};

/// Text tiers in falling weight: a hit in a title outranks one in a summary. Each weight
/// doubles when the term starts the tier (for names: starts one of them).
const WEIGHTS: [u32; 3] = [8, 4, 1];
/// Between keywords and summary: a hit in the institution's or a field's name.
const NAME_WEIGHT: u32 = 2;

/// Separates the parts of a tier; `terms` never yields a term with a control character.
const SEPARATOR: char = '\u{1F}';

/// A document's text score: the sum of each term's best weight; `None` when a term is missing.
pub type Score = Option<u32>;

pub struct TextIndex {
    /// Normalized title, keywords and summary; each in every language.
    tiers: [Haystack; 3],
    /// Institution and field names, once each rather than once per exhibit that has them
    /// (they were a third of all indexed text).
    names: Names,
    /// The text scores of the last query. Typing mostly extends a query, and a query whose
    /// every term contains one of the last query's terms can only match a subset of what that
    /// one matched: only those documents are searched again.
    last: Mutex<Option<TextScores>>,
    /// A term is tested document by document when at most this many candidates are left;
    /// past it, one search through each whole tier is faster.
    narrow_at_most: usize,
}

struct TextScores {
    terms: Vec<String>,
    scores: Arc<Vec<Score>>,
}

impl TextIndex {
    pub fn build(exhibition: &Exhibition) -> TextIndex {
        let mut tiers: [Haystack; 3] = Default::default();
        for exhibit in &exhibition.exhibits {
            tiers[0].push(exhibit.title.all());
            tiers[1].push(exhibit.keywords.iter().flat_map(Text::all));
            tiers[2].push(exhibit.summary.all());
        }
        TextIndex {
            narrow_at_most: exhibition.exhibits.len() / 16,
            tiers,
            names: Names {
                institutions: (exhibition.institutions.iter())
                    .map(|i| normalized(i.name.all()))
                    .collect(),
                fields: (exhibition.fields.iter())
                    .map(|f| normalized(f.name.all()))
                    .collect(),
            },
            last: Mutex::new(None),
        }
    }

    /// Tests every term document by document, however many candidates are left, so tests
    /// cover that path on small fixtures too.
    #[cfg(test)]
    pub(crate) fn always_narrowing(mut self) -> Self {
        self.narrow_at_most = usize::MAX;
        self
    }

    /// Every document's score for `terms`, narrowing from the last query's scores when
    /// `terms` refines it. `facets` gives each document's institution and fields.
    pub fn scores(&self, terms: &[String], facets: &FacetIndex) -> Arc<Vec<Score>> {
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(previous) = last.as_ref() {
            if previous.terms == terms {
                return Arc::clone(&previous.scores);
            }
        }
        // Candidates start as every document, or only what the refined query matched.
        let mut scores: Vec<Score> = match last.as_ref() {
            Some(previous) if refines(terms, &previous.terms) => {
                previous.scores.iter().map(|s| s.map(|_| 0)).collect()
            }
            _ => vec![Some(0); facets.len()],
        };
        let mut finders: Vec<Finder> = terms.iter().map(|t| Finder::new(t.as_bytes())).collect();
        // The longest term is likely the rarest: searched first, it leaves the others fewest
        // candidates to test one by one.
        finders.sort_by_key(|f| std::cmp::Reverse(f.needle().len()));
        for term in &finders {
            self.add_term(term, facets, &mut scores);
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
    fn add_term(&self, term: &Finder, facets: &FacetIndex, scores: &mut [Score]) {
        let names = self.names.weights(term);
        let candidates = scores.iter().flatten().count();
        if candidates <= self.narrow_at_most {
            for (doc, score) in scores.iter_mut().enumerate() {
                if let Some(total) = *score {
                    let best = self.best_tier(doc, term).max(names.best_of(doc, facets));
                    *score = (best > 0).then_some(total + best);
                }
            }
            return;
        }
        let mut best = vec![0u32; scores.len()];
        for (tier, weight) in self.tiers.iter().zip(WEIGHTS) {
            tier.each_doc_with(term, |doc, at_start| {
                let w = if at_start { weight * 2 } else { weight };
                best[doc] = best[doc].max(w);
            });
        }
        if names.any() {
            for (doc, b) in best.iter_mut().enumerate() {
                *b = (*b).max(names.best_of(doc, facets));
            }
        }
        for (score, &b) in scores.iter_mut().zip(&best) {
            *score = score.filter(|_| b > 0).map(|t| t + b);
        }
    }

    /// The weight of the best text tier of document `doc` that holds `term` (0: none).
    fn best_tier(&self, doc: usize, term: &Finder) -> u32 {
        self.tiers
            .iter()
            .zip(WEIGHTS)
            .filter_map(|(tier, w)| match term.find(tier.doc(doc).as_bytes())? {
                0 => Some(w * 2),
                _ => Some(w),
            })
            .max()
            .unwrap_or(0)
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

    fn doc(&self, doc: usize) -> &str {
        &self.text[self.starts[doc] as usize..self.starts[doc + 1] as usize]
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

/// What a term is worth in each institution's and field's names.
struct NameWeights {
    institutions: Vec<u32>,
    fields: Vec<u32>,
}

impl NameWeights {
    fn any(&self) -> bool {
        self.institutions.iter().chain(&self.fields).any(|&w| w > 0)
    }

    /// The best weight among document `doc`'s institution and field names (0: none holds it).
    fn best_of(&self, doc: usize, facets: &FacetIndex) -> u32 {
        // Option ids of declared institutions and fields are their indices in the exhibition
        // (see `FacetIndex::build`); an unknown institution has no names.
        let best = |facet: Facet, weights: &[u32]| -> u32 {
            let ids = facets.of(doc, facet).iter();
            ids.filter_map(|&id| weights.get(id as usize))
                .copied()
                .max()
                .unwrap_or(0)
        };
        best(Facet::Institution, &self.institutions).max(best(Facet::Field, &self.fields))
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
