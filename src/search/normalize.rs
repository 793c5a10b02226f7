//! One normal form for index and query, so `ＡＩ`, `AI` and `ai` (or `ｶﾞ`, `カ\u{3099}` and `ガ`)
//! meet.
//!
//! It is the part of NFKC that catalogue text from China and Japan needs — full-width ASCII,
//! half-width katakana, the ideographic space, kana with a separate (combining) voicing mark —
//! followed by lower-casing. Full NFKC would also fold circled digits, ligatures, CJK
//! compatibility ideographs and Kangxi radicals, and compose decomposed Latin accents; its
//! tables cost ~45 KB of the first download (brotli), more than any of those is worth here.
//!
//! Then script variants fold (`發`, `発` and `发` become one character, see `fold`), so a
//! Japanese query meets Chinese text. The unfolded form (`normalize_unfolded_into`) is what
//! an exact match is checked against, to rank it above a folded one.

use super::fold::Folder;

/// The normal form of `text`, script variants folded (see [`super::fold`]).
///
/// `to_lowercase` stands in for full case folding: the two differ only for a handful of
/// characters (e.g. `ß`) that catalogue searches do not hinge on, and std's tables are
/// already in the binary.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(&mut out, text);
    out
}

/// [`normalize`], appending to `out` (the index writes every text into a few long strings).
pub fn normalize_into(out: &mut String, text: &str) {
    normalize_with(out, text, true);
}

/// The normal form without script folding: width, case and voicing only.
pub fn normalize_unfolded_into(out: &mut String, text: &str) {
    normalize_with(out, text, false);
}

fn normalize_with(out: &mut String, text: &str, fold_scripts: bool) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    let start = out.len();
    let folder = fold_scripts.then(Folder::new);
    // Most characters stay as they are: they are copied in runs, not one by one.
    let mut run = 0;
    for (at, c) in text.char_indices() {
        let step = step(c, folder);
        if matches!(step, Step::Same) {
            continue;
        }
        out.push_str(&text[run..at]);
        run = at + c.len_utf8();
        push_step(out, start, c, step);
    }
    out.push_str(&text[run..]);
}

/// The normal form of `text` with, for each of its characters, the byte range of `text` it
/// came from (a composed kana covers its base and its voicing mark): highlights are found in
/// the normal form and drawn on the original.
pub fn normalize_mapped(text: &str) -> (String, Vec<MappedChar>) {
    let mut out = String::with_capacity(text.len());
    let mut map: Vec<MappedChar> = Vec::with_capacity(text.len());
    let folder = Folder::new();
    for (at, c) in text.char_indices() {
        let before = out.len();
        push_step(&mut out, 0, c, step(c, Some(folder)));
        let end = at + c.len_utf8();
        match map.last_mut() {
            // The mark composed with the character before it: that character now covers both.
            Some(last) if out.len() <= before => {
                last.source.end = end;
                last.len = out.len() - last.at;
            }
            // Lower-casing may yield several characters: one entry for all of them.
            _ => map.push(MappedChar {
                at: before,
                len: out.len() - before,
                source: at..end,
            }),
        }
    }
    (out, map)
}

/// One character of a [`normalize_mapped`] text: bytes `at..at + len` of the normal form
/// came from `source` in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappedChar {
    pub at: usize,
    pub len: usize,
    pub source: std::ops::Range<usize>,
}

/// What the normal form does with one character.
enum Step {
    /// Copied as it is.
    Same,
    /// Replaced by this character (width, case, a voicing mark to compose, a script
    /// variant's canonical character).
    Char(char),
    /// Replaced by its lower case (several characters for a few).
    Lower,
}

fn step(c: char, folder: Option<Folder>) -> Step {
    match u32::from(c) {
        0..=0x7F if !c.is_ascii_uppercase() => Step::Same,
        0..=0x7F => Step::Char(c.to_ascii_lowercase()),
        // Full-width ASCII (ＡＩ，：！).
        u @ 0xFF01..=0xFF5E => {
            Step::Char(char::from_u32(u - 0xFEE0).map_or(c, |a| a.to_ascii_lowercase()))
        }
        0x3000 => Step::Char(' '),
        u @ 0xFF61..=0xFF9F => Step::Char(HALF_WIDTH[(u - 0xFF61) as usize]),
        0x3099 | 0x309A => Step::Char(c),
        // CJK and kana have no case: skip the lower-case lookup.
        0x3001..=0x30FF | 0xAC00..=0xD7A3 => Step::Same,
        0x3400..=0x9FFF | 0x2_0000.. if folder.is_some() => match folder.map_or(c, |f| f.fold(c)) {
            f if f == c => Step::Same,
            f => Step::Char(f),
        },
        0x3400..=0x9FFF => Step::Same,
        _ => {
            let mut lower = c.to_lowercase();
            if lower.len() == 1 && lower.next() == Some(c) {
                Step::Same
            } else {
                Step::Lower
            }
        }
    }
}

