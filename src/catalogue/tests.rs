//! Good documents, bad documents, and merging.

use super::*;

const SRC: &str = "https://cdn.example/app/catalogues/a.json";

fn catalogue(json: &str) -> (Catalogue, Vec<Problem>) {
    match parse_document(json, SRC) {
        Ok(Document::Catalogue {
            catalogue,
            problems,
        }) => (catalogue, problems),
        other => panic!("expected a catalogue, got {other:?}"),
    }
}

fn doc(id: &str, body: &str) -> String {
    format!(r#"{{"format": "showcase/1", "id": "{id}", "title": {{"en": "T {id}"}}, {body}}}"#)
}

const GOOD: &str = r#"{
  "format": "showcase/1", "id": "demo", "title": {"en": "Demo", "zh": "演示"},
  "description": "About", "updated": "2022-11-28", "sample": true, "future_key": [1, 2],
  "institutions": [
    {"id": "kyoto-u", "name": {"en": "Kyoto University", "ja": "京都大学"}, "country": "jp",
     "url": "https://www.kyoto-u.ac.jp/", "logo": "img/kyoto.svg"}
  ],
  "fields": [{"id": "agriculture", "name": {"en": "Agriculture", "ja": "農業"}}],
  "events": [{"id": "seminar-agriculture", "name": "Agriculture seminar", "date": "2022-11-29"}],
  "exhibits": [{
    "id": "rice-1", "title": {"en": "Salt-tolerant rice", "ja": "耐塩性イネ"},
    "summary": "Markers for breeding.", "institution": "kyoto-u", "fields": ["agriculture"],
    "keywords": ["rice", {"ja": "育種"}], "trl": 4, "ip": "pending",
    "cooperation": ["licensing", "joint-research", "licensing"],
    "image": "../img/rice.png",
    "contact": {"name": "TTO", "email": "tto@example.org", "url": "https://example.org/tto"},
    "links": [{"label": "Paper", "url": "https://example.org/p"}],
    "events": ["seminar-agriculture"], "updated": "2022-11-01"
  }]
}"#;

#[test]
fn a_good_catalogue_parses_completely() {
    let (c, problems) = catalogue(GOOD);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(c.id, "demo");
    assert!(c.sample);
    assert_eq!(c.updated.as_deref(), Some("2022-11-28"));
    assert_eq!(c.institutions[0].country, "JP");
    assert_eq!(
        c.institutions[0].logo.as_deref(),
        Some("https://cdn.example/app/catalogues/img/kyoto.svg")
    );
    let e = &c.exhibits[0];
    assert_eq!(e.trl, Some(4));
    assert_eq!(e.ip, Some(IpStatus::Pending));
    assert_eq!(
        e.cooperation,
        [Cooperation::Licensing, Cooperation::JointResearch]
    );
    assert_eq!(
        e.image.as_deref(),
        Some("https://cdn.example/app/img/rice.png")
    );
    assert_eq!(e.keywords[1].get("ja").text, "育種");
    assert_eq!(
        e.contact.as_ref().unwrap().email.as_deref(),
        Some("tto@example.org")
    );
    assert_eq!(e.events, ["seminar-agriculture"]);
    assert_eq!(c.events[0].date.as_deref(), Some("2022-11-29"));
}

#[test]
fn not_json_is_reported_with_line_and_column() {
    let err = parse_document("{\n  \"format\": \"showcase/1\",\n  \"id\": ", SRC).unwrap_err();
    match err {
        LoadError::Json { line, .. } => assert_eq!(line, 3),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        parse_document("", SRC),
        Err(LoadError::Json { .. })
    ));
    assert!(matches!(
        parse_document("[1, 2]", SRC),
        Err(LoadError::Invalid { ref path, .. }) if path == "$"
    ));
}

