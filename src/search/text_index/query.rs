//! Answering a plan: each clause's match list (words from postings, CJK runs confirmed in the
//! texts their characters point to, names through their exhibits), combined, then scored.

use std::sync::Arc;

use memchr::memmem::Finder;

use super::matches::{self, Matches};
use super::{tier_parts, Part, TextIndex, TextScores};
use crate::catalogue::Exhibition;
use crate::search::fold::has_variants;
use crate::search::normalize::normalize_unfolded_into;
use crate::search::plan::{Alternative, Clause, Piece, Plan};
use crate::search::score::{Hit, Kind, Place, Tally};
use crate::search::words::Run;

impl TextIndex {
    /// The documents `plan` matches with their scores, in document order; `exhibition` is
    /// what the index was built from.
    pub fn scores(&self, plan: &Plan, exhibition: &Exhibition) -> TextScores {
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((previous, scores)) = last.as_ref() {
            if previous == plan {
                return Arc::clone(scores);
            }
        }
        // Candidates start as every document, or only what the refined plan matched.
        let mut tallies: Option<Vec<(u32, Tally)>> = match last.as_ref() {
            Some((previous, scores)) if plan.refines(previous) => {
                Some(scores.iter().map(|&(doc, _)| (doc, Tally::START)).collect())
            }
            _ => None,
        };
        // Words first: their postings cost nothing to read, and they leave CJK runs fewer
        // candidates to test one by one.
        let has_cjk = |c: &&Clause| {
            (c.alternatives.iter().flat_map(|a| &a.pieces)).any(|p| p.run == Run::Cjk)
        };
        let clauses = (plan.clauses.iter().filter(|c| !has_cjk(c)))
            .chain(plan.clauses.iter().filter(has_cjk));
        for clause in clauses {
            let candidates: Option<Vec<u32>> =
                (tallies.as_ref()).map(|t| t.iter().map(|&(doc, _)| doc).collect());
            let mut best = Matches::new();
            for alternative in &clause.alternatives {
                let found =
                    self.alternative_matches(alternative, candidates.as_deref(), exhibition);
                best = matches::union(best, found);
            }
            tallies = Some(matches::add_clause(tallies, &best));
        }
        let phrase = plan.phrase.as_deref().map(Finder::new);
        let scores: Vec<(u32, u32)> = (tallies.unwrap_or_default().into_iter())
            .map(|(doc, tally)| {
                let place = phrase
                    .as_ref()
                    .and_then(|p| self.phrase_place(doc as usize, p));
                (doc, tally.score(place))
            })
            .collect();
        let scores = Arc::new(scores);
        *last = Some((plan.clone(), Arc::clone(&scores)));
        scores
    }

    /// What `alternative` matches: every piece, each document by its weakest piece, capped at
    /// the alternative's kind. Only `candidates` (all documents when `None`) are tested when
    /// a CJK run has to be tested document by document.
    fn alternative_matches(
        &self,
        alternative: &Alternative,
        candidates: Option<&[u32]>,
        exhibition: &Exhibition,
    ) -> Matches {
        let mut found: Option<Matches> = None;
        for piece in &alternative.pieces {
            let alive: Option<Vec<u32>> = match &found {
                Some(m) => Some(m.iter().map(|&(doc, _)| doc).collect()),
                None => candidates.map(<[u32]>::to_vec),
            };
            let matched = match piece.run {
                Run::Word => self.word_matches(piece),
                Run::Cjk => {
                    let exact_counts = alternative.at_most >= Kind::Folded;
                    self.substring_matches(piece, exact_counts, alive.as_deref(), exhibition)
                }
            };
            found = Some(match found {
                None => matched,
                Some(before) => matches::intersect(&before, &matched, |a, b| Some(a.min(b))),
            });
            if found.as_ref().is_some_and(Vec::is_empty) {
                break;
            }
        }
        let mut found = found.unwrap_or_default();
        for (_, hit) in &mut found {
            *hit = hit.at_most(alternative.at_most);
        }
        found
    }

    /// A word's matches: the postings of every word it may stand for, and the exhibits of the
    /// institutions and fields whose names have it.
    fn word_matches(&self, piece: &Piece) -> Matches {
        let mut pairs: Vec<(u32, Hit)> = Vec::new();
        for (kind, _, postings) in self.words.matches(&piece.text, piece.prefix) {
            pairs.extend(postings.iter().map(|&posting| {
                let (doc, tier) = (posting >> 2, (posting & 3) as usize);
                (doc, Hit::new(kind, Place::TIERS[tier]))
            }));
        }
        for (kind, _, postings) in self.name_words.matches(&piece.text, piece.prefix) {
            let hit = Hit::new(kind, Place::Names);
            for &posting in postings {
                let (option, list) = ((posting >> 2) as usize, (posting & 3) as usize);
                let exhibits = &self.named[list][option];
                pairs.extend(exhibits.iter().map(|&doc| (doc, hit)));
            }
        }
        matches::collect(pairs, self.docs)
    }

