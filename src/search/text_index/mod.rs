//! The text half of the index: every exhibit's title, keywords and summary, normalized and
//! script-folded, and each institution's and field's names once. Answers "which exhibits
//! satisfy this plan, and how well".
//!
//! Built in one pass over the text:
//! - `haystack`: each tier as one string for all documents, for CJK substrings (one
//!   `memchr::memmem` search over a whole tier) and for the phrase test; the unfolded form of
//!   whatever folding changed, to tell exact matches from folded ones;
//! - `vocabulary`: alphabetic words with their postings, so a word, its prefixes and its
//!   typos are found without reading text;
//! - `thesaurus`: which strings the catalogues give as translations of each other.
//!
//! Clauses go cheapest first (words before CJK runs); once few candidates are left, a CJK run
//! is tested document by document. The last plan's scores are kept, so a CJK query that
//! refines it (typing on) only tests what matched before.

mod haystack;
mod thesaurus;
mod vocabulary;

use std::sync::{Arc, Mutex};

use memchr::memmem::Finder;

use self::haystack::{Haystack, Unfolded, SEPARATOR};
use self::thesaurus::{TextSpan, Thesaurus};
use self::vocabulary::{Vocabulary, VocabularyBuilder};
use super::facet_index::FacetIndex;
use super::filters::Facet;
use super::normalize::{normalize_into, normalize_unfolded_into};
use super::plan::{Alternative, Piece, Plan};
use super::score::{Hit, Kind, Place, Tally};
use super::words::{runs, word_match, Run};
use crate::catalogue::{Exhibition, Text};

/// A document's text score (higher is better); `None` when the plan does not match it.
pub type Score = Option<u32>;

/// Haystack numbers in thesaurus spans: the three tiers, then the two name lists.
const INSTITUTIONS: u8 = 3;
const FIELDS: u8 = 4;

pub struct TextIndex {
    /// Title, keywords and summary of each exhibit, each in every language.
    tiers: [Haystack; 3],
    unfolded: [Unfolded; 3],
    /// Institution and field names, once each rather than once per exhibit that has them.
    names: [Names; 2],
    words: Vocabulary,
    thesaurus: Thesaurus,
    /// The scores of the last plan: a repeat is answered from them, and a refining CJK plan
    /// only tests what they matched.
    last: Mutex<Option<(Plan, Arc<Vec<Score>>)>>,
    /// A CJK run is tested document by document when at most this many candidates are left;
    /// past it, one search through each whole tier is faster.
    narrow_at_most: usize,
}

/// One name list: folded text (one document per institution or field) and the unfolded form.
#[derive(Default)]
struct Names {
    folded: Haystack,
    unfolded: Vec<String>,
}

impl TextIndex {
    pub fn build(exhibition: &Exhibition) -> TextIndex {
        let mut index = TextIndex {
            tiers: Default::default(),
            unfolded: Default::default(),
            names: Default::default(),
            words: Vocabulary::default(),
            thesaurus: Thesaurus::default(),
            last: Mutex::new(None),
            narrow_at_most: exhibition.exhibits.len() / 16,
        };
        let mut words = VocabularyBuilder::default();
        for (doc, exhibit) in exhibition.exhibits.iter().enumerate() {
            let keywords: Vec<&Text> = exhibit.keywords.iter().collect();
            let texts: [&[&Text]; 3] = [&[&exhibit.title], &keywords, &[&exhibit.summary]];
            for (tier, texts) in texts.into_iter().enumerate() {
                index.push_doc(tier, doc, texts, &mut words);
            }
        }
        let named = [
            (
                INSTITUTIONS,
                exhibition
                    .institutions
                    .iter()
                    .map(|i| &i.name)
                    .collect::<Vec<_>>(),
            ),
            (FIELDS, exhibition.fields.iter().map(|f| &f.name).collect()),
        ];
        for (hay, texts) in named {
            let names = &mut index.names[usize::from(hay - INSTITUTIONS)];
            for text in texts {
                let start = names.folded.len() as u32;
                for part in text.all() {
                    normalize_into(names.folded.text_mut(), part);
                    names.folded.text_mut().push(SEPARATOR);
                }
                let end = names.folded.len() as u32;
                names.folded.end_doc();
                index
                    .thesaurus
                    .add(TextSpan { hay, start, end }, names.folded.span(start, end));
                let mut unfolded = String::new();
                for part in text.all() {
                    normalize_unfolded_into(&mut unfolded, part);
                    unfolded.push(SEPARATOR);
                }
                names.unfolded.push(unfolded);
            }
        }
        index.thesaurus.finish();
        index.words = words.finish();
        index
    }

