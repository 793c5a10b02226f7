//! The text half of the index: every exhibit's title, keywords and summary, normalized and
//! script-folded, and each institution's and field's names once. Answers "which exhibits
//! satisfy this plan, and how well".
//!
//! Built in one pass over the text:
//! - `haystack`: each tier as one string for all documents, for CJK substrings (one
//!   `memchr::memmem` search over a whole tier) and for the phrase test. Whether a CJK match
//!   is exact or only folded is read from the exhibit's own text, and only for terms that
//!   have characters with variants (keeping an unfolded copy would double the index);
//! - `vocabulary`: alphabetic words with their postings, so a word, its prefixes and its
//!   typos are found without reading text;
//! - `characters`: postings per CJK character, so a CJK term is searched for only in the
//!   texts that hold all its characters;
//! - `thesaurus`: which strings the catalogues give as translations of each other.
//!
//! `matches` holds the sparse match lists a plan is combined with. Clauses go cheapest first
//! (words before CJK runs); once few candidates are left, a CJK run is tested document by
//! document. The last plan's scores are kept, so a CJK query that
//! refines it (typing on) only tests what matched before.

mod characters;
mod haystack;
mod matches;
mod thesaurus;
mod vocabulary;

use std::sync::{Arc, Mutex};

use memchr::memmem::Finder;

use self::characters::Characters;
use self::haystack::{Haystack, SEPARATOR};
use self::matches::Matches;
use self::thesaurus::{TextSpan, Thesaurus};
use self::vocabulary::{Vocabulary, VocabularyBuilder};
use super::fold::has_variants;
use super::normalize::{normalize_into, normalize_unfolded_into};
use super::plan::{Alternative, Clause, Piece, Plan};
use super::score::{Hit, Kind, Place, Tally};
use super::words::{runs, Run};
use crate::catalogue::{Exhibition, Text};

/// The documents a plan matches with their scores (higher is better), in document order.
pub type TextScores = Arc<Vec<(u32, u32)>>;

/// A document's text score; `None` when the plan does not match it.
#[cfg(test)]
pub type Score = Option<u32>;

/// Haystack numbers in thesaurus spans: the three tiers, then the two name lists.
const INSTITUTIONS: u8 = 3;
const FIELDS: u8 = 4;

pub struct TextIndex {
    /// Title, keywords and summary of each exhibit, each in every language.
    tiers: [Haystack; 3],
    /// Institution and field names, once each rather than once per exhibit that has them.
    names: [Names; 2],
    /// The exhibits of each institution and each field, by option id (the index in the
    /// exhibition), so a name's match reaches its exhibits without a pass over all of them.
    named: [Vec<Vec<u32>>; 2],
    /// How many documents there are.
    docs: usize,
    words: Vocabulary,
    /// The words of institution and field names; a posting is an option id and its list
    /// (0: institutions, 1: fields) in place of a document and a tier.
    name_words: Vocabulary,
    /// Which texts hold each CJK character.
    characters: Characters,
    thesaurus: Thesaurus,
    /// The scores of the last plan: a repeat is answered from them, and a refining CJK plan
    /// only tests what they matched.
    last: Mutex<Option<(Plan, TextScores)>>,
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
            names: Default::default(),
            words: Vocabulary::default(),
            name_words: Vocabulary::default(),
            characters: Characters::default(),
            thesaurus: Thesaurus::default(),
            named: [
                vec![Vec::new(); exhibition.institutions.len()],
                vec![Vec::new(); exhibition.fields.len()],
            ],
            docs: exhibition.exhibits.len(),
            last: Mutex::new(None),
            narrow_at_most: exhibition.exhibits.len() / 16,
        };
        // Sized once: grown by doubling, the tiers would copy themselves a dozen times at
        // 100,000 exhibits and keep up to half their memory unused.
        let mut sizes = [0usize; 3];
        for exhibit in &exhibition.exhibits {
            let size = |t: &Text| t.all().map(|p| p.len() + 1).sum::<usize>();
            sizes[0] += size(&exhibit.title);
            sizes[1] += exhibit.keywords.iter().map(size).sum::<usize>();
            sizes[2] += size(&exhibit.summary);
        }
        for (tier, size) in index.tiers.iter_mut().zip(sizes) {
            tier.reserve(size, exhibition.exhibits.len());
        }
        let mut words = VocabularyBuilder::default();
        for (doc, exhibit) in exhibition.exhibits.iter().enumerate() {
            if let Some(i) = exhibition.institution_index(&exhibit.institution) {
                index.named[0][i].push(doc as u32);
            }
            for f in exhibit
                .fields
                .iter()
                .filter_map(|f| exhibition.field_index(f))
            {
                index.named[1][f].push(doc as u32);
            }
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
        let mut name_words = VocabularyBuilder::default();
        for (hay, texts) in named {
            let list = usize::from(hay - INSTITUTIONS);
            let names = &mut index.names[list];
            for (option, text) in texts.into_iter().enumerate() {
                let start = names.folded.len() as u32;
                for part in text.all() {
                    let from = names.folded.len();
                    normalize_into(names.folded.text_mut(), part);
                    let written = &names.folded.text_mut()[from..];
                    for (_, range) in runs(written).filter(|(run, _)| *run == Run::Word) {
                        name_words.add(&written[range], option, list);
                    }
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
        index.name_words = name_words.finish();
        index.thesaurus.finish();
        index.words = words.finish();
        index
    }

    /// Appends document `doc`'s `texts` to tier `tier`: normalized into the haystack, each
    /// word into the vocabulary, each multilingual text into the thesaurus.
    fn push_doc(
        &mut self,
        tier: usize,
        doc: usize,
        texts: &[&Text],
        words: &mut VocabularyBuilder,
    ) {
        let hay = &mut self.tiers[tier];
        for text in texts {
            let start = hay.len();
            for part in text.all() {
                let from = hay.len();
                normalize_into(hay.text_mut(), part);
                let written = &hay.text_mut()[from..];
                for (run, range) in runs(written) {
                    match run {
                        Run::Word => words.add(&written[range], doc, tier),
                        Run::Cjk => {
                            for c in written[range].chars() {
                                self.characters.add(c, doc, tier);
                            }
                        }
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

    /// Heap bytes held, by part: text tiers, names, vocabulary with postings, thesaurus.
    pub fn heap_bytes(&self) -> [usize; 4] {
        let tiers = self.tiers.iter().map(Haystack::heap_bytes).sum::<usize>();
        let names = (self.names.iter())
            .map(|n| {
                n.folded.heap_bytes() + n.unfolded.iter().map(|u| u.capacity() + 24).sum::<usize>()
            })
            .sum();
        [
            tiers,
            names,
            self.words.heap_bytes() + self.characters.heap_bytes(),
            self.thesaurus.heap_bytes(),
        ]
    }

    /// The vocabulary word nearest to `word`, when `word` is not one itself.
    pub fn nearest_word(&self, word: &str) -> Option<&str> {
        self.words.nearest(word)
    }

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
                || (tier_texts(exhibition, doc, tier).flat_map(Text::all))
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

/// The texts of exhibit `doc` in tier `tier` (the order `TextIndex::build` indexes them in).
fn tier_texts(exhibition: &Exhibition, doc: usize, tier: usize) -> impl Iterator<Item = &Text> {
    let exhibit = &exhibition.exhibits[doc];
    let (one, keywords): (Option<&Text>, &[Text]) = match tier {
        0 => (Some(&exhibit.title), &[]),
        1 => (None, &exhibit.keywords),
        _ => (Some(&exhibit.summary), &[]),
    };
    one.into_iter().chain(keywords)
}
