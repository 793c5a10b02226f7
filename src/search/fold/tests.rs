//! The committed table against OpenCC's own tables (read from the npm package the generator
//! reads): an out-of-date or corrupt table fails here.

use super::*;
use proptest::prelude::*;

/// The tables `build/fold-table.mjs` reduces; keep the two lists equal.
const TABLES: [&str; 8] = [
    "STCharacters",
    "TSCharacters",
    "JPShinjitaiCharacters",
    "JPShinjitaiCharactersRev",
    "HKVariants",
    "HKVariantsRev",
    "TWVariants",
    "TWVariantsRev",
];

/// Every one-character pair of OpenCC's tables (`key value value…|…` in a JS string).
fn opencc_pairs() -> Vec<(char, char)> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/node_modules/opencc-js/dist/esm-lib/dict/"
    );
    let mut pairs = Vec::new();
    for table in TABLES {
        let path = format!("{dir}{table}.js");
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("{path}: {e} (run `npm ci`: the OpenCC tables come from opencc-js)")
        });
        let body = &source[source.find('"').unwrap() + 1..source.rfind('"').unwrap()];
        for line in body.split('|') {
            let mut words = line.split(' ');
            let key = words.next().unwrap_or_default();
            for value in words {
                let (mut k, mut v) = (key.chars(), value.chars());
                if let (Some(a), None, Some(b), None) = (k.next(), k.next(), v.next(), v.next()) {
                    pairs.push((a, b));
                }
            }
        }
    }
    pairs
}

#[test]
fn every_opencc_pair_folds_to_one_character() {
    let pairs = opencc_pairs();
    assert!(pairs.len() > 8000, "only {} pairs read", pairs.len());
    for (a, b) in pairs {
        assert_eq!(
            fold(a),
            fold(b),
            "{a} (U+{:04X}) and {b} (U+{:04X})",
            u32::from(a),
            u32::from(b)
        );
    }
}

#[test]
fn characters_with_variants_are_known() {
    for c in ['稲', '稻', '发', '發', '発', '鉄'] {
        assert!(has_variants(c), "{c}");
    }
    for c in ['水', '素', 'a', 'ア', '作'] {
        assert!(!has_variants(c), "{c}");
    }
    // (OpenCC lists some characters as their own variant: those have none.)
    for (a, b) in opencc_pairs().into_iter().filter(|(a, b)| a != b) {
        assert!(has_variants(a) && has_variants(b), "{a} {b}");
    }
}

#[test]
fn canonical_characters_are_their_own_fold() {
    for (c, canonical) in decode(VARIANTS) {
        let (c, canonical) = (
            char::from_u32(c).unwrap(),
            char::from_u32(canonical).unwrap(),
        );
        assert_eq!(fold(c), canonical);
        assert_eq!(fold(canonical), canonical, "{canonical} is not canonical");
    }
}

#[test]
fn the_forms_visitors_type_meet() {
    for class in [
        "稲稻",
        "薬藥药",
        "発發发",
        "鉄鐵铁",
        "気氣气",
        "電电",
        "鋼钢",
        "歴歷历曆暦",
    ] {
        let folded: Vec<char> = class.chars().map(fold).collect();
        assert!(
            folded.windows(2).all(|w| w[0] == w[1]),
            "{class} → {folded:?}"
        );
    }
    // Unrelated characters stay apart, and what has no variants stays itself.
    assert_ne!(fold('稲'), fold('作'));
    for c in ['a', 'ア', 'の', '作', '水', '😀', '\u{20000}'] {
        assert_eq!(fold(c), c);
    }
}

proptest! {
    #[test]
    fn folding_is_idempotent(code in 0u32..0x3_0000) {
        if let Some(c) = char::from_u32(code) {
            prop_assert_eq!(fold(fold(c)), fold(c));
        }
    }
}
