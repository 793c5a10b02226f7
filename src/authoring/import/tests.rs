use super::*;
use crate::authoring::sheet::Range;
use crate::catalogue::{parse_document, Catalogue, Document, IpStatus, PatentStatus};

fn sheet(name: &str, rows: &[&[&str]]) -> Sheet {
    let rows = rows
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    Sheet::new(name, rows)
}

const HEAD: &[&[&str]] = &[
    &["id", "title.en", "title.ja", "updated", "sample"],
    &["forum", "Forum", "フォーラム", "2022-11-28", "yes"],
];

fn options() -> ImportOptions {
    ImportOptions {
        source: "https://example.org/c.json".into(),
        ..ImportOptions::default()
    }
}

fn run(sheets: Vec<Sheet>) -> Imported {
    import(Workbook { sheets }, &options())
}

fn catalogue(imported: &Imported) -> Catalogue {
    let json = imported.json.as_deref().expect("a catalogue was written");
    match parse_document(json, "https://example.org/c.json") {
        Ok(Document::Catalogue {
            catalogue,
            problems,
        }) => {
            assert_eq!(problems, [], "the written catalogue loads without problems");
            catalogue
        }
        other => panic!("{other:?}"),
    }
}

fn messages(imported: &Imported) -> Vec<String> {
    imported.problems.iter().map(ToString::to_string).collect()
}

#[test]
fn every_column_reaches_the_catalogue() {
    let exhibits = sheet(
        "exhibits",
        &[
            &[
                "id",
                "title.en",
                "title.zh",
                "summary.en",
                "institution",
                "fields",
                "keywords.en",
                "keywords.ja",
                "trl",
                "ip",
                "cooperation",
                "contact.name",
                "contact.email",
                "contact.url",
                "image",
                "links",
                "events",
                "updated",
            ],
            &[
                "rice",
                "Rice",
                "水稻",
                "Salt-tolerant",
                "kyoto-u",
                "agri; bio",
                "rice; ; salt",
                "稲; 米;",
                "5.0",
                "pending",
                "licensing; joint-research",
                "TTO",
                "tto@k.example",
                "https://k.example/tto",
                "img/r.png",
                "Paper | https://doi.org/1\nen: Site | ja: サイト | https://k.example",
                "forum-day1",
                "2022-11-01",
            ],
        ],
    );
    let institutions = sheet(
        "institutions",
        &[
            &["id", "name.en", "name.ja", "country", "url", "logo"],
            &[
                "kyoto-u",
                "Kyoto U",
                "京大",
                "jp",
                "https://k.example",
                "logo.png",
            ],
        ],
    );
    let fields = sheet(
        "fields",
        &[
            &["id", "name.en"],
            &["agri", "Agriculture"],
            &["bio", "Bio"],
        ],
    );
    let events = sheet(
        "events",
        &[
            &[
                "id",
                "name.en",
                "kind",
                "start",
                "end",
                "description.en",
                "institutions",
            ],
            &[
                "forum-day1",
                "Day 1",
                "forum",
                "2022-11-28T09:30+08:00",
                "2022-11-28",
                "Opening",
                "kyoto-u",
            ],
        ],
    );
    let patents = sheet(
        "patents",
        &[
            &["exhibit", "number", "office", "status", "url", "title.en"],
            &[
                "rice",
                "JP2021-1",
                "JP",
                "granted",
                "https://p.example/1",
                "Rice patent",
            ],
        ],
    );
    let inventors = sheet(
        "inventors",
        &[
            &["exhibit", "name.en", "name.ja", "url"],
            &["rice", "Sato", "佐藤", "https://s.example"],
        ],
    );
    let media = sheet(
        "media",
        &[
            &["exhibit", "kind", "url", "caption.en"],
            &["rice", "video", "https://v.example/1", "Field trial"],
        ],
    );
    let head = sheet("catalogue", HEAD);
    let imported = run(vec![
        exhibits,
        head,
        institutions,
        fields,
        events,
        patents,
        inventors,
        media,
    ]);
    assert_eq!(messages(&imported), Vec::<String>::new());
    assert_eq!(imported.exit_code, 0);
    let json = imported.json.as_deref().unwrap();
    assert!(json.contains("\"format\": \"showcase/1.1\""), "{json}");
    let c = catalogue(&imported);
    assert!(c.sample);
    assert_eq!(c.updated.as_deref(), Some("2022-11-28"));
    assert_eq!(c.title.get("ja").text, "フォーラム");
    assert_eq!(c.institutions[0].country, "JP");
    assert_eq!(
        c.institutions[0].logo.as_deref(),
        Some("https://example.org/logo.png")
    );
    assert_eq!(c.fields.len(), 2);
    let ev = &c.events[0];
    assert_eq!(ev.date.as_deref(), Some("2022-11-28"));
    assert_eq!(ev.institutions, ["kyoto-u"]);
    let e = &c.exhibits[0];
    assert_eq!(e.title.get("zh").text, "水稻");
    assert_eq!(e.fields, ["agri", "bio"]);
    // The n-th keyword of each language is one keyword; an empty item is no string.
    assert_eq!(e.keywords.len(), 3);
    assert_eq!(e.keywords[0].get("ja").text, "稲");
    assert_eq!(e.keywords[1].get("en").text, "米");
    assert_eq!(
        e.keywords[2],
        Text::Tagged(vec![(Tag::from("en"), "salt".into())])
    );
    assert_eq!(e.trl, Some(5));
    assert_eq!(e.ip, Some(IpStatus::Pending));
    assert_eq!(e.cooperation.len(), 2);
    let contact = e.contact.as_ref().unwrap();
    assert_eq!(contact.email.as_deref(), Some("tto@k.example"));
    assert_eq!(e.image.as_deref(), Some("https://example.org/img/r.png"));
    assert_eq!(e.links.len(), 2);
    assert_eq!(e.links[1].label.get("ja").text, "サイト");
    assert_eq!(e.events, ["forum-day1"]);
    assert_eq!(e.updated.as_deref(), Some("2022-11-01"));
    assert_eq!(e.patents[0].status, Some(PatentStatus::Granted));
    assert_eq!(e.inventors[0].name.get("ja").text, "佐藤");
    assert_eq!(
        e.media[0].caption.as_ref().unwrap().get("en").text,
        "Field trial"
    );
}

