//! The one-pass reading agrees with the careful one on every document.

use super::super::parse::parse_carefully;
use super::*;
use proptest::prelude::*;

/// Exhibit entries good and bad in every way the format allows: wrong shapes (which the
/// one-pass reading cannot take) and wrong values (which it can).
fn entry() -> impl Strategy<Value = String> {
    let id = prop::sample::select(vec!["\"a\"", "\"b\"", "\"B!\"", "7", "\"a\""]);
    let title = prop::sample::select(vec!["\"T\"", "{\"en\":\"T\",\"ja\":\"テ\"}", "\" \"", "[]"]);
    let trl = prop::sample::select(vec!["", ",\"trl\":4", ",\"trl\":12", ",\"trl\":\"high\""]);
    let extra = prop::sample::select(vec![
        "",
        ",\"ip\":\"maybe\"",
        ",\"ip\":\"gr\\u0061nted\"",
        ",\"cooperation\":[\"licensing\",\"barter\"]",
        ",\"image\":\"javascript:x\"",
        ",\"image\":\"../img/a.png\"",
        ",\"links\":[{\"label\":\"p\",\"url\":\"https://x.example\"}]",
        ",\"links\":[{\"url\":\"https://x.example\"}]",
        ",\"updated\":\"2022-13-01\"",
        ",\"contact\":{\"email\":\"no\"}",
        ",\"future\":{\"any\":[1]}",
        ",\"patents\":[{\"number\":\"JP1\",\"status\":\"granted\",\"title\":{\"ja\":\"弁\"}}]",
        ",\"patents\":[{\"number\":\"JP1\",\"status\":\"maybe\"},{\"number\":\" \"}]",
        ",\"patents\":[{\"office\":\"JP\"}]",
        ",\"inventors\":[{\"name\":{\"en\":\"Sato\"},\"url\":\"people/sato\"},{\"name\":\"\"}]",
        ",\"media\":[{\"kind\":\"video\",\"url\":\"https://v.example\"},{\"kind\":\"hologram\",\"url\":\"x\"}]",
        ",\"media\":[{\"kind\":\"image\",\"url\":\"mailto:a@b.c\",\"caption\":\"c\"}]",
    ]);
    (id, title, trl, extra).prop_map(|(id, title, trl, extra)| {
        format!(r#"{{"id":{id},"title":{title},"summary":"s","institution":"u"{trl}{extra}}}"#)
    })
}

proptest! {
    #[test]
    fn reading_in_one_pass_agrees_with_the_careful_reading(
        entries in prop::collection::vec(entry(), 0..6),
        country in prop::sample::select(vec!["\"CN\"", "\"China\"", "86"]),
        kind in prop::sample::select(vec!["\"forum\"", "\"party\"", "3"]),
    ) {
        let json = doc(
            "x",
            &format!(
                r#""institutions": [{{"id": "u", "name": "U", "country": {country}}}],
                "events": [{{"id": "e", "name": "E", "kind": {kind}, "start": "2022-11-28T09:30+08:00", "institutions": ["u"]}}],
                "exhibits": [{}]"#,
                entries.join(",")
            ),
        );
        prop_assert_eq!(parse_document(&json, SRC), parse_carefully(&json, SRC));
    }

    /// What the app read, written back, reads the same and without a problem: the corrected
    /// catalogue the check page offers loses nothing the app kept.
    #[test]
    fn a_written_catalogue_reads_back_as_it_was(
        entries in prop::collection::vec(entry(), 0..6),
        kind in prop::sample::select(vec!["\"forum\"", "\"party\""]),
        // The check page reads a file by its bare name, which keeps relative URLs as written.
        source in prop::sample::select(vec![SRC, "mine.json"]),
    ) {
        let json = doc(
            "x",
            &format!(
                r#""institutions": [{{"id": "u", "name": {{"en": "U", "ja": "ユ"}}, "country": "CN", "logo": "l.png"}}],
                "events": [{{"id": "e", "name": "E", "kind": {kind}, "start": "2022-11-28T09:30+08:00", "institutions": ["u"]}},
                           {{"id": "f", "name": "F", "date": "2022-11-29"}}],
                "exhibits": [{}]"#,
                entries.join(",")
            ),
        );
        let Ok(Document::Catalogue { catalogue: read, .. }) = parse_document(&json, source) else {
            return Err(TestCaseError::fail("the frame is valid"));
        };
        let written = to_json(&read);
        match parse_document(&written, source) {
            Ok(Document::Catalogue { catalogue, problems }) => {
                prop_assert!(problems.is_empty(), "{:?}\n{}", problems, written);
                prop_assert_eq!(catalogue, read);
            }
            other => return Err(TestCaseError::fail(format!("{other:?}\n{written}"))),
        }
    }
}

#[test]
fn escaped_option_values_are_read_like_plain_ones() {
    let json = doc(
        "x",
        r#""institutions": [{"id": "u", "name": {"pt-BR": "U", "en": "U"}, "country": "CN"}],
        "exhibits": [{"id": "a", "title": "A", "summary": "s", "institution": "u",
          "ip": "gr\u0061nted", "cooperation": ["licen\u0073ing"]}]"#,
    );
    let (c, problems) = catalogue(&json);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(c.exhibits[0].ip, Some(IpStatus::Granted));
    assert_eq!(c.exhibits[0].cooperation, [Cooperation::Licensing]);
    // An uncommon language tag is kept as written.
    assert_eq!(c.institutions[0].name.get("pt").fallback, None);
    assert_eq!(c.institutions[0].name.lang_of("pt"), Some("pt"));
    assert_eq!(c.institutions[0].name.get("ja").fallback, Some("en"));
}

#[test]
fn the_fixtures_and_the_demo_read_the_same_both_ways() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/catalogues");
    let mut docs = vec![GOOD.to_owned()];
    for name in ["forum-2022-china.json", "forum-2022-japan.json"] {
        docs.push(std::fs::read_to_string(format!("{dir}/{name}")).unwrap());
    }
    for json in docs {
        let fast = parse_document(&json, SRC).unwrap();
        assert_eq!(fast, parse_carefully(&json, SRC).unwrap());
    }
}
