//! How normalized text splits into alphabetic words and CJK runs, and when a word a visitor
//! typed matches a word of the text: exactly, as the start of the word being typed, or within
//! a few typing mistakes.
//!
//! Alphabetic words (Latin, Greek, Cyrillic, digits) are matched whole, with typos forgiven;
//! Chinese, Japanese and Korean have no spaces between words, so their runs are matched as
//! substrings and never fuzzed (folding and the thesaurus do that job there).

use std::ops::Range;

use super::score::Kind;

/// Whether `c` belongs to a script written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(u32::from(c),
        0x2E80..=0x2FDF | 0x3040..=0x30FF | 0x3100..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0xFF66..=0xFF9F | 0x2_0000..=0x3_FFFF)
}

/// The run `c` belongs to; `None` for what only separates runs (spaces, punctuation).
/// ASCII is settled first: most of the text indexed is English.
pub fn run_of(c: char) -> Option<Run> {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric().then_some(Run::Word);
    }
    if is_cjk(c) || c == '々' {
        return Some(Run::Cjk);
    }
    (!separates(c)).then_some(Run::Word)
}

/// Non-ASCII characters that are neither letters nor digits, by block: spaces, Latin-1
/// punctuation and signs, general punctuation up to the miscellaneous symbols, CJK
/// punctuation, and the emoji planes. (A block list, not `char::is_alphanumeric`, whose
/// tables would cost the download more than the rare symbol it would also catch.)
fn separates(c: char) -> bool {
    c.is_whitespace()
        || matches!(u32::from(c),
            0x80..=0xBF | 0xD7 | 0xF7 | 0x2000..=0x2BFF | 0x3000..=0x303F | 0xFE10..=0xFE6F
            | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65
            | 0x1_F000..=0x1_FFFF)
}

/// A run of normalized text that a search term can match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    /// An alphabetic word, matched whole (or by its start, or with typos).
    Word,
    /// Characters written without spaces, matched as a substring.
    Cjk,
}

/// The words and CJK runs of `text` in order, as byte ranges; everything else (spaces,
/// punctuation, symbols) only separates them. The long vowel mark `ー` and the iteration
/// mark `々` count as CJK.
pub fn runs(text: &str) -> impl Iterator<Item = (Run, Range<usize>)> + '_ {
    let mut chars = text.char_indices();
    let mut pending: Option<(Run, usize)> = None;
    std::iter::from_fn(move || loop {
        let Some((at, c)) = chars.next() else {
            return pending.take().map(|(run, start)| (run, start..text.len()));
        };
        let run = run_of(c);
        match pending {
            Some((current, _)) if run == Some(current) => {}
            Some((current, start)) => {
                pending = run.map(|r| (r, at));
                return Some((current, start..at));
            }
            None => pending = run.map(|r| (r, at)),
        }
    })
}

