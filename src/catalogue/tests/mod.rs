//! Good documents and bad ones; merging (`merge`); the one-pass reading against the careful
//! one (`one_pass`).

use super::*;

mod format_1_1;
mod merge;
mod one_pass;

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
    // A format of the wrong type is quoted as the author wrote it.
    assert_eq!(
        parse_document(r#"{"format": {"v": [1, true]}}"#, SRC).unwrap_err(),
        LoadError::Invalid {
            path: "$.format".into(),
            message: r#"expected a string, found {"v": [1, true]}"#.into()
        }
    );
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

#[test]
fn an_index_says_what_its_exhibition_is_and_who_organises_it() {
    let json = r#"{"format": "showcase-index/1.1", "catalogues": ["a.json"],
        "about": {"en": "Since 2010.", "ja": "2010年から。"},
        "organisers": [
            {"name": "CAIEP", "role": {"en": "Co-host"}, "url": "https://caiep.example/"},
            {"name": "JST", "role": "Co-host", "url": "javascript:alert(1)"},
            {"name": "No role"},
            {"name": {"en": "Hubei"}, "role": "Presented by", "url": "hubei.html"}
        ]}"#;
    let Document::Index {
        about, problems, ..
    } = parse_document(json, "https://cdn.example/app/catalogues/index.json").unwrap()
    else {
        panic!("an index");
    };
    assert_eq!(
        about.text,
        Some(Text::Tagged(vec![
            ("en".into(), "Since 2010.".into()),
            ("ja".into(), "2010年から。".into()),
        ]))
    );
    let names: Vec<_> = about.organisers.iter().map(|o| o.name.clone()).collect();
    assert_eq!(
        names,
        [
            Text::from("CAIEP"),
            Text::from("JST"),
            Text::Tagged(vec![("en".into(), "Hubei".into())])
        ]
    );
    let urls: Vec<_> = about.organisers.iter().map(|o| o.url.as_deref()).collect();
    assert_eq!(
        urls,
        [
            Some("https://caiep.example/"),
            None,
            Some("https://cdn.example/app/catalogues/hubei.html")
        ]
    );
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["$.organisers[1].url", "$.organisers[2]"]);
}

#[test]
fn a_bad_about_costs_only_itself() {
    let json = r#"{"format": "showcase-index/1.1", "catalogues": ["a.json"], "about": 7, "organisers": {"name": "x"}}"#;
    let Document::Index {
        about,
        catalogues,
        problems,
        ..
    } = parse_document(json, "https://cdn.example/index.json").unwrap()
    else {
        panic!("an index");
    };
    assert!(about.is_empty());
    assert_eq!(catalogues.len(), 1);
    let paths: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["$.about", "$.organisers"]);
}