/// An exhibits sheet whose row 12 (the 11th exhibit) carries `trl`, in column F.
fn with_trl(trl: &str) -> Vec<Sheet> {
    let mut rows: Vec<Vec<String>> = vec![[
        "id",
        "title.en",
        "summary.en",
        "institution",
        "fields",
        "trl",
    ]
    .map(String::from)
    .to_vec()];
    for n in 1..=11 {
        let trl = if n == 11 { trl } else { "4" };
        rows.push(
            [&format!("e{n}"), "T", "S", "u", "", trl]
                .map(|s| s.to_string())
                .to_vec(),
        );
    }
    let institutions = sheet(
        "institutions",
        &[&["id", "name", "country"], &["u", "U", "JP"]],
    );
    vec![
        Sheet::new("exhibits", rows),
        sheet("catalogue", HEAD),
        institutions,
    ]
}

#[test]
fn a_cell_that_is_no_trl_is_named_in_a1_style() {
    let imported = run(with_trl("twelve"));
    assert_eq!(
        messages(&imported),
        ["exhibits!F12: \"twelve\" is not a TRL (a whole number from 1 to 9); ignored"]
    );
    assert_eq!(imported.exit_code, 1);
    assert_eq!(catalogue(&imported).exhibits[10].trl, None);
}

#[test]
fn problems_of_the_catalogue_check_map_back_to_cells_and_leave_the_value_out() {
    let imported = run(with_trl("12"));
    assert_eq!(
        messages(&imported),
        ["exhibits!F12: 12 is outside the TRL scale 1–9; ignored"]
    );
    assert_eq!(
        imported.problems[0].path.as_deref(),
        Some("$.exhibits[10].trl")
    );
    let json = imported.json.as_deref().unwrap();
    assert!(
        !json.contains("12"),
        "the refused value is not written: {json}"
    );
    assert_eq!(catalogue(&imported).exhibits.len(), 11);
}

