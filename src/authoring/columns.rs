//! The column convention: which sheets a catalogue is written in, which columns each has, and
//! how a header row is read. README's "Authoring catalogues from a spreadsheet" publishes it.
//!
//! A text column is `name.TAG` for each language (`title.en`, `title.ko`, `title.zh-Hant`),
//! or a bare `name` for text in no declared language. Headers are case-insensitive except
//! for the language tag, which is kept as written.

use super::issue::{ImportIssue, SheetProblem};
use super::sheet::{column_name, CellRef, Sheet};

/// One part of a catalogue, written as one sheet (or one CSV file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Exhibits,
    Catalogue,
    Institutions,
    Fields,
    Events,
    Patents,
    Inventors,
    Media,
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One value.
    Value,
    /// Text in languages: `name.TAG` columns.
    Text,
    /// A list of values separated by `;` (see `cells`).
    List,
    /// A list of texts in languages: the n-th item of each `name.TAG` column is one text.
    TextList,
    /// `label | url` per line.
    Links,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
}

const fn col(name: &'static str, kind: Kind) -> Column {
    Column { name, kind }
}

use Kind::*;

const CATALOGUE: &[Column] = &[
    col("id", Value),
    col("title", Text),
    col("description", Text),
    col("updated", Value),
    col("sample", Value),
];
const EXHIBITS: &[Column] = &[
    col("id", Value),
    col("title", Text),
    col("summary", Text),
    col("institution", Value),
    col("fields", List),
    col("keywords", TextList),
    col("trl", Value),
    col("ip", Value),
    col("cooperation", List),
    col("contact.name", Value),
    col("contact.email", Value),
    col("contact.url", Value),
    col("image", Value),
    col("links", Links),
    col("events", List),
    col("updated", Value),
];
const INSTITUTIONS: &[Column] = &[
    col("id", Value),
    col("name", Text),
    col("country", Value),
    col("url", Value),
    col("logo", Value),
];
const FIELDS: &[Column] = &[col("id", Value), col("name", Text)];
const EVENTS: &[Column] = &[
    col("id", Value),
    col("name", Text),
    col("date", Value),
    col("kind", Value),
    col("start", Value),
    col("end", Value),
    col("description", Text),
    col("institutions", List),
];
const PATENTS: &[Column] = &[
    col("exhibit", Value),
    col("number", Value),
    col("office", Value),
    col("status", Value),
    col("url", Value),
    col("title", Text),
];
const INVENTORS: &[Column] = &[col("exhibit", Value), col("name", Text), col("url", Value)];
const MEDIA: &[Column] = &[
    col("exhibit", Value),
    col("kind", Value),
    col("url", Value),
    col("caption", Text),
];

impl Part {
    /// In the order an exported workbook has them.
    pub const ALL: [Part; 8] = [
        Part::Exhibits,
        Part::Catalogue,
        Part::Institutions,
        Part::Fields,
        Part::Events,
        Part::Patents,
        Part::Inventors,
        Part::Media,
    ];

    /// The sheet's name, and the suffix of its CSV file (`X.institutions.csv`).
    pub fn name(self) -> &'static str {
        match self {
            Part::Exhibits => "exhibits",
            Part::Catalogue => "catalogue",
            Part::Institutions => "institutions",
            Part::Fields => "fields",
            Part::Events => "events",
            Part::Patents => "patents",
            Part::Inventors => "inventors",
            Part::Media => "media",
        }
    }

    pub fn from_name(name: &str) -> Option<Part> {
        let name = name.trim().to_ascii_lowercase();
        Part::ALL.into_iter().find(|p| p.name() == name)
    }

    pub fn columns(self) -> &'static [Column] {
        match self {
            Part::Catalogue => CATALOGUE,
            Part::Exhibits => EXHIBITS,
            Part::Institutions => INSTITUTIONS,
            Part::Fields => FIELDS,
            Part::Events => EVENTS,
            Part::Patents => PATENTS,
            Part::Inventors => INVENTORS,
            Part::Media => MEDIA,
        }
    }

    /// The column every row must fill: its id, or the exhibit a list row belongs to.
    pub fn key(self) -> &'static str {
        match self {
            Part::Patents | Part::Inventors | Part::Media => "exhibit",
            _ => "id",
        }
    }
}

/// A header row read against a part's columns: where each column is in the sheet.
#[derive(Debug, Clone)]
pub struct Header {
    part: Part,
    /// For each of `part.columns()`, its sheet columns with their language (`None` for a
    /// bare text column), in sheet order.
    found: Vec<Vec<(Option<String>, usize)>>,
}