    /// Appends document `doc`'s `texts` to tier `tier`: normalized into the haystack, each
    /// word into the vocabulary, each multilingual text into the thesaurus, and the unfolded
    /// form where folding changed something.
    fn push_doc(
        &mut self,
        tier: usize,
        doc: usize,
        texts: &[&Text],
        words: &mut VocabularyBuilder,
    ) {
        let hay = &mut self.tiers[tier];
        let mut folded = false;
        for text in texts {
            let start = hay.len();
            for part in text.all() {
                let from = hay.len();
                folded |= normalize_into(hay.text_mut(), part);
                let written = &hay.text_mut()[from..];
                for (run, range) in runs(written) {
                    if run == Run::Word {
                        words.add(&written[range], doc, tier);
                    }
                }
                hay.text_mut().push(SEPARATOR);
            }
            let (start, end) = (start as u32, hay.len() as u32);
            self.thesaurus.add(
                TextSpan {
                    hay: tier as u8,
                    start,
                    end,
                },
                hay.span(start, end),
            );
        }
        hay.end_doc();
        if folded {
            let unfolded = &mut self.unfolded[tier];
            for part in texts.iter().flat_map(|t| t.all()) {
                normalize_unfolded_into(unfolded.text_mut(), part);
                unfolded.text_mut().push(SEPARATOR);
            }
            unfolded.end_doc(doc);
        }
    }

    /// Tests every CJK run document by document, however many candidates are left, so tests
    /// cover that path on small fixtures too.
    #[cfg(test)]
    pub(crate) fn always_narrowing(mut self) -> Self {
        self.narrow_at_most = usize::MAX;
        self
    }

    /// The other strings of the catalogue texts that have `phrase` (normalized) as one of
    /// theirs.
    pub fn thesaurus(&self, phrase: &str) -> Vec<String> {
        let text = |span: TextSpan| -> &str {
            match span.hay {
                INSTITUTIONS | FIELDS => self.names[usize::from(span.hay - INSTITUTIONS)]
                    .folded
                    .span(span.start, span.end),
                tier => self.tiers[usize::from(tier)].span(span.start, span.end),
            }
        };
        let found = self.thesaurus.alternatives(phrase, text);
        found.into_iter().map(str::to_owned).collect()
    }

    /// The vocabulary word nearest to `word`, when `word` is not one itself.
    pub fn nearest_word(&self, word: &str) -> Option<&str> {
        self.words.nearest(word)
    }

    /// Every document's score for `plan`.
    pub fn scores(&self, plan: &Plan, facets: &FacetIndex) -> Arc<Vec<Score>> {
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((previous, scores)) = last.as_ref() {
            if previous == plan {
                return Arc::clone(scores);
            }
        }
        let n = facets.len();
        // Candidates start as every document, or only what the refined plan matched.
        let mut tallies: Vec<Option<Tally>> = match last.as_ref() {
            Some((previous, scores)) if plan.refines(previous) => {
                scores.iter().map(|s| s.map(|_| Tally::START)).collect()
            }
            _ => vec![Some(Tally::START); n],
        };
        // Words first: their postings cost nothing to read, and they leave CJK runs fewer
        // candidates to test one by one.
        let mut clauses: Vec<_> = plan.clauses.iter().collect();
        clauses.sort_by_key(|c| {
            c.alternatives
                .iter()
                .flat_map(|a| &a.pieces)
                .filter(|p| p.run == Run::Cjk)
                .count()
        });
        for clause in clauses {
            let mut best = vec![Hit::NONE; n];
            for alternative in &clause.alternatives {
                let hits = self.alternative_hits(alternative, &tallies, facets);
                for (b, h) in best.iter_mut().zip(hits) {
                    *b = (*b).max(h);
                }
            }
            for (tally, hit) in tallies.iter_mut().zip(best) {
                *tally = tally.and_then(|t| t.add(hit));
            }
        }
        let phrase = plan.phrase.as_deref().map(Finder::new);
        let scores: Vec<Score> = (tallies.iter().enumerate())
            .map(|(doc, tally)| {
                let place = phrase.as_ref().and_then(|p| self.phrase_place(doc, p));
                tally.map(|t| t.score(place))
            })
            .collect();
        let scores = Arc::new(scores);
        *last = Some((plan.clone(), Arc::clone(&scores)));
        scores
    }

    /// Each document's hit for `alternative`: its weakest piece, capped at the alternative's
    /// kind.
    fn alternative_hits(
        &self,
        alternative: &Alternative,
        tallies: &[Option<Tally>],
        facets: &FacetIndex,
    ) -> Vec<Hit> {
        let mut hits: Vec<Hit> = tallies
            .iter()
            .map(|t| {
                if t.is_some() {
                    Hit::new(Kind::Exact, Place::Title)
                } else {
                    Hit::NONE
                }
            })
            .collect();
        for piece in &alternative.pieces {
            let piece_hits = match piece.run {
                Run::Word => self.word_hits(piece, facets),
                Run::Cjk => self.substring_hits(piece, &hits, facets),
            };
            for (h, p) in hits.iter_mut().zip(piece_hits) {
                *h = if h.is_some() { (*h).min(p) } else { Hit::NONE };
            }
        }
        hits.into_iter()
            .map(|h| h.at_most(alternative.at_most))
            .collect()
    }