/// Typing mistakes forgiven in a word of `len` letters: none up to 4 letters (too many short
/// words lie one edit apart), one from 5, two from 9.
pub fn typo_budget(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Longest word compared for typos; longer ones match only exactly or by prefix.
const LONGEST: usize = 48;

/// How `typed` matches `word` (both normalized): the same word, the start of it when `typed`
/// is the word being typed (`prefix`), or within [`typo_budget`] edits.
pub fn word_match(typed: &str, word: &str, prefix: bool) -> Option<Kind> {
    if typed == word {
        return Some(Kind::Exact);
    }
    if prefix && word.starts_with(typed) {
        return Some(Kind::Prefix);
    }
    let budget = typo_budget(typed.chars().count());
    (budget > 0 && within_edits(typed, word, budget)).then_some(Kind::Typo)
}

/// Whether `a` turns into `b` with at most `max` insertions, deletions, substitutions or
/// swaps of two neighbouring characters (optimal string alignment, the Damerau distance
/// where no character is edited twice).
pub fn within_edits(a: &str, b: &str, max: usize) -> bool {
    let mut a_buf = ['\0'; LONGEST];
    let mut b_buf = ['\0'; LONGEST];
    let (Some(a), Some(b)) = (chars_of(a, &mut a_buf), chars_of(b, &mut b_buf)) else {
        return false;
    };
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    // Three rows of the distance matrix: two back (for swaps), one back, and this one.
    let mut before = [0usize; LONGEST + 1];
    let mut previous: [usize; LONGEST + 1] = std::array::from_fn(|j| j);
    let mut row = [0usize; LONGEST + 1];
    for i in 1..=a.len() {
        row[0] = i;
        let mut best = row[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(row[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
            best = best.min(d);
        }
        // Every alignment passes through this row: once all of it is over budget, so is the end.
        if best > max {
            return false;
        }
        before = previous;
        previous = row;
    }
    previous[b.len()] <= max
}

/// The characters of `word` in `buf`; `None` when it has more than [`LONGEST`].
fn chars_of<'b>(word: &str, buf: &'b mut [char; LONGEST]) -> Option<&'b [char]> {
    let mut len = 0;
    for c in word.chars() {
        *buf.get_mut(len)? = c;
        len += 1;
    }
    Some(&buf[..len])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split(text: &str) -> Vec<(Run, &str)> {
        runs(text).map(|(k, r)| (k, &text[r])).collect()
    }

    #[test]
    fn text_splits_into_words_and_cjk_runs() {
        assert_eq!(
            split("low-carbon co2分離膜, エッジaiチップ"),
            [
                (Run::Word, "low"),
                (Run::Word, "carbon"),
                (Run::Word, "co2"),
                (Run::Cjk, "分離膜"),
                (Run::Cjk, "エッジ"),
                (Run::Word, "ai"),
                (Run::Cjk, "チップ"),
            ]
        );
        assert_eq!(
            split("éclair μ-sensor"),
            [
                (Run::Word, "éclair"),
                (Run::Word, "μ"),
                (Run::Word, "sensor")
            ]
        );
        assert!(split(" ,.!? ").is_empty());
        // Punctuation and symbols beyond ASCII separate too ("°C" is lower-cased already).
        assert_eq!(
            split("«ваш» — 5 °c…★"),
            [(Run::Word, "ваш"), (Run::Word, "5"), (Run::Word, "c")]
        );
    }

    #[test]
    fn typos_are_forgiven_by_word_length() {
        assert_eq!(word_match("batery", "battery", false), Some(Kind::Typo));
        assert_eq!(word_match("sensr", "sensor", false), Some(Kind::Typo));
        // A swap of neighbours is one edit.
        assert_eq!(word_match("hydorgen", "hydrogen", false), Some(Kind::Typo));
        // Two edits only from nine letters.
        assert_eq!(
            word_match("fertliser", "fertiliser", false),
            Some(Kind::Typo)
        );
        assert_eq!(word_match("fertlisr", "fertiliser", false), None);
        assert_eq!(word_match("ctalsyt", "catalyst", false), None);
        // Short words are never fuzzed: "rice" is not "nice".
        assert_eq!(word_match("rice", "nice", false), None);
        assert_eq!(word_match("rice", "rice", false), Some(Kind::Exact));
    }

    #[test]
    fn only_the_word_being_typed_matches_by_its_start() {
        assert_eq!(word_match("hydro", "hydrogen", true), Some(Kind::Prefix));
        assert_eq!(word_match("hydro", "hydrogen", false), None);
        assert_eq!(word_match("h", "hydrogen", true), Some(Kind::Prefix));
    }

    /// The textbook recurrence, for comparison.
    fn osa(a: &[char], b: &[char]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    proptest! {
        #[test]
        fn the_bounded_distance_agrees_with_the_recurrence(a in "[abcé]{0,10}", b in "[abcé]{0,10}", max in 0usize..4) {
            let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            prop_assert_eq!(within_edits(&a, &b, max), osa(&ac, &bc) <= max);
        }
    }
}