#[test]
fn bad_rows_are_reported_and_left_out() {
    let exhibits = sheet(
        "exhibits",
        &[
            &[
                "id",
                "title.en",
                "summary.en",
                "institution",
                "cooperation",
                "links",
            ],
            &[
                "good",
                "G",
                "S",
                "u",
                "licensing; dancing",
                "Site | javascript:alert(1)",
            ],
            &["", "No id", "S", "u", "", ""],
            &["Bad Id", "B", "S", "u", "", ""],
            &["untitled", "", "S", "u", "", ""],
            &["good", "Again", "S", "u", "", ""],
            &["nosummary", "N", "", "u", "", "just text"],
            &["", "", "", "", "", ""],
        ],
    );
    let patents = sheet(
        "patents",
        &[&["exhibit", "number"], &["ghost", "JP1"], &["good", " "]],
    );
    let institutions = sheet(
        "institutions",
        &[&["id", "name", "country"], &["u", "U", "Japan"]],
    );
    let imported = run(vec![
        exhibits,
        sheet("catalogue", HEAD),
        patents,
        institutions,
    ]);
    assert_eq!(
        messages(&imported),
        [
            "exhibits!D2: names the unknown institution \"u\"",
            "exhibits!E2: unknown cooperation mode \"dancing\"; ignored",
            "exhibits!F2: the scheme \"javascript:\" is not allowed (only http, https, mailto and relative URLs); the URL was dropped",
            "exhibits!A3: this row has no id; left out",
            "exhibits!A4: \"Bad Id\" is not a valid id (use a-z, 0-9, '-' and '_'); entry skipped",
            "exhibits!B5: the title is empty; entry skipped",
            "exhibits!A6: the id \"good\" is used twice; later entry skipped",
            "exhibits!7: missing field `summary`; entry skipped",
            "exhibits!F7: \"just text\" is not a link: write `label | url`, one per line; ignored",
            "institutions!C2: \"Japan\" is not an ISO 3166-1 alpha-2 country code; entry skipped",
            "patents!A2: names the exhibit \"ghost\", which the exhibits sheet does not have; row left out",
            "patents!B3: the patent number is empty; entry skipped",
        ]
    );
    let c = catalogue(&imported);
    let ids: Vec<&str> = c.exhibits.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["good"]);
    assert!(c.exhibits[0].links.is_empty() && c.exhibits[0].patents.is_empty());
    assert!(imported
        .json
        .as_deref()
        .unwrap()
        .contains("\"format\": \"showcase/1\""));
}

#[test]
fn sheets_that_cannot_be_read_write_nothing() {
    let cases: [(Vec<Sheet>, &str); 4] = [
        (vec![], "the sheet is empty"),
        (vec![sheet("exhibits", &[])], "exhibits: the sheet is empty"),
        (
            vec![sheet("exhibits", &[&["", ""], &["x", "y"]])],
            "exhibits!1: the first row, the header, is empty",
        ),
        (
            vec![sheet("exhibits", &[&["id"], &["x"]])],
            "the catalogue has no id",
        ),
    ];
    for (sheets, message) in cases {
        let imported = run(sheets);
        assert_eq!(imported.json, None, "{message}");
        assert_eq!(imported.exit_code, 2);
        assert!(
            messages(&imported)[0].starts_with(message),
            "{:?}",
            messages(&imported)
        );
    }
}

#[test]
fn the_command_line_supplies_or_overrides_the_head() {
    let exhibits = sheet(
        "exhibits",
        &[
            &["id", "title", "summary", "institution"],
            &["x", "X", "S", "u"],
        ],
    );
    let options = ImportOptions {
        id: Some("mine".into()),
        title: Some("Mine".into()),
        ..options()
    };
    let imported = import(
        Workbook {
            sheets: vec![exhibits, sheet("catalogue", HEAD)],
        },
        &options,
    );
    let c = catalogue(&imported);
    assert_eq!((c.id.as_str(), c.title.get("en").text), ("mine", "Mine"));
    assert_eq!(c.exhibits[0].title, Text::Plain("X".into()));
}

#[test]
fn merged_cells_and_unknown_sheets_are_warnings_and_guards_are_removed() {
    let mut exhibits = sheet(
        "exhibits",
        &[
            &["id", "title", "summary", "institution"],
            &["a", "'=A", "S", "u"],
            &["b", "B", "S", ""],
        ],
    );
    exhibits.merged.push(Range {
        first: (1, 3),
        last: (2, 3),
    });
    let institutions = sheet(
        "institutions",
        &[&["id", "name", "country"], &["u", "U", "JP"]],
    );
    let imported = run(vec![
        exhibits,
        sheet("catalogue", HEAD),
        sheet("notes", &[&["x"]]),
        institutions,
    ]);
    assert_eq!(
        messages(&imported),
        [
            "warning: unknown sheet \"notes\"; ignored (known: catalogue, exhibits, institutions, fields, events, patents, inventors, media)",
            "exhibits!D2: warning: merged cells D2:D3: the value of the first cell is used for each of them",
        ]
    );
    let c = catalogue(&imported);
    assert_eq!(c.exhibits[0].title, Text::Plain("=A".into()));
    assert_eq!(c.exhibits[1].institution, "u");
}

#[test]
fn the_exhibits_sheet_is_found_by_name_or_as_the_first_other_one() {
    let exhibits = sheet(
        "Sheet1",
        &[
            &["id", "title", "summary", "institution"],
            &["x", "X", "S", "u"],
        ],
    );
    let imported = run(vec![sheet("Catalogue", HEAD), exhibits]);
    assert_eq!(catalogue(&imported).exhibits.len(), 1);
}
