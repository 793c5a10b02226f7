//! A selection of exhibits as files a visitor takes away: CSV for a spreadsheet (the columns
//! of the authoring template, then the names a reader wants) and JSON (a catalogue of just
//! those exhibits with the institutions, fields and sessions they name, which the app and
//! `showcase-cli` read without a problem). Only the lazily loaded bundle links this: it
//! writes through the authoring tools.

use std::sync::Arc;

use crate::authoring::cells::guard;
use crate::authoring::csv_text;
use crate::authoring::export::export as to_sheets;
use crate::catalogue::{to_json, Catalogue, Exhibition, Text};
use crate::i18n::Lang;
use crate::labels::country_name;

/// Columns after the template's, for people rather than the importer (which ignores them).
pub const READER_COLUMNS: [&str; 4] =
    ["institution_name", "country_name", "patent_numbers", "link"];

/// The catalogue of `indices` (exhibits of `exhibition`, in that order): the institutions,
/// fields and sessions they name, in the exhibition's order; marked a sample when any of
/// them comes from a sample catalogue. `updated` is today (YYYY-MM-DD).
pub fn selection(
    exhibition: &Exhibition,
    indices: &[usize],
    id: &str,
    title: &Text,
    updated: &str,
) -> Catalogue {
    let exhibits: Vec<Arc<_>> = indices
        .iter()
        .map(|&i| exhibition.exhibits[i].clone())
        .collect();
    let named = |pick: &dyn Fn(&crate::catalogue::Exhibit) -> Vec<&str>, id: &str| {
        exhibits.iter().any(|e| pick(e).contains(&id))
    };
    let institutions: Vec<_> = (exhibition.institutions.iter())
        .filter(|i| named(&|e| vec![e.institution.as_str()], &i.id))
        .cloned()
        .collect();
    let fields = (exhibition.fields.iter())
        .filter(|f| named(&|e| e.fields.iter().map(String::as_str).collect(), &f.id))
        .cloned()
        .collect();
    let events = (exhibition.events.iter())
        .filter(|ev| named(&|e| e.events.iter().map(String::as_str).collect(), &ev.id))
        .map(|ev| {
            let mut ev = ev.clone();
            // Participants outside the selection would be unknown to a reader of the file.
            ev.institutions
                .retain(|p| institutions.iter().any(|i| i.id == *p));
            ev
        })
        .collect();
    let sample = indices
        .iter()
        .any(|&i| exhibition.catalogues[exhibition.exhibit_catalogue[i]].sample);
    Catalogue {
        source: String::new(),
        id: id.to_owned(),
        title: title.clone(),
        description: None,
        updated: Some(updated.to_owned()),
        sample,
        institutions,
        fields,
        events,
        exhibits,
    }
}

/// The selection as JSON, in the catalogue format.
pub fn json(selection: &Catalogue) -> String {
    to_json(selection)
}

/// The selection as one CSV sheet: UTF-8 with a byte-order mark (so Excel reads Chinese and
/// Japanese right), every cell through the formula guard. `link` gives an exhibit's
/// permanent link by id; names are in `lang`.
pub fn csv(selection: &Catalogue, lang: Lang, link: &dyn Fn(&str) -> String) -> String {
    let mut book = to_sheets(selection);
    let Some(mut sheet) = (!book.sheets.is_empty()).then(|| book.sheets.swap_remove(0)) else {
        return String::new();
    };
    let code = lang.code();
    for (row, cells) in sheet.rows.iter_mut().enumerate() {
        if row == 0 {
            cells.extend(READER_COLUMNS.map(str::to_owned));
            continue;
        }
        let Some(exhibit) = selection.exhibits.get(row - 1) else {
            continue;
        };
        let institution = selection
            .institutions
            .iter()
            .find(|i| i.id == exhibit.institution);
        let patents: Vec<&str> = exhibit.patents.iter().map(|p| p.number.as_str()).collect();
        cells.extend(
            [
                institution.map_or(String::new(), |i| i.name.get(code).text.to_owned()),
                institution.map_or(String::new(), |i| country_name(lang, &i.country)),
                patents.join("; "),
                link(&exhibit.id),
            ]
            .map(guard),
        );
    }
    csv_text::write(&sheet)
}

/// What an export holds, as its file name says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exported {
    /// Exhibits a link names (a shortlist).
    List,
    /// The current search and filters' results.
    Results,
}

impl Exported {
    pub fn file_part(self) -> &'static str {
        match self {
            Exported::List => "shortlist",
            Exported::Results => "results",
        }
    }
}

/// The exhibition's name in ASCII for a file or catalogue id: `china-japan-forum`, or
/// `showcase` for a name without Latin letters or digits (a Chinese or Japanese title).
pub fn name_slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.truncate(60);
    match slug.trim_end_matches('-') {
        "" => "showcase".to_owned(),
        slug => slug.to_owned(),
    }
}

