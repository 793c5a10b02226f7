//! Which documents hold each CJK character: postings per character, so a CJK term is looked
//! for only in the texts that hold all its characters, not in every text. A character's
//! list is found by its code point, without hashing: the lists cover kana and the CJK
//! ideographs of the BMP; a term with anything else (Hangul, the supplementary planes) is
//! searched through the whole tier.

use super::vocabulary::Posting;

/// The first and last code points with a list: hiragana up to the end of the unified
/// ideographs.
const FIRST: u32 = 0x3040;
const LAST: u32 = 0x9FFF;

#[derive(Default)]
pub struct Characters {
    /// Postings of character `FIRST + i`, in document order, each document and tier once.
    lists: Vec<Vec<Posting>>,
}

impl Characters {
    /// Records that `doc` has `c` in text tier `tier` (documents in ascending order).
    pub fn add(&mut self, c: char, doc: usize, tier: usize) {
        let code = u32::from(c);
        if !(FIRST..=LAST).contains(&code) {
            return;
        }
        if self.lists.is_empty() {
            self.lists = vec![Vec::new(); (LAST - FIRST + 1) as usize];
        }
        let posting = (doc as u32) << 2 | tier as u32;
        let list = &mut self.lists[(code - FIRST) as usize];
        if list.last() != Some(&posting) {
            list.push(posting);
        }
    }

    /// The (document, tier) postings that hold every character of `term`, in order; `None`
    /// when a character has no list (the caller searches the whole tier then).
    pub fn candidates(&self, term: &str) -> Option<Vec<Posting>> {
        let mut lists: Vec<&[Posting]> = Vec::new();
        for c in term.chars() {
            let code = u32::from(c);
            if !(FIRST..=LAST).contains(&code) {
                return None;
            }
            lists.push(
                self.lists
                    .get((code - FIRST) as usize)
                    .map_or(&[], Vec::as_slice),
            );
        }
        // The rarest bounds the answer; the others are only probed.
        let rarest = (0..lists.len()).min_by_key(|&i| lists[i].len())?;
        Some(
            (lists[rarest].iter().copied())
                .filter(|p| lists.iter().all(|l| l.binary_search(p).is_ok()))
                .collect(),
        )
    }

    pub fn heap_bytes(&self) -> usize {
        (self.lists.iter()).map(|l| 24 + 4 * l.capacity()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_hold_every_character_in_one_tier() {
        let mut chars = Characters::default();
        for (doc, tier, text) in [
            (0, 0, "水素"),
            (0, 2, "水"),
            (1, 2, "素水"),
            (2, 0, "水"),
            (2, 2, "素"),
        ] {
            for c in text.chars() {
                chars.add(c, doc, tier);
            }
        }
        // (doc 2 has both characters, but in different tiers: no substring can span them.)
        assert_eq!(chars.candidates("水素"), Some(vec![0 << 2, 1 << 2 | 2]));
        assert_eq!(chars.candidates("火"), Some(vec![]));
        assert_eq!(chars.candidates("한국"), None);
    }
}
