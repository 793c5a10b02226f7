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

    proptest! {
        #[test]
        fn the_quick_paths_agree_with_full_nfkc(text in "(\\PC|[ＡＢａｚｶﾞﾊﾟ①㈱ﬁＫΣ])*") {
            let full: String = text.nfkc().flat_map(char::to_lowercase).collect();
            prop_assert_eq!(normalize(&text), full);
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
