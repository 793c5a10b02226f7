//! The text half of the index: every exhibit's title, keywords and summary, normalized and
//! script-folded, and each institution's and field's names once. Answers "which exhibits
//! satisfy this plan, and how well".
//!
//! Built in one pass over the text:
//! - `haystack`: each tier as one string for all documents with an offset table, where a CJK
//!   term is confirmed (`memchr::memmem`) and the phrase test runs. Whether a CJK match is
//!   exact or only folded is read from the exhibit's own text, and only for terms that have
//!   characters with variants (keeping an unfolded copy would double the index);
//! - `vocabulary`: alphabetic words with their postings, so a word, its prefixes and its
//!   typos are found without reading text;
//! - `characters`: postings per CJK character, so a CJK term is searched for only in the
//!   texts that hold all its characters (a term with characters it does not cover is searched
//!   for through each whole tier);
//! - `thesaurus`: which strings the catalogues give as translations of each other.
//!
//! `query` answers a plan; `matches` holds the sparse match lists it combines. Clauses go cheapest first
//! (words before CJK runs); once few candidates are left, a CJK run is tested in just those
//! documents. The last plan's scores are kept, so a CJK query that refines it (typing on)
//! only tests what matched before.

mod characters;
mod haystack;
mod matches;
mod query;
mod thesaurus;
mod vocabulary;

use std::sync::{Arc, Mutex};

use self::characters::Characters;
use self::haystack::{Haystack, SEPARATOR};
use self::thesaurus::{TextSpan, Thesaurus};
use self::vocabulary::{Vocabulary, VocabularyBuilder};
use super::normalize::{normalize_into, normalize_unfolded_into};
use super::plan::Plan;
use super::words::{runs, Run};
use crate::catalogue::{Exhibit, Exhibition, Text};

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
    /// A CJK run is tested in the candidate documents themselves when at most this many are
    /// left; past it, in the texts its character postings give.
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
            for tier in 0..3 {
                let parts = tier_parts(exhibit, tier);
                index.push_doc(tier, doc, &parts, &mut words);
            }
        }
        index.push_names(exhibition);
        index.thesaurus.finish();
        index.words = words.finish();
        index
    }

    /// Indexes every institution's and field's names: normalized, their words, their
    /// unfolded form, and into the thesaurus.
    fn push_names(&mut self, exhibition: &Exhibition) {
        let lists: [(u8, Vec<&Text>); 2] = [
            (
                INSTITUTIONS,
                exhibition.institutions.iter().map(|i| &i.name).collect(),
            ),
            (FIELDS, exhibition.fields.iter().map(|f| &f.name).collect()),
        ];
        let mut words = VocabularyBuilder::default();
        for (hay, texts) in lists {
            let list = usize::from(hay - INSTITUTIONS);
            let names = &mut self.names[list];
            for (option, text) in texts.into_iter().enumerate() {
                let start = names.folded.len() as u32;
                for part in text.all() {
                    let from = names.folded.len();
                    normalize_into(names.folded.text_mut(), part);
                    let written = &names.folded.text_mut()[from..];
                    for (_, range) in runs(written).filter(|(run, _)| *run == Run::Word) {
                        words.add(&written[range], option, list);
                    }
                    names.folded.text_mut().push(SEPARATOR);
                }
                let end = names.folded.len() as u32;
                names.folded.end_doc();
                let span = TextSpan { hay, start, end };
                self.thesaurus.add(span, names.folded.span(start, end));
                let mut unfolded = String::new();
                for part in text.all() {
                    normalize_unfolded_into(&mut unfolded, part);
                    unfolded.push(SEPARATOR);
                }
                names.unfolded.push(unfolded);
            }
        }
        self.name_words = words.finish();
    }

    /// Appends document `doc`'s `texts` to tier `tier`: normalized into the haystack, each
    /// word into the vocabulary, each multilingual text into the thesaurus.
    fn push_doc(
        &mut self,
        tier: usize,
        doc: usize,
        parts: &[Part<'_>],
        words: &mut VocabularyBuilder,
    ) {
        let hay = &mut self.tiers[tier];
        for &text in parts {
            let start = hay.len();
            for part in text.strings() {
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
            let Part::Text(_) = text else { continue };
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
}

/// One piece of what a tier holds: catalogue text, or a plain string such as a patent number.
#[derive(Clone, Copy)]
pub(super) enum Part<'a> {
    Text(&'a Text),
    Plain(&'a str),
}

impl<'a> Part<'a> {
    pub(super) fn strings(self) -> impl Iterator<Item = &'a str> {
        let (text, plain) = match self {
            Part::Text(t) => (Some(t), None),
            Part::Plain(s) => (None, Some(s)),
        };
        text.into_iter().flat_map(Text::all).chain(plain)
    }
}

/// What each tier holds of an exhibit, in index order; the index and the exact-match check
/// read the same list. Patents and inventors rank as keywords, media captions as summary.
pub(super) fn tier_parts(exhibit: &Exhibit, tier: usize) -> Vec<Part<'_>> {
    match tier {
        0 => vec![Part::Text(&exhibit.title)],
        1 => (exhibit.keywords.iter().map(Part::Text))
            .chain(exhibit.patents.iter().flat_map(|p| {
                std::iter::once(Part::Plain(&p.number)).chain(p.title.as_ref().map(Part::Text))
            }))
            .chain(exhibit.inventors.iter().map(|i| Part::Text(&i.name)))
            .collect(),
        _ => std::iter::once(Part::Text(&exhibit.summary))
            .chain(
                exhibit
                    .media
                    .iter()
                    .filter_map(|m| m.caption.as_ref().map(Part::Text)),
            )
            .collect(),
    }
}