impl Header {
    /// Reads row 0. Unknown and duplicated columns are reported and ignored; an empty sheet,
    /// an empty header or one without the key column gives `None` (the sheet cannot be read).
    pub fn read(sheet: &Sheet, part: Part, problems: &mut Vec<SheetProblem>) -> Option<Header> {
        let sheet_ref = |row, col| CellRef {
            sheet: sheet.name.clone(),
            row,
            col,
        };
        let Some(row) = sheet.rows.first() else {
            problems.push(SheetProblem::new(
                Some(sheet_ref(None, None)),
                ImportIssue::EmptySheet,
            ));
            return None;
        };
        if row.iter().all(|c| c.trim().is_empty()) {
            problems.push(SheetProblem::new(
                Some(sheet_ref(Some(0), None)),
                ImportIssue::NoHeader,
            ));
            return None;
        }
        let mut header = Header {
            part,
            found: vec![Vec::new(); part.columns().len()],
        };
        for (c, cell) in row.iter().enumerate() {
            let name = super::cells::unguard(cell.trim());
            if name.is_empty() {
                continue;
            }
            let Some((index, lang)) = column_of(part, name) else {
                let issue = ImportIssue::UnknownColumn(name.to_owned());
                problems.push(SheetProblem::new(Some(sheet.at(0, c)), issue));
                continue;
            };
            let same = header.found[index].iter().find(|(l, _)| *l == lang);
            if let Some(&(_, first)) = same {
                let issue = ImportIssue::DuplicateColumn {
                    name: name.to_owned(),
                    first: column_name(first),
                };
                problems.push(SheetProblem::new(Some(sheet.at(0, c)), issue));
                continue;
            }
            header.found[index].push((lang, c));
        }
        if header.value(part.key()).is_none() {
            let issue = ImportIssue::MissingColumn(part.key());
            problems.push(SheetProblem::new(Some(sheet_ref(Some(0), None)), issue));
            return None;
        }
        Some(header)
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.part.columns().iter().position(|c| c.name == name)
    }

    /// The sheet column of a one-value column.
    pub fn value(&self, name: &str) -> Option<usize> {
        self.found[self.index(name)?].first().map(|&(_, c)| c)
    }

    /// The sheet columns of a text column, with their languages.
    pub fn texts(&self, name: &str) -> &[(Option<String>, usize)] {
        self.index(name).map_or(&[], |i| &self.found[i])
    }
}

/// `title.en` → (title, Some(en)); `trl` → (trl, None); `contact.email` is a column of its
/// own. `None` for anything the part does not have.
fn column_of(part: Part, header: &str) -> Option<(usize, Option<String>)> {
    let lower = header.to_ascii_lowercase();
    let columns = part.columns();
    if let Some(i) = columns.iter().position(|c| c.name == lower) {
        return Some((i, None));
    }
    let (base, tag) = header.split_once('.')?;
    let base = base.to_ascii_lowercase();
    let i = columns.iter().position(|c| c.name == base)?;
    let valid_tag = !tag.is_empty() && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    (matches!(columns[i].kind, Kind::Text | Kind::TextList) && valid_tag)
        .then(|| (i, Some(tag.to_owned())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(cells: &[&str]) -> (Option<Header>, Vec<String>) {
        let sheet = Sheet::new(
            "exhibits",
            vec![cells.iter().map(|s| s.to_string()).collect()],
        );
        let mut problems = Vec::new();
        let header = Header::read(&sheet, Part::Exhibits, &mut problems);
        (header, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn every_column_of_every_part_is_recognised() {
        for part in Part::ALL {
            for column in part.columns() {
                let name = match column.kind {
                    Kind::Text | Kind::TextList => format!("{}.ko", column.name),
                    _ => column.name.to_ascii_uppercase(),
                };
                let found = column_of(part, &name).map(|(i, _)| part.columns()[i]);
                assert_eq!(found, Some(*column), "{name} in {}", part.name());
            }
            assert_eq!(Part::from_name(&part.name().to_uppercase()), Some(part));
        }
        assert_eq!(column_of(Part::Exhibits, "trl.en"), None);
        assert_eq!(
            column_of(Part::Exhibits, "title.zh-Hant"),
            Some((1, Some("zh-Hant".into())))
        );
    }

    #[test]
    fn languages_bare_text_and_values_are_found_in_sheet_order() {
        let (h, problems) = header(&["ID", "title.ja", "title", "Title.en", "trl", "keywords.zh"]);
        let h = h.unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(h.value("id"), Some(0));
        assert_eq!(h.value("trl"), Some(4));
        let langs: Vec<_> = h
            .texts("title")
            .iter()
            .map(|(l, c)| (l.as_deref(), *c))
            .collect();
        assert_eq!(langs, [(Some("ja"), 1), (None, 2), (Some("en"), 3)]);
        assert_eq!(h.texts("keywords")[0].1, 5);
    }

    #[test]
    fn unknown_duplicated_and_missing_columns_are_located() {
        let (h, problems) = header(&["id", "colour", "title.en", "title.en"]);
        assert!(h.is_some());
        assert_eq!(
            problems,
            [
                "exhibits!B1: warning: unknown column \"colour\"; ignored",
                "exhibits!D1: the column \"title.en\" appears twice (first in column C); this one is ignored",
            ]
        );
        let (h, problems) = header(&["title.en"]);
        assert!(h.is_none());
        assert_eq!(problems, ["exhibits!1: the header has no \"id\" column"]);
        let (h, problems) = header(&["", " "]);
        assert!(h.is_none());
        assert!(problems[0].starts_with("exhibits!1: the first row, the header, is empty"));
        let empty = Sheet::new("exhibits", Vec::new());
        let mut problems = Vec::new();
        assert!(Header::read(&empty, Part::Exhibits, &mut problems).is_none());
        assert_eq!(problems[0].to_string(), "exhibits: the sheet is empty");
    }
}
