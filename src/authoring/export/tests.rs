use std::sync::Arc;

use proptest::prelude::*;

use super::*;
use crate::authoring::csv_text;
use crate::authoring::import::{import, ImportOptions};
use crate::catalogue::*;

const SOURCE: &str = "https://example.org/c.json";

/// Trimmed, non-empty, and full of what cells make hard: `;`, `|`, `:`, `\`, line breaks,
/// formula starts and CJK.
fn string() -> impl Strategy<Value = String> {
    "[a-zé水稻;|:=+@'\\-\\\\\n ]{1,8}"
        .prop_filter("trimmed", |s| !s.trim().is_empty() && s.trim() == s)
}

fn text() -> impl Strategy<Value = Text> {
    let tags = prop::sample::subsequence(vec!["en", "zh", "ja", "ko"], 1..=4);
    prop_oneof![
        string().prop_map(Text::Plain),
        tags.prop_flat_map(|tags| {
            prop::collection::vec(string(), tags.len()).prop_map(move |strings| {
                Text::Tagged(tags.iter().map(|t| Tag::from(*t)).zip(strings).collect())
            })
        }),
    ]
}

fn url() -> impl Strategy<Value = String> {
    "https://x\\.example/[a-z;|]{0,4}"
}

fn date() -> impl Strategy<Value = String> {
    "20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])"
}

fn ids(prefix: &'static str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}-{i}")).collect()
}

fn exhibit(id: String) -> impl Strategy<Value = Exhibit> {
    let keywords = prop_oneof![
        prop::collection::vec(string().prop_map(Text::Plain), 0..3),
        prop::collection::vec(
            text().prop_filter("tagged", |t| matches!(t, Text::Tagged(_))),
            0..3
        ),
    ];
    let contact = prop::option::of(
        (
            prop::option::of(string()),
            prop::option::of("[a-z]{1,5}@[a-z]{1,5}\\.example"),
            prop::option::of(url()),
        )
            .prop_filter("some part", |(a, b, c)| {
                a.is_some() || b.is_some() || c.is_some()
            })
            .prop_map(|(name, email, url)| Contact { name, email, url }),
    );
    let patent = (
        string(),
        prop::option::of("[A-Z]{2}"),
        prop::option::of(prop::sample::select(PatentStatus::ALL)),
        prop::option::of(url()),
        prop::option::of(text()),
    )
        .prop_map(|(number, office, status, url, title)| Patent {
            number,
            office,
            status,
            url,
            title,
        });
    let inventor = (text(), prop::option::of(url())).prop_map(|(name, url)| Inventor { name, url });
    let media = (
        prop::sample::select(MediaKind::ALL),
        url(),
        prop::option::of(text()),
    )
        .prop_map(|(kind, url, caption)| Media { kind, url, caption });
    let link = (text(), url()).prop_map(|(label, url)| Link { label, url });
    (
        (
            text(),
            text(),
            prop::sample::subsequence(ids("f", 3), 0..3),
            keywords,
            prop::option::of(1u8..=9),
            prop::option::of(prop::sample::select(IpStatus::ALL)),
        ),
        (
            prop::sample::subsequence(Cooperation::ALL.to_vec(), 0..3),
            prop::option::of(url()),
            contact,
            prop::collection::vec(link, 0..3),
            prop::sample::subsequence(ids("ev", 2), 0..2),
            prop::option::of(date()),
        ),
        (
            prop::collection::vec(patent, 0..2),
            prop::collection::vec(inventor, 0..2),
            prop::collection::vec(media, 0..2),
        ),
    )
        .prop_map(
            move |(
                (title, summary, fields, keywords, trl, ip),
                (cooperation, image, contact, links, events, updated),
                (patents, inventors, media),
            )| Exhibit {
                id: id.clone(),
                title,
                summary,
                institution: "inst-0".into(),
                fields,
                keywords,
                trl,
                ip,
                cooperation,
                image,
                contact,
                links,
                events,
                updated,
                patents,
                inventors,
                media,
            },
        )
}

