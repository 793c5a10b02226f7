//! Many catalogues, one exhibition; and the bundled demo.

use super::*;

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
    assert_eq!(ex.institution(&ex.exhibits[1].institution), None);
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
        assert!(ex.exhibits.iter().any(|e| ex
            .institution(&e.institution)
            .is_some_and(|i| i.country == country)));
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