/// Appends what `step` makes of `c`; a voicing mark composes with the kana before it (but
/// never with anything before `start`, where this text began).
fn push_step(out: &mut String, start: usize, c: char, step: Step) {
    let mapped = match step {
        Step::Same => return out.push(c),
        Step::Lower => return out.extend(c.to_lowercase()),
        Step::Char(m) => m,
    };
    if matches!(mapped, VOICED | SEMI_VOICED) {
        if let Some(voiced) = out[start..]
            .chars()
            .next_back()
            .and_then(|b| voice(b, mapped))
        {
            out.pop();
            out.push(voiced);
            return;
        }
    }
    out.push(mapped);
}

/// The combining voicing marks (゛ and ゜ as written after a kana).
const VOICED: char = '\u{3099}';
const SEMI_VOICED: char = '\u{309A}';

/// Half-width forms U+FF61..=U+FF9F and the full-width characters they stand for.
#[rustfmt::skip]
const HALF_WIDTH: [char; 63] = [
    '。', '「', '」', '、', '・', 'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ', 'ー',
    'ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', 'タ',
    'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'マ', 'ミ',
    'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ', 'ン', VOICED, SEMI_VOICED,
];

/// The kana that `base` followed by a voicing mark composes to (`カ` + ゛ → `ガ`).
fn voice(base: char, mark: char) -> Option<char> {
    let b = u32::from(base);
    // Katakana sit 0x60 above the hiragana they match; ヷヸヹヺ have no hiragana.
    let (hira, offset) = if (0x30A1..=0x30FE).contains(&b) {
        (b - 0x60, 0x60)
    } else {
        (b, 0)
    };
    let voiced = match (mark, hira) {
        (VOICED, 0x304B..=0x3061) if hira % 2 == 1 => hira + 1,
        (VOICED, 0x3064 | 0x3066 | 0x3068 | 0x309D) => hira + 1,
        (VOICED | SEMI_VOICED, 0x306F | 0x3072 | 0x3075 | 0x3078 | 0x307B) => {
            hira + if mark == VOICED { 1 } else { 2 }
        }
        (VOICED, 0x3046) => 0x3094,
        (VOICED, 0x308F..=0x3092) if offset > 0 => hira + 8,
        _ => return None,
    };
    char::from_u32(voiced + offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    fn nfkc(text: &str) -> String {
        text.nfkc().flat_map(char::to_lowercase).collect()
    }

    /// The normal form before script folding, which is what NFKC is the reference for.
    fn unfolded(text: &str) -> String {
        let mut out = String::new();
        normalize_unfolded_into(&mut out, text);
        out
    }

    /// Every character this fold maps to something other than its lower case.
    fn folded_ranges() -> impl Iterator<Item = char> {
        (0xFF01..=0xFF5E)
            .chain(0xFF61..=0xFF9F)
            .chain([0x3000])
            .filter_map(char::from_u32)
    }

    #[test]
    fn every_folded_character_folds_as_nfkc_does() {
        for c in folded_ranges() {
            assert_eq!(
                unfolded(&c.to_string()),
                nfkc(&c.to_string()),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn every_kana_and_voicing_mark_compose_as_nfkc_does() {
        // Not the spacing marks ゛゜ (NFKC makes them a space and a combining mark, which would
        // only make them match unrelated text) nor the digraphs ゟ ヿ.
        let kana = (0x3041..=0x309A)
            .chain(0x309D..=0x309E)
            .chain(0x30A0..=0x30FE)
            .chain(0xFF66..=0xFF9D)
            .filter_map(char::from_u32);
        for base in kana {
            for mark in [VOICED, SEMI_VOICED, '\u{FF9E}', '\u{FF9F}'] {
                let text = format!("{base}{mark}");
                assert_eq!(
                    unfolded(&text),
                    nfkc(&text),
                    "U+{:04X} + U+{:04X}",
                    u32::from(base),
                    u32::from(mark)
                );
            }
        }
    }

    proptest! {
        /// Text of the kinds the fold handles reads exactly as under NFKC.
        #[test]
        fn catalogue_text_normalizes_as_under_nfkc(
            text in "[ -~ＡＢａｚ０９，：！ｶｷﾊﾎｦﾝﾞﾟ｡｢｣､･かはうカハウワヽゝ\u{3099}\u{309A}ー農业업ÀÉΣДİéßπ😀\u{3000}]*"
        ) {
            prop_assert_eq!(unfolded(&text), nfkc(&text));
        }
    }

    #[test]
    fn width_case_and_voicing_forms_meet() {
        assert_eq!(normalize("ＡＩ"), "ai");
        assert_eq!(normalize("ｶﾞｽ"), "ガス");
        assert_eq!(normalize("カ\u{3099}ス"), "ガス");
        assert_eq!(normalize("Ｈ２Ｏ"), "h2o");
        assert_eq!(normalize("Ｃａｆé"), "café");
    }

    #[test]
    fn what_full_nfkc_would_fold_is_only_lower_cased() {
        // The documented price of leaving out NFKC's tables.
        assert_eq!(normalize("①"), "①");
        assert_eq!(normalize("Ⅸ"), "ⅸ");
        assert_eq!(normalize("ﬁ"), "ﬁ");
    }
}
