//! The thesaurus the catalogues themselves make: every text given in several languages (a
//! keyword, a field's or an institution's name, a title) says its strings mean the same thing.
//! A query that equals one of those strings also matches the others.
//!
//! Nothing is copied: an entry is the hash of one string (normalized and folded) and where the
//! whole text lies in the index's haystacks; a lookup binary-searches the hash and reads the
//! text's other strings from there.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashSet, FxHasher};

use super::haystack::SEPARATOR;

/// At most this many other strings per lookup: each costs a search.
pub const MOST_ALTERNATIVES: usize = 8;

/// Where one multilingual text lies: bytes `start..end` of haystack `hay`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextSpan {
    pub hay: u8,
    pub start: u32,
    pub end: u32,
}

#[derive(Default)]
pub struct Thesaurus {
    /// (hash of a string, the text it belongs to), sorted by hash.
    entries: Vec<(u64, TextSpan)>,
    /// Hashes of the texts recorded so far, while building: a keyword most exhibits share is
    /// recorded once. (Two different texts with one 64-bit hash would lose the second's
    /// translations; at a million texts the odds are about 1 in 10^7.)
    seen: FxHashSet<u64>,
}

fn hash(s: &str) -> u64 {
    let mut h = FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

impl Thesaurus {
    /// Records the text at `span`, whose normalized strings are `text` (separated by
    /// [`SEPARATOR`]), if it has at least two different strings.
    pub fn add(&mut self, span: TextSpan, text: &str) {
        let mut parts = text.split(SEPARATOR).filter(|p| !p.is_empty());
        let Some(first) = parts.next() else { return };
        if parts.clone().all(|p| p == first) || !self.seen.insert(hash(text)) {
            return;
        }
        for part in std::iter::once(first).chain(parts) {
            self.entries.push((hash(part), span));
        }
    }

    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<(u64, TextSpan)>()
    }

    pub fn finish(&mut self) {
        self.entries.sort_unstable_by_key(|&(h, _)| h);
        self.entries.dedup();
        self.seen = FxHashSet::default();
    }

    /// The other strings of every text that has `phrase` as one of its strings; `text(span)`
    /// reads a span's strings.
    pub fn alternatives<'a>(
        &'a self,
        phrase: &str,
        text: impl Fn(TextSpan) -> &'a str,
    ) -> Vec<&'a str> {
        let h = hash(phrase);
        let from = self.entries.partition_point(|&(e, _)| e < h);
        let mut found: Vec<&str> = Vec::new();
        for &(_, span) in self.entries[from..].iter().take_while(|&&(e, _)| e == h) {
            let parts = text(span);
            if !parts.split(SEPARATOR).any(|p| p == phrase) {
                continue; // a hash collision
            }
            for part in parts.split(SEPARATOR) {
                if !part.is_empty() && part != phrase && !found.contains(&part) {
                    found.push(part);
                    if found.len() == MOST_ALTERNATIVES {
                        return found;
                    }
                }
            }
        }
        found
    }
}
