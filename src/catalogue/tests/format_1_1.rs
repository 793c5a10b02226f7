//! Format 1.1: its optional keys are read, checked value by value, and merged.

use super::*;

const V11: &str = r#"{
  "format": "showcase/1.1", "id": "demo", "title": "Demo",
  "institutions": [{"id": "u", "name": "U", "country": "JP"}, {"id": "v", "name": "V", "country": "CN"}],
  "events": [
    {"id": "main", "name": "Main forum", "kind": "forum", "description": {"en": "Opening", "ja": "開会"},
     "start": "2022-11-28T09:30+08:00", "end": "2022-11-28T12:00+08:00", "institutions": ["u", "v", "u"]},
    {"id": "bad", "name": "Bad", "kind": "party", "start": "2022-11-28T09:30", "end": "tomorrow"}
  ],
  "exhibits": [{
    "id": "a", "title": "A", "summary": "", "institution": "u", "events": ["main"],
    "patents": [
      {"number": " JP2021-123456 ", "office": "JP", "status": "granted", "url": "https://example.org/p", "title": {"en": "Valve"}},
      {"number": "CN1", "status": "maybe", "url": "javascript:alert(1)"},
      {"number": "  "}
    ],
    "inventors": [{"name": {"en": "Hanako Sato"}, "url": "people/sato.html"}, {"name": ""}],
    "media": [
      {"kind": "image", "url": "img/a.png", "caption": {"en": "The valve"}},
      {"kind": "video", "url": "https://example.org/v"},
      {"kind": "hologram", "url": "https://example.org/h"},
      {"kind": "document", "url": "ftp://example.org/d.pdf"}
    ]
  }]
}"#;

#[test]
fn the_new_keys_are_read_into_the_model() {
    let (c, _) = catalogue(V11);
    let main = &c.events[0];
    assert_eq!(main.kind, Some(EventKind::Forum));
    assert_eq!(main.start.as_deref(), Some("2022-11-28T09:30+08:00"));
    assert_eq!(
        main.date.as_deref(),
        Some("2022-11-28"),
        "the day comes from the start"
    );
    assert_eq!(main.institutions, ["u", "v"]);
    let e = &c.exhibits[0];
    assert_eq!(e.patents[0].number, "JP2021-123456");
    assert_eq!(e.patents[0].status, Some(PatentStatus::Granted));
    assert_eq!(e.patents[1].status, None);
    assert_eq!(e.patents[1].url, None);
    assert_eq!(e.patents.len(), 2);
    assert_eq!(
        e.inventors[0].url.as_deref(),
        Some("https://cdn.example/app/catalogues/people/sato.html")
    );
    assert_eq!(e.inventors.len(), 1);
    let kinds: Vec<MediaKind> = e.media.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [MediaKind::Image, MediaKind::Video]);
    assert_eq!(
        e.media[0].url,
        "https://cdn.example/app/catalogues/img/a.png"
    );
}

#[test]
fn each_bad_value_is_a_located_problem_that_costs_only_itself() {
    let (_, problems) = catalogue(V11);
    let found: Vec<(&str, &Issue)> = problems
        .iter()
        .map(|p| (p.path.as_str(), &p.issue))
        .collect();
    assert_eq!(
        found,
        [
            ("$.events[1].kind", &Issue::EventKind("party".into())),
            (
                "$.events[1].start",
                &Issue::DateTime("2022-11-28T09:30".into())
            ),
            ("$.events[1].end", &Issue::DateTime("tomorrow".into())),
            (
                "$.exhibits[0].patents[1].status",
                &Issue::PatentStatus("maybe".into())
            ),
            (
                "$.exhibits[0].patents[1].url",
                &Issue::Url(LinkError::Scheme("javascript".into()))
            ),
            ("$.exhibits[0].patents[2].number", &Issue::EmptyPatentNumber),
            ("$.exhibits[0].inventors[1].name", &Issue::EmptyName),
            (
                "$.exhibits[0].media[2].kind",
                &Issue::MediaKind("hologram".into())
            ),
            (
                "$.exhibits[0].media[3].url",
                &Issue::Url(LinkError::Scheme("ftp".into()))
            ),
        ]
    );
}

#[test]
fn a_1_0_document_reads_as_before_and_a_1_0_reader_ignores_the_new_keys() {
    let (c, problems) = catalogue(GOOD);
    assert!(problems.is_empty());
    assert!(c.exhibits[0].patents.is_empty() && c.events[0].kind.is_none());
    // The 1.0 wire structs are the 1.1 ones minus keys: serde ignores unknown keys, which
    // is what a 1.0 reader does with a 1.1 document (the e2e schema test checks the schema).
    assert!(matches!(
        parse_document(&V11.replace("showcase/1.1", "showcase/1"), SRC),
        Ok(Document::Catalogue { .. })
    ));
}

#[test]
fn merged_sessions_join_the_participants_each_catalogue_names() {
    let japan = doc(
        "jp",
        r#""institutions": [{"id": "u", "name": "U", "country": "JP"}],
           "events": [{"id": "main", "name": "Main", "institutions": ["u", "nowhere"]}]"#,
    );
    let china = doc(
        "cn",
        r#""institutions": [{"id": "v", "name": "V", "country": "CN"}],
           "events": [{"id": "main", "name": {"zh": "主论坛"}, "kind": "forum", "institutions": ["v", "u"]}]"#,
    );
    let (a, _) = catalogue(&japan);
    let (b, _) = catalogue(&china);
    let ex = Exhibition::merge([&a, &b]);
    let main = ex.event("main").unwrap();
    assert_eq!(main.institutions, ["u", "v"]);
    assert_eq!(
        main.kind,
        Some(EventKind::Forum),
        "a later catalogue may fill in the kind"
    );
    assert_eq!(ex.problems.len(), 1);
    assert_eq!(ex.problems[0].problem.path, "event \"main\"");
    assert_eq!(
        ex.problems[0].problem.issue,
        Issue::UnknownInstitution("nowhere".into())
    );
}

#[test]
fn date_times_need_their_offset() {
    for good in [
        "2022-11-28T09:30Z",
        "2022-11-28T09:30:15+09:00",
        "2022-11-28T23:59-05:00",
    ] {
        assert!(is_date_time(good), "{good}");
    }
    for bad in [
        "2022-11-28T09:30",
        "2022-11-28 09:30+08:00",
        "2022-11-28T24:00Z",
        "2022-11-28T09:30+8",
        "2022-11-28T09:30++1:00",
        "2022-11-28T+1:30Z",
        "2022-13-01T09:30Z",
        "T09:30Z",
    ] {
        assert!(!is_date_time(bad), "{bad}");
    }
}
