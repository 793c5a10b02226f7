//! Every alphabetic word of the exhibits' text with the documents it is in (its postings), so
//! a word is found without reading any text, and the words a typo or a prefix could mean are
//! found by scanning the vocabulary, not the documents.

use rustc_hash::FxHashMap;

use crate::search::score::Kind;
use crate::search::words::{typo_budget, within_edits};

/// One posting: document `entry >> 2` has the word in text tier `entry & 3`.
pub type Posting = u32;

#[derive(Default)]
pub struct VocabularyBuilder {
    ids: FxHashMap<Box<str>, u32>,
    postings: Vec<Vec<Posting>>,
}

impl VocabularyBuilder {
    pub fn add(&mut self, word: &str, doc: usize, tier: usize) {
        let posting = (doc as u32) << 2 | tier as u32;
        let id = match self.ids.get(word) {
            Some(&id) => id as usize,
            None => {
                let id = self.postings.len();
                self.ids.insert(word.into(), id as u32);
                self.postings.push(Vec::new());
                id
            }
        };
        let list = &mut self.postings[id];
        // Documents arrive in order: a repeat of the word in the same text is the last entry.
        if list.last() != Some(&posting) {
            list.push(posting);
        }
    }

    pub fn finish(self) -> Vocabulary {
        let mut postings = self.postings;
        let mut words: Vec<(Box<str>, Vec<Posting>)> = (self.ids.into_iter())
            .map(|(word, id)| (word, std::mem::take(&mut postings[id as usize])))
            .collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut by_length: Vec<Vec<u32>> = Vec::new();
        for (i, (word, _)) in words.iter().enumerate() {
            let len = word.chars().count();
            if by_length.len() <= len {
                by_length.resize(len + 1, Vec::new());
            }
            by_length[len].push(i as u32);
        }
        Vocabulary { words, by_length }
    }
}

/// The words in ascending order with their postings.
#[derive(Default)]
pub struct Vocabulary {
    words: Vec<(Box<str>, Vec<Posting>)>,
    /// Word indices by length in characters, for the typo scan.
    by_length: Vec<Vec<u32>>,
}

impl Vocabulary {
    pub fn heap_bytes(&self) -> usize {
        let words: usize = (self.words.iter())
            .map(|(w, p)| {
                w.len() + std::mem::size_of::<(Box<str>, Vec<Posting>)>() + 4 * p.capacity()
            })
            .sum();
        let by_length: usize = self.by_length.iter().map(|l| 24 + 4 * l.capacity()).sum();
        words + by_length
    }

    /// Every word `typed` may stand for, with how it matches: itself, the words it starts
    /// (when it is the word being typed), and those within its typo budget.
    pub fn matches(&self, typed: &str, prefix: bool) -> Vec<(Kind, &str, &[Posting])> {
        let mut found = Vec::new();
        let start = self.words.partition_point(|(w, _)| &**w < typed);
        if prefix {
            for (word, postings) in self.words[start..]
                .iter()
                .take_while(|(w, _)| w.starts_with(typed))
            {
                let kind = if &**word == typed {
                    Kind::Exact
                } else {
                    Kind::Prefix
                };
                found.push((kind, &**word, postings.as_slice()));
            }
        } else if let Some((word, postings)) = self.words.get(start) {
            if &**word == typed {
                found.push((Kind::Exact, &**word, postings.as_slice()));
            }
        }
        let len = typed.chars().count();
        let budget = typo_budget(len);
        if budget > 0 {
            for word in self.near(len, budget) {
                let (w, postings) = &self.words[word as usize];
                if !(prefix && w.starts_with(typed))
                    && &**w != typed
                    && within_edits(typed, w, budget)
                {
                    found.push((Kind::Typo, &**w, postings.as_slice()));
                }
            }
        }
        found
    }

    /// The closest word to `typed` that is in the vocabulary, for "Did you mean …?": the
    /// fewest edits (at most two), then the most documents. `None` when `typed` itself is a
    /// word or nothing is near.
    pub fn nearest(&self, typed: &str) -> Option<&str> {
        let len = typed.chars().count();
        let known = self
            .words
            .binary_search_by(|(w, _)| (**w).cmp(typed))
            .is_ok();
        if len < 3 || known {
            return None;
        }
        for edits in 1..=2 {
            let best = (self.near(len, edits))
                .map(|i| &self.words[i as usize])
                .filter(|(w, _)| within_edits(typed, w, edits))
                .max_by_key(|(_, postings)| postings.len());
            if let Some((word, _)) = best {
                return Some(word);
            }
        }
        None
    }

    /// Words whose length is within `edits` of `len`.
    fn near(&self, len: usize, edits: usize) -> impl Iterator<Item = u32> + '_ {
        let lengths = len.saturating_sub(edits)..=len + edits;
        lengths.flat_map(|l| self.by_length.get(l).into_iter().flatten().copied())
    }

    /// Whether `word_match` would accept a word of the vocabulary (used by tests to check
    /// the scan against the rule it implements).
    #[cfg(test)]
    pub fn accepted(&self, typed: &str, prefix: bool) -> Vec<&str> {
        let mut words: Vec<&str> = (self.words.iter())
            .filter(|(w, _)| crate::search::words::word_match(typed, w, prefix).is_some())
            .map(|(w, _)| &**w)
            .collect();
        words.sort_unstable();
        words
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn vocabulary(words: &[String]) -> Vocabulary {
        let mut builder = VocabularyBuilder::default();
        for (doc, word) in words.iter().enumerate() {
            builder.add(word, doc, 0);
        }
        builder.finish()
    }

    proptest! {
        /// The scan (a prefix range, then words of a near length) finds exactly the words the
        /// rule accepts.
        #[test]
        fn the_scan_finds_what_the_rule_accepts(
            words in prop::collection::vec("[abc]{1,10}", 1..40),
            typed in "[abc]{1,10}",
            prefix: bool,
        ) {
            let vocabulary = vocabulary(&words);
            let mut found: Vec<&str> = vocabulary.matches(&typed, prefix).into_iter().map(|(_, w, _)| w).collect();
            found.sort_unstable();
            prop_assert_eq!(found, vocabulary.accepted(&typed, prefix));
        }
    }

    #[test]
    fn postings_list_each_document_once_per_tier() {
        let mut builder = VocabularyBuilder::default();
        for (doc, tier) in [(0, 0), (0, 0), (0, 2), (3, 1)] {
            builder.add("rice", doc, tier);
        }
        let vocabulary = builder.finish();
        let found = vocabulary.matches("rice", false);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].2, [0 << 2, 2, 3 << 2 | 1]);
    }
}