    /// A word's hits: from the postings of every word it may stand for, and from names.
    fn word_hits(&self, piece: &Piece, facets: &FacetIndex) -> Vec<Hit> {
        let mut hits = vec![Hit::NONE; facets.len()];
        for (kind, _, postings) in self.words.matches(&piece.text, piece.prefix) {
            for &posting in postings {
                let (doc, tier) = ((posting >> 2) as usize, (posting & 3) as usize);
                let hit = Hit::new(kind, Place::TIERS[tier]);
                hits[doc] = hits[doc].max(hit);
            }
        }
        let names = self.name_hits(|folded, _| {
            (runs(folded).filter(|(r, _)| *r == Run::Word))
                .filter_map(|(_, range)| word_match(&piece.text, &folded[range], piece.prefix))
                .max()
        });
        names.apply(&mut hits, facets);
        hits
    }

    /// A CJK run's hits, as a substring; exact where the unfolded text has it as typed.
    /// Only documents still `alive` are tested when few are.
    fn substring_hits(&self, piece: &Piece, alive: &[Hit], facets: &FacetIndex) -> Vec<Hit> {
        let finder = Finder::new(piece.text.as_bytes());
        let raw = Finder::new(piece.raw.as_bytes());
        let unchanged = piece.raw == piece.text;
        let mut hits = vec![Hit::NONE; alive.len()];
        let candidates = alive.iter().filter(|h| h.is_some()).count();
        for (tier, place) in Place::TIERS.into_iter().enumerate() {
            let mut hit = |doc: usize| {
                let exact = match self.unfolded[tier].get(doc) {
                    Some(text) => raw.find(text.as_bytes()).is_some(),
                    None => unchanged,
                };
                let kind = if exact { Kind::Exact } else { Kind::Folded };
                hits[doc] = hits[doc].max(Hit::new(kind, place));
            };
            if candidates <= self.narrow_at_most {
                for doc in (0..alive.len()).filter(|&d| alive[d].is_some()) {
                    if finder.find(self.tiers[tier].doc(doc).as_bytes()).is_some() {
                        hit(doc);
                    }
                }
            } else {
                self.tiers[tier].each_doc_with(&finder, hit);
            }
        }
        let names = self.name_hits(|folded, unfolded| {
            finder.find(folded.as_bytes())?;
            Some(match raw.find(unfolded.as_bytes()) {
                Some(_) => Kind::Exact,
                None => Kind::Folded,
            })
        });
        names.apply(&mut hits, facets);
        hits
    }

    /// How each institution's and field's names match, by `kind(folded, unfolded)`.
    fn name_hits(&self, kind: impl Fn(&str, &str) -> Option<Kind>) -> NameHits {
        let list = |names: &Names| -> Vec<Hit> {
            (0..names.folded.docs())
                .map(|i| match kind(names.folded.doc(i), &names.unfolded[i]) {
                    Some(k) => Hit::new(k, Place::Names),
                    None => Hit::NONE,
                })
                .collect()
        };
        NameHits {
            institutions: list(&self.names[0]),
            fields: list(&self.names[1]),
        }
    }

    /// Where document `doc` holds the whole query as written, best place first.
    fn phrase_place(&self, doc: usize, phrase: &Finder) -> Option<Place> {
        (Place::TIERS.into_iter().enumerate())
            .find(|&(tier, _)| phrase.find(self.tiers[tier].doc(doc).as_bytes()).is_some())
            .map(|(_, place)| place)
    }
}

/// What a term is worth in each institution's and field's names.
struct NameHits {
    institutions: Vec<Hit>,
    fields: Vec<Hit>,
}

impl NameHits {
    /// Raises each document's hit to the best of its institution's and fields' names.
    fn apply(&self, hits: &mut [Hit], facets: &FacetIndex) {
        if self
            .institutions
            .iter()
            .chain(&self.fields)
            .all(|h| !h.is_some())
        {
            return;
        }
        // Option ids of declared institutions and fields are their indices in the exhibition
        // (see `FacetIndex::build`); an unknown institution has no names.
        let best = |doc: usize, facet: Facet, names: &[Hit]| -> Hit {
            let ids = facets.of(doc, facet).iter();
            ids.filter_map(|&id| names.get(id as usize))
                .copied()
                .max()
                .unwrap_or(Hit::NONE)
        };
        for (doc, hit) in hits.iter_mut().enumerate() {
            let names = best(doc, Facet::Institution, &self.institutions).max(best(
                doc,
                Facet::Field,
                &self.fields,
            ));
            *hit = (*hit).max(names);
        }
    }
}
