//! One normal form for index and query, so `ＡＩ`, `AI` and `ai` (or `ｶﾞ` and `ガ`) meet.

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// NFKC (width and compatibility forms) followed by lower-casing.
///
/// `to_lowercase` stands in for full case folding: the two differ only for a handful of
/// characters (e.g. `ß`) that catalogue searches do not hinge on, and std's tables are
/// already in the binary.
pub fn normalize(text: &str) -> String {
    // Most catalogue text is already in NFKC (ASCII always is): the quick check saves the
    // decomposition and recomposition of every character when the index is built.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    if let Some(folded) = fold_common(text) {
        return folded;
    }
    if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        // Char by char, like the full path (`str::to_lowercase` treats a final Σ differently).
        return text.chars().flat_map(char::to_lowercase).collect();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.nfkc() {
        out.extend(c.to_lowercase());
    }
    out
}

/// Catalogue text is mostly ASCII, CJK ideographs, kana, Hangul and full-width punctuation
/// (`，` fails NFKC's quick check, so nearly every Chinese sentence would take the slow path).
/// For those characters NFKC is a per-character map with nothing to compose, so one pass
/// folds them; any other character returns `None` and the caller does it the full way.
fn fold_common(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match u32::from(c) {
            0..=0x7F => out.push(c.to_ascii_lowercase()),
            // Full-width ASCII (ＡＩ，：！) is ASCII under NFKC.
            u @ 0xFF01..=0xFF5E => out.push(char::from_u32(u - 0xFEE0)?.to_ascii_lowercase()),
            0x3000 => out.push(' '),
            0x3001..=0x3002
            | 0x300C..=0x300F
            | 0x3041..=0x3096
            | 0x30A1..=0x30FA
            | 0x30FC..=0x30FE
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xAC00..=0xD7A3 => out.push(c),
            _ => return None,
        }
    }
    Some(out)
}

/// Splits a query into the terms that must all match. CJK text has no spaces, so a run such as
/// `農業` stays one term and matches as a substring wherever those characters stand together.
pub fn terms(query: &str) -> Vec<String> {
    let mut terms: Vec<String> = normalize(query)
        .replace(|c: char| c.is_control(), " ")
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '、' | '，' | '。'))
        .map(|t| t.trim_matches(|c: char| c.is_ascii_punctuation() && c != '-' && c != '+'))
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    terms.sort();
    terms.dedup();
    // A term contained in another adds nothing once the longer one must match.
    let snapshot = terms.clone();
    terms.retain(|t| !snapshot.iter().any(|o| o != t && o.contains(t.as_str())));
    terms
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn full(text: &str) -> String {
        text.nfkc().flat_map(char::to_lowercase).collect()
    }

    #[test]
    fn every_character_of_the_common_fold_folds_as_nfkc_does() {
        let mut folded = 0;
        for c in (0u32..=0x10FFFF).filter_map(char::from_u32) {
            let one = c.to_string();
            if let Some(f) = fold_common(&one) {
                assert_eq!(f, full(&one), "U+{:04X}", u32::from(c));
                folded += 1;
            }
        }
        assert!(folded > 39_000, "{folded}");
    }

    proptest! {
        #[test]
        fn the_quick_paths_agree_with_full_nfkc(text in "(\\PC|[ＡＢａｚｶﾞﾊﾟ①㈱ﬁＫΣ，。「」ー농업])*") {
            prop_assert_eq!(normalize(&text), full(&text));
        }
    }

    #[test]
    fn width_and_case_forms_meet() {
        assert_eq!(normalize("ＡＩ"), "ai");
        assert_eq!(normalize("ｶﾞｽ"), "ガス");
        assert_eq!(normalize("Ｈ２Ｏ"), "h2o");
        assert_eq!(normalize("Ⅸ"), "ix");
    }

    #[test]
    fn terms_split_on_any_space_and_drop_redundant_ones() {
        assert_eq!(terms("  農業　ＡＩ  "), vec!["ai", "農業"]);
        assert_eq!(terms("rice, Rice riceland"), vec!["riceland"]);
        assert_eq!(terms("\"low-carbon\""), vec!["low-carbon"]);
        assert!(terms(" ,. ").is_empty());
    }
}