    /// A CJK run's matches, as a substring; exact where the exhibit's own text has it as
    /// typed (asked only when it can differ: `exact_counts`, and the run has characters with
    /// variants). When few candidates are left, only they are tested.
    fn substring_matches(
        &self,
        piece: &Piece,
        exact_counts: bool,
        candidates: Option<&[u32]>,
        exhibition: &Exhibition,
    ) -> Matches {
        let finder = Finder::new(piece.text.as_bytes());
        let raw = Finder::new(piece.raw.as_bytes());
        // Without a character that has variants, a folded match is an exact one.
        let check = exact_counts && piece.raw.chars().any(has_variants);
        let mut scratch = String::new();
        let mut pairs: Vec<(u32, Hit)> = Vec::new();
        let mut hit = |doc: usize, tier: usize| {
            let exact = !check
                || (tier_parts(&exhibition.exhibits[doc], tier).into_iter())
                    .flat_map(Part::strings)
                    .any(|part| holds_unfolded(part, &raw, &mut scratch));
            let kind = if exact { Kind::Exact } else { Kind::Folded };
            pairs.push((doc as u32, Hit::new(kind, Place::TIERS[tier])));
        };
        let holds = |doc: usize, tier: usize| {
            let text = self.tiers[tier].doc(doc);
            finder.find(text.as_bytes()).is_some()
        };
        // Few candidates left: test them. Else the texts holding every character, or, for a
        // term with characters that have no postings, every text.
        match candidates.filter(|c| c.len() <= self.narrow_at_most) {
            Some(docs) => {
                for tier in 0..Place::TIERS.len() {
                    for &doc in docs.iter().filter(|&&d| holds(d as usize, tier)) {
                        hit(doc as usize, tier);
                    }
                }
            }
            None => match self.characters.candidates(&piece.text) {
                Some(postings) => {
                    for posting in postings {
                        let (doc, tier) = ((posting >> 2) as usize, (posting & 3) as usize);
                        if holds(doc, tier) {
                            hit(doc, tier);
                        }
                    }
                }
                None => {
                    for tier in 0..Place::TIERS.len() {
                        self.tiers[tier].each_doc_with(&finder, |doc| hit(doc, tier));
                    }
                }
            },
        }
        self.name_matches(&mut pairs, |folded, unfolded| {
            finder.find(folded.as_bytes())?;
            Some(match raw.find(unfolded.as_bytes()) {
                Some(_) => Kind::Exact,
                None => Kind::Folded,
            })
        });
        matches::collect(pairs, self.docs)
    }

    /// Adds the exhibits of every institution and field whose names match by
    /// `kind(folded, unfolded)`.
    fn name_matches(&self, pairs: &mut Vec<(u32, Hit)>, kind: impl Fn(&str, &str) -> Option<Kind>) {
        for (names, exhibits) in self.names.iter().zip(&self.named) {
            for (option, docs) in exhibits.iter().enumerate() {
                if let Some(k) = kind(names.folded.doc(option), &names.unfolded[option]) {
                    let hit = Hit::new(k, Place::Names);
                    pairs.extend(docs.iter().map(|&doc| (doc, hit)));
                }
            }
        }
    }

    /// Where document `doc` holds the whole query as written, best place first.
    fn phrase_place(&self, doc: usize, phrase: &Finder) -> Option<Place> {
        (Place::TIERS.into_iter().enumerate())
            .find(|&(tier, _)| phrase.find(self.tiers[tier].doc(doc).as_bytes()).is_some())
            .map(|(_, place)| place)
    }
}

/// Whether the normal form of `part`, unfolded, holds `raw` (a CJK run). CJK text is mostly
/// in that form already: only a part with half-width katakana (or full-width letters, which
/// share their lead bytes) or a combining voicing mark is normalized first.
fn holds_unfolded(part: &str, raw: &Finder, scratch: &mut String) -> bool {
    if raw.find(part.as_bytes()).is_some() {
        return true;
    }
    let bytes = part.as_bytes();
    // U+FF40..=U+FFBF is EF BD xx or EF BE xx; the combining marks U+3099 and U+309A are
    // E3 82 99 and E3 82 9A.
    let unusual = memchr::memchr2_iter(0xEF, 0xE3, bytes).any(|i| {
        matches!(
            (bytes[i], bytes.get(i + 1), bytes.get(i + 2)),
            (0xEF, Some(0xBD | 0xBE), _) | (0xE3, Some(0x82), Some(0x99 | 0x9A))
        )
    });
    unusual && {
        scratch.clear();
        normalize_unfolded_into(scratch, part);
        raw.find(scratch.as_bytes()).is_some()
    }
}
