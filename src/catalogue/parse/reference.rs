//! The located reading errors agree with serde_path_to_error, which tracks the path while
//! reading (and which the bundle no longer carries: see catalogue/locate.rs).

use super::*;
use crate::catalogue::wire::{RawExhibit, RawNamed};
use proptest::prelude::*;

/// `from_json` as it was, path tracked during the read.
fn tracked<'a, T: Deserialize<'a>>(json: &'a str, root: &str) -> Result<T, LoadError> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let located = |e: serde_json::Error, path: String| {
        let message = strip_position(&e.to_string());
        if e.is_syntax() || e.is_eof() {
            LoadError::Json {
                line: e.line(),
                column: e.column(),
                message,
            }
        } else {
            LoadError::Invalid { path, message }
        }
    };
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let rest = e.path().to_string();
        let path = match rest.as_str() {
            "." => root.to_owned(),
            r if r.starts_with('[') => format!("{root}{r}"),
            r => format!("{root}.{r}"),
        };
        located(e.into_inner(), path)
    })?;
    de.end().map_err(|e| located(e, root.to_owned()))?;
    Ok(value)
}

/// Whitespace between tokens, newlines included, so lines and columns are exercised.
fn ws() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["", " ", "\n", "\n    ", "\t"])
}

/// Every member an exhibit may have, each with good values and bad ones. Strings hold
/// brackets, braces, commas, colons and escaped quotes, which the walk must not mistake
/// for structure.
const MEMBERS: &[(&str, &[&str], &[&str])] = &[
    ("id", &["\"a\""], &["7", "[\"x\"]", "null"]),
    (
        "title",
        &[
            "\"T\"",
            "{\"en\": \"T [1], {2}\", \"ja\": \"テスト\"}",
            "\"say \\\"hi\\\"\"",
        ],
        &[
            "[]",
            "{\"en\": 5}",
            "{\"en\": \"T\", \"zh\": [\"x\"]}",
            "true",
        ],
    ),
    (
        "summary",
        &["\"s: a, b\"", "{\"zh\": \"摘要\"}"],
        &["null", "3"],
    ),
    ("institution", &["\"u\""], &["{}", "[\"u\"]"]),
    (
        "fields",
        &["[\"f\", \"g\"]", "[]"],
        &["[\"f\", 3]", "\"f\""],
    ),
    (
        "keywords",
        &["[\"k\", {\"zh\": \"钥\"}]"],
        &["[\"k\", {\"ja\": 1}]", "[[\"k\"]]"],
    ),
    ("trl", &["4", "null"], &["\"high\"", "4.5", "-1e999"]),
    ("ip", &["\"granted\"", "\"gr\\u0061nted\""], &["[1]", "2"]),
    (
        "cooperation",
        &["[\"licensing\"]"],
        &["[\"licensing\", true]", "\"licensing\""],
    ),
    (
        "contact",
        &["{\"name\": \"N\", \"email\": \"n@example.org\"}"],
        &["{\"name\": \"N\", \"email\": 3}", "\"n@example.org\""],
    ),
    (
        "links",
        &["[{\"label\": \"p\", \"url\": \"https://x.example/a,b\"}]"],
        &[
            "[{\"label\": \"p\", \"url\": \"u\"}, {\"url\": \"u\"}]",
            "[{\"label\": \"p\", \"url\": 1}]",
        ],
    ),
    ("events", &["[\"e\"]"], &["\"e\"", "[{}]"]),
    ("updated", &["\"2022-10-28\""], &["20221028"]),
    (
        "fu\\\"ture",
        &["{\"any\": [1, {\"deep\": \"]}\\\"\"}]}"],
        &[],
    ),
];

/// What is wrong with an entry, if anything.
#[derive(Debug, Clone)]
enum Fault {
    None,
    /// The member at this position (modulo their number) has a bad value (this one, modulo).
    Bad(usize, usize),
    /// The member at this position is left out.
    Missing(usize),
    /// The member at this position is written twice.
    Twice(usize),
}

fn fault() -> impl Strategy<Value = Fault> {
    prop_oneof![
        Just(Fault::None),
        (any::<usize>(), any::<usize>()).prop_map(|(m, v)| Fault::Bad(m, v)),
        any::<usize>().prop_map(Fault::Missing),
        any::<usize>().prop_map(Fault::Twice),
    ]
}

/// An exhibit with its members in any order, any whitespace between tokens, at most one
/// fault, and keys sometimes written with escapes.
fn exhibit() -> impl Strategy<Value = String> {
    let order = Just((0..MEMBERS.len()).collect::<Vec<_>>()).prop_shuffle();
    let spacing = prop::collection::vec(ws(), MEMBERS.len() + 1);
    (order, spacing, fault(), any::<usize>(), any::<bool>()).prop_map(
        |(order, spacing, fault, good, escape)| {
            let mut members = Vec::new();
            for (position, &m) in order.iter().enumerate() {
                let (key, goods, bads) = MEMBERS[m];
                let key = match (escape, key) {
                    (true, "title") => "ti\\u0074le",
                    _ => key,
                };
                let w = spacing[position];
                let mut value = goods[good % goods.len()];
                match fault {
                    Fault::Bad(at, v) if at % order.len() == position && !bads.is_empty() => {
                        value = bads[v % bads.len()];
                    }
                    Fault::Missing(at) if at % order.len() == position => continue,
                    _ => {}
                }
                let member = format!("{w}\"{key}\"{w}:{w}{value}{w}");
                if matches!(fault, Fault::Twice(at) if at % order.len() == position) {
                    members.push(member.clone());
                }
                members.push(member);
            }
            format!("{{{}{}}}", members.join(","), spacing[MEMBERS.len()])
        },
    )
}

proptest! {
    #[test]
    fn an_entry_error_is_located_as_when_tracked(json in exhibit()) {
        let ours = from_json::<RawExhibit>(&json, "$.exhibits[2]").err();
        let theirs = tracked::<RawExhibit>(&json, "$.exhibits[2]").err();
        prop_assert_eq!(ours, theirs, "{}", json);
    }

    #[test]
    fn a_catalogue_error_is_located_as_when_tracked(
        exhibits in prop::collection::vec(exhibit(), 0..4),
        title in prop::sample::select(vec!["\"C\"", "{\"zh\": \"目录\"}", "7"]),
        w in ws(),
    ) {
        let json = format!(
            "{{{w}\"format\": \"showcase/1\",{w}\"id\": \"c\",{w}\"title\": {title},{w}\"exhibits\":{w}[{}]{w}}}",
            exhibits.join(&format!(",{w}"))
        );
        let ours = from_json::<WholeCatalogue>(&json, "$").err();
        let theirs = tracked::<WholeCatalogue>(&json, "$").err();
        prop_assert_eq!(ours, theirs, "{}", json);
    }
}

#[test]
fn trailing_text_after_a_document_is_a_located_syntax_error() {
    let read = from_json::<RawNamed>("{\"id\": \"x\", \"name\": \"N\"}\n x", "$");
    assert_eq!(
        read.err(),
        Some(LoadError::Json {
            line: 2,
            column: 2,
            message: "trailing characters".into()
        })
    );
}