fn catalogue() -> impl Strategy<Value = Catalogue> {
    let institution = |id: String| {
        (
            text(),
            prop::sample::select(vec!["JP", "CN"]),
            prop::option::of(url()),
            prop::option::of(url()),
        )
            .prop_map(move |(name, country, url, logo)| Institution {
                id: id.clone(),
                name,
                country: country.into(),
                url,
                logo,
            })
    };
    let event = |id: String| {
        (
            text(),
            prop::option::of(date()),
            prop::option::of(prop::sample::select(EventKind::ALL)),
            prop::option::of(text()),
            prop::option::of(date()),
            prop::option::of(date()),
            prop::sample::subsequence(ids("inst", 2), 0..2),
        )
            .prop_map(
                move |(name, date, kind, description, start, end, institutions)| Event {
                    id: id.clone(),
                    name,
                    // The model's day is the start's when only a start is given.
                    date: date.or_else(|| start.clone()),
                    kind,
                    description,
                    start,
                    end,
                    institutions,
                },
            )
    };
    (
        (
            text(),
            prop::option::of(text()),
            prop::option::of(date()),
            any::<bool>(),
        ),
        (0usize..3).prop_flat_map(move |n| {
            ids("inst", n)
                .into_iter()
                .map(institution)
                .collect::<Vec<_>>()
        }),
        prop::collection::vec(text(), 0..3),
        (0usize..3).prop_flat_map(move |n| ids("ev", n).into_iter().map(event).collect::<Vec<_>>()),
        (1usize..4).prop_flat_map(|n| ids("ex", n).into_iter().map(exhibit).collect::<Vec<_>>()),
    )
        .prop_map(
            |(
                (title, description, updated, sample),
                institutions,
                field_names,
                events,
                exhibits,
            )| Catalogue {
                source: SOURCE.into(),
                id: "generated".into(),
                title,
                description,
                updated,
                sample,
                institutions,
                fields: (field_names.into_iter().enumerate())
                    .map(|(i, name)| Field {
                        id: format!("f-{i}"),
                        name,
                    })
                    .collect(),
                events,
                exhibits: exhibits.into_iter().map(Arc::new).collect(),
            },
        )
}

/// Export, through CSV text and back, import, and read.
fn round_trip(c: &Catalogue) -> Catalogue {
    let mut book = export(c);
    for sheet in &mut book.sheets {
        *sheet = csv_text::read(&sheet.name, csv_text::write(sheet).as_bytes()).unwrap();
    }
    let options = ImportOptions {
        source: SOURCE.into(),
        ..ImportOptions::default()
    };
    let imported = import(book, &options);
    let json = imported
        .json
        .unwrap_or_else(|| panic!("{:?}", imported.problems));
    match parse_document(&json, SOURCE) {
        Ok(Document::Catalogue {
            catalogue,
            problems,
        }) => {
            assert_eq!(problems, [], "{json}");
            catalogue
        }
        other => panic!("{other:?}"),
    }
}

proptest! {
    #[test]
    fn import_reads_back_what_export_wrote(c in catalogue()) {
        prop_assert_eq!(round_trip(&c), c);
    }
}

#[test]
fn the_shipped_demo_catalogues_survive_the_round_trip() {
    for name in ["forum-2022-china.json", "forum-2022-japan.json"] {
        let path = format!("{}/public/catalogues/{name}", env!("CARGO_MANIFEST_DIR"));
        let json = std::fs::read_to_string(path).unwrap();
        let Ok(Document::Catalogue { catalogue, .. }) = parse_document(&json, SOURCE) else {
            panic!("{name} reads");
        };
        assert_eq!(round_trip(&catalogue), catalogue, "{name}");
    }
}

#[test]
fn cells_that_start_like_formulas_are_guarded() {
    let mut c = round_trip_seed();
    Arc::make_mut(&mut c.exhibits[0]).title = Text::Plain("=HYPERLINK(\"x\")".into());
    let book = export(&c);
    let exhibits = &book.sheets[0];
    assert_eq!(exhibits.name, "exhibits");
    assert_eq!(exhibits.rows[0][..3], ["id", "title", "summary.en"]);
    assert_eq!(exhibits.rows[1][1], "'=HYPERLINK(\"x\")");
    assert_eq!(round_trip(&c), c);
}

fn round_trip_seed() -> Catalogue {
    let json = r#"{"format": "showcase/1", "id": "c", "title": "C", "exhibits": [
        {"id": "a", "title": "A", "summary": {"en": "S"}, "institution": "u"}]}"#;
    match parse_document(json, SOURCE) {
        Ok(Document::Catalogue { catalogue, .. }) => catalogue,
        other => panic!("{other:?}"),
    }
}