#[test]
fn another_format_or_none_is_named_in_the_error() {
    let err = parse_document(r#"{"format": "showcase/2", "id": "x"}"#, SRC).unwrap_err();
    assert_eq!(err, LoadError::UnsupportedFormat("showcase/2".into()));
    assert!(err.to_string().contains("showcase/2"));
    assert_eq!(
        parse_document(r#"{"id": "x"}"#, SRC).unwrap_err(),
        LoadError::MissingFormat
    );
    assert!(matches!(
        parse_document(r#"{"format": 1}"#, SRC),
        Err(LoadError::Invalid { ref path, .. }) if path == "$.format"
    ));
    // A minor version only adds optional keys, so it is read as v1.
    assert!(parse_document(
        &doc("x", r#""exhibits": []"#).replace("showcase/1", "showcase/1.3"),
        SRC
    )
    .is_ok());
}

#[test]
fn a_missing_title_fails_the_whole_document_with_its_path() {
    let err = parse_document(r#"{"format": "showcase/1", "id": "x"}"#, SRC).unwrap_err();
    match err {
        LoadError::Invalid { path, message } => {
            assert_eq!(path, "$");
            assert!(message.contains("title"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        parse_document(r#"{"format": "showcase/1", "id": "Bad Id", "title": "x"}"#, SRC),
        Err(LoadError::Invalid { ref path, .. }) if path == "$.id"
    ));
}

#[test]
fn a_bad_exhibit_costs_only_itself_and_is_located() {
    let json = doc(
        "x",
        r#""institutions": [{"id": "u", "name": "U", "country": "CN"}],
        "exhibits": [
          {"id": "a", "title": "A", "summary": "s", "institution": "u"},
          {"id": "b", "title": "B", "summary": "s", "institution": "u", "trl": "high"},
          {"id": "c", "title": "C", "summary": "s", "institution": "u"}
        ]"#,
    );
    let (c, problems) = catalogue(&json);
    let ids: Vec<_> = c.exhibits.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "$.exhibits[1].trl");
    assert!(matches!(&problems[0].issue, Issue::Malformed(m) if m.contains("invalid type")));
}

#[test]
fn bad_values_are_dropped_with_a_located_problem_and_the_entry_kept() {
    let json = doc(
        "x",
        r#""institutions": [
          {"id": "u", "name": "U", "country": "CN", "url": "javascript:alert(1)"},
          {"id": "v", "name": "V", "country": "China"},
          {"id": "u", "name": "Again", "country": "CN"}
        ],
        "exhibits": [{"id": "a", "title": "A", "summary": "s", "institution": "u", "trl": 12,
          "ip": "maybe", "cooperation": ["licensing", "barter"], "updated": "28/11/2022",
          "image": "data:image/png;base64,xx", "contact": {"email": "not an email"},
          "links": [{"label": "ok", "url": "https://ok.example"}, {"label": "x", "url": "vbscript:x"}]},
          {"id": "a", "title": "dup", "summary": "s", "institution": "u"},
          {"id": "e", "title": "  ", "summary": "s", "institution": "u"}]"#,
    );
    let (c, problems) = catalogue(&json);
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "$.institutions[0].url",
            "$.institutions[1].country",
            "$.institutions[2].id",
            "$.exhibits[0].trl",
            "$.exhibits[0].ip",
            "$.exhibits[0].cooperation[1]",
            "$.exhibits[0].contact.email",
            "$.exhibits[0].links[1].url",
            "$.exhibits[0].image",
            "$.exhibits[0].updated",
            "$.exhibits[1].id",
            "$.exhibits[2].title",
        ]
    );
    assert_eq!(c.institutions.len(), 1);
    assert_eq!(c.institutions[0].url, None);
    let a = &c.exhibits[0];
    assert_eq!((a.trl, a.ip, a.image.as_deref()), (None, None, None));
    assert_eq!(a.cooperation, [Cooperation::Licensing]);
    assert_eq!(a.links.len(), 1);
    assert_eq!(c.exhibits.len(), 1);
}

#[test]
fn an_index_resolves_its_catalogues_against_itself() {
    let json = r#"{"format": "showcase-index/1", "catalogues":
        ["a.json", "sub/b.json", "https://partner.example/c.json", "a.json", "javascript:x", 7]}"#;
    match parse_document(json, "https://cdn.example/app/catalogues/index.json").unwrap() {
        Document::Index {
            catalogues,
            problems,
            ..
        } => {
            assert_eq!(
                catalogues,
                [
                    "https://cdn.example/app/catalogues/a.json",
                    "https://cdn.example/app/catalogues/sub/b.json",
                    "https://partner.example/c.json",
                ]
            );
            let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
            assert_eq!(
                paths,
                ["$.catalogues[3]", "$.catalogues[4]", "$.catalogues[5]"]
            );
        }
        other => panic!("{other:?}"),
    }
}

fn parsed(id: &str, body: &str) -> Catalogue {
    catalogue(&doc(id, body)).0
}

#[test]
fn merging_unifies_shared_ids_and_keeps_exhibit_ids_unique() {
    let a = parsed(
        "a",
        r#""institutions": [{"id": "u", "name": {"en": "U"}, "country": "CN"}],
        "fields": [{"id": "f", "name": {"en": "F"}}],
        "exhibits": [{"id": "x", "title": "X", "summary": "s", "institution": "u", "fields": ["f"]}]"#,
    );
    let b = parsed(
        "b",
        r#""sample": true,
        "institutions": [{"id": "u", "name": {"en": "U2", "zh": "优"}, "country": "JP", "url": "https://u.example"}],
        "fields": [{"id": "f", "name": {"ja": "エフ"}}],
        "exhibits": [
          {"id": "x", "title": "X again", "summary": "s", "institution": "u"},
          {"id": "y", "title": "Y", "summary": "s", "institution": "nobody", "fields": ["f", "ghost"], "events": ["nope"]}
        ]"#,
    );
    let ex = Exhibition::merge([&a, &b]);
    assert_eq!(ex.institutions.len(), 1);
    let u = ex.institution("u").unwrap();
    assert_eq!(u.name.get("en").text, "U");
    assert_eq!(u.name.get("zh").text, "优");
    assert_eq!(u.country, "CN");
    assert_eq!(u.url.as_deref(), Some("https://u.example"));
    assert_eq!(ex.field("f").unwrap().name.get("ja").text, "エフ");
    let ids: Vec<_> = ex.exhibits.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["x", "y"]);
    assert_eq!(ex.exhibit_catalogue, [0, 1]);
    assert_eq!(ex.exhibits[1].fields, ["f"]);
    assert!(ex.exhibits[1].events.is_empty());
    assert!(ex.has_sample());
    assert_eq!(ex.country_of(&ex.exhibits[1]), "");
    let issues: Vec<&Issue> = ex.problems.iter().map(|p| &p.problem.issue).collect();
    assert_eq!(
        issues,
        [
            &Issue::CountryConflict {
                given: "JP".into(),
                kept: "CN".into()
            },
            &Issue::DuplicateExhibit(SRC.into()),
            &Issue::UnknownInstitution("nobody".into()),
            &Issue::UnknownField("ghost".into()),
            &Issue::UnknownEvent("nope".into()),
        ]
    );
    assert_eq!(
        ex.problems[2].problem.to_string(),
        "exhibit \"y\": names the unknown institution \"nobody\""
    );
}

#[test]
fn merge_order_is_the_listed_order() {
    let a = parsed(
        "a",
        r#""exhibits": [{"id": "a1", "title": "A", "summary": "", "institution": "u"}]"#,
    );
    let b = parsed(
        "b",
        r#""exhibits": [{"id": "b1", "title": "B", "summary": "", "institution": "u"}]"#,
    );
    let ab: Vec<_> = Exhibition::merge([&a, &b])
        .exhibits
        .into_iter()
        .map(|e| e.id.clone())
        .collect();
    let ba: Vec<_> = Exhibition::merge([&b, &a])
        .exhibits
        .into_iter()
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(ab, ["a1", "b1"]);
    assert_eq!(ba, ["b1", "a1"]);
}

#[test]
fn the_bundled_demo_is_valid_and_large_enough() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/catalogues");
    let index = std::fs::read_to_string(format!("{dir}/index.json")).unwrap();
    let Document::Index {
        catalogues,
        problems,
        ..
    } = parse_document(&index, "catalogues/index.json").unwrap()
    else {
        panic!("index.json is not an index")
    };
    assert!(problems.is_empty(), "{problems:?}");
    let mut loaded = Vec::new();
    for url in &catalogues {
        let path = format!("{dir}/{}", url.trim_start_matches("catalogues/"));
        let json = std::fs::read_to_string(&path).unwrap();
        let (c, problems) = match parse_document(&json, url).unwrap() {
            Document::Catalogue {
                catalogue,
                problems,
            } => (catalogue, problems),
            other => panic!("{url}: {other:?}"),
        };
        assert!(problems.is_empty(), "{url}: {problems:?}");
        assert!(c.sample, "{url} must say its entries are illustrative");
        loaded.push(c);
    }
    let ex = Exhibition::merge(&loaded);
    assert!(ex.problems.is_empty(), "{:?}", ex.problems);
    assert!(ex.exhibits.len() >= 60, "{} exhibits", ex.exhibits.len());
    for country in ["CN", "JP"] {
        assert!(ex.exhibits.iter().any(|e| ex.country_of(e) == country));
    }
    for field in &ex.fields {
        assert!(
            ex.exhibits.iter().any(|e| e.fields.contains(&field.id)),
            "{} unused",
            field.id
        );
    }
    for e in &ex.exhibits {
        let langs = match &e.title {
            Text::Tagged(pairs) => pairs.len(),
            Text::Plain(_) => 1,
        };
        assert!(langs >= 1 && !e.summary.is_blank(), "{}", e.id);
    }
}

mod one_pass {
    use super::super::parse::parse_carefully;
    use super::*;
    use proptest::prelude::*;

    /// Exhibit entries good and bad in every way the format allows: wrong shapes (which the
    /// one-pass reading cannot take) and wrong values (which it can).
    fn entry() -> impl Strategy<Value = String> {
        let id = prop::sample::select(vec!["\"a\"", "\"b\"", "\"B!\"", "7", "\"a\""]);
        let title =
            prop::sample::select(vec!["\"T\"", "{\"en\":\"T\",\"ja\":\"テ\"}", "\" \"", "[]"]);
        let trl = prop::sample::select(vec!["", ",\"trl\":4", ",\"trl\":12", ",\"trl\":\"high\""]);
        let extra = prop::sample::select(vec![
            "",
            ",\"ip\":\"maybe\"",
            ",\"ip\":\"gr\\u0061nted\"",
            ",\"cooperation\":[\"licensing\",\"barter\"]",
            ",\"image\":\"javascript:x\"",
            ",\"links\":[{\"label\":\"p\",\"url\":\"https://x.example\"}]",
            ",\"links\":[{\"url\":\"https://x.example\"}]",
            ",\"updated\":\"2022-13-01\"",
            ",\"contact\":{\"email\":\"no\"}",
            ",\"future\":{\"any\":[1]}",
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
        ) {
            let json = doc(
                "x",
                &format!(
                    r#""institutions": [{{"id": "u", "name": "U", "country": {country}}}],
                    "exhibits": [{}]"#,
                    entries.join(",")
                ),
            );
            prop_assert_eq!(parse_document(&json, SRC), parse_carefully(&json, SRC));
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
}