/// `china-japan-forum-shortlist-2026-12-01.csv`: the exhibition, what was exported, the day.
pub fn file_name(name: &str, what: Exported, day: &str, extension: &str) -> String {
    format!("{}-{}-{day}.{extension}", name_slug(name), what.file_part())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::authoring::import::{import, ImportOptions};
    use crate::authoring::sheet::Workbook;
    use crate::catalogue::{parse_document, Document};
    use crate::follow_up::fixture::exhibition;

    fn link(id: &str) -> String {
        format!("https://cdn.example/?exhibit={id}")
    }

    fn read(json: &str) -> (Catalogue, usize) {
        match parse_document(json, "https://x.example/c.json").unwrap() {
            Document::Catalogue {
                catalogue,
                problems,
            } => (catalogue, problems.len()),
            other => panic!("not a catalogue: {other:?}"),
        }
    }

    #[test]
    fn the_json_is_a_clean_catalogue_of_just_the_selection() {
        let ex = exhibition();
        let pick = selection(&ex, &[3, 0], "forum", &"Forum".into(), "2026-12-01");
        let (back, problems) = read(&json(&pick));
        assert_eq!(problems, 0);
        let ids: Vec<&str> = back.exhibits.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["seed", "rice"]);
        let inst: Vec<&str> = back.institutions.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(inst, ["kyoto-u", "hust"]);
        assert_eq!(back.fields.len(), 2);
        assert_eq!(back.events.len(), 1);
        assert!(back.sample);
        assert_eq!(back.exhibits[1], ex.exhibits[0]);
        assert_eq!(Exhibition::merge([&back]).problems, []);
    }

    #[test]
    fn the_csv_opens_in_excel_as_utf8_and_reads_back_through_the_importer() {
        let ex = exhibition();
        let pick = selection(&ex, &[0, 1, 3], "forum", &"Forum".into(), "2026-12-01");
        let text = csv(&pick, Lang::Zh, &link);
        assert!(text.starts_with('\u{feff}'));
        let sheet = csv_text::read("exhibits", text.as_bytes()).unwrap();
        let head = &sheet.rows[0];
        assert_eq!(head[0], "id");
        assert_eq!(&head[head.len() - 4..], READER_COLUMNS);
        assert_eq!(sheet.rows.len(), 4);
        let row = &sheet.rows[3];
        assert!(row.contains(&"种子库".to_owned()) && row.contains(&"华中科技大学".to_owned()));
        assert_eq!(row.last().unwrap(), "https://cdn.example/?exhibit=seed");
        assert!(sheet.rows[1].contains(&"米と豆".to_owned()));
        // The importer takes the exhibits back (the reader columns are ignored with a warning).
        let mut book = to_sheets(&pick);
        book.sheets[0] = sheet;
        let imported = import(
            Workbook {
                sheets: book.sheets,
            },
            &ImportOptions::default(),
        );
        let (back, _) = read(imported.json.as_deref().unwrap());
        assert_eq!(back.exhibits, pick.exhibits);
    }

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_neutralised() {
        let doc = r#"{"format": "showcase/1", "id": "x", "title": "X",
          "institutions": [{"id": "u", "name": "=HYPERLINK(\"http://evil\")", "country": "JP"}],
          "exhibits": [{"id": "a", "title": "+1 cheaper", "summary": "-2 @three", "institution": "u"}]}"#;
        let (c, _) = read(doc);
        let ex = Exhibition::merge([&c]);
        let text = csv(
            &selection(&ex, &[0], "x", &"X".into(), "2026-12-01"),
            Lang::En,
            &link,
        );
        let sheet = csv_text::read("exhibits", text.as_bytes()).unwrap();
        for cell in &sheet.rows[1] {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
        assert!(sheet.rows[1].contains(&"'=HYPERLINK(\"http://evil\")".to_owned()));
        assert!(sheet.rows[1].contains(&"'+1 cheaper".to_owned()));
    }

    #[test]
    fn files_are_named_after_the_exhibition_and_the_day() {
        let name = "China–Japan University Science & Technology Forum";
        assert_eq!(
            file_name(name, Exported::List, "2026-12-01", "csv"),
            "china-japan-university-science-technology-forum-shortlist-2026-12-01.csv"
        );
        assert_eq!(
            file_name("中日大学论坛", Exported::Results, "2026-12-01", "json"),
            "showcase-results-2026-12-01.json"
        );
        assert!(crate::catalogue::is_slug(&name_slug(name)));
        assert_eq!(name_slug(&"ab ".repeat(40)).len(), 59);
    }
}
