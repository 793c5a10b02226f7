//! Sheets → catalogue JSON, with every problem at its cell.
//!
//! Rows become entries as written (values are not judged here beyond what a cell's syntax
//! says); the JSON is then read by the app's own parser, and whatever it refuses is mapped
//! back to its cell and left out of the output (`import/checked.rs`). So an import and a
//! later `check` of its output can never disagree.

mod checked;

use rustc_hash::FxHashMap as HashMap;

use super::cells::{self, unguard};
use super::columns::{Header, Part};
use super::issue::{ImportIssue, SheetProblem};
use super::json::*;
use super::report::{Severity, EXIT_CLEAN, EXIT_PROBLEMS, EXIT_UNREADABLE};
use super::sheet::{CellRef, Sheet, Workbook};
use crate::catalogue::{Tag, Text};
use crate::i18n::Lang;

/// What the command line (or the check page) adds to the sheets.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The catalogue's id and title, overriding the catalogue sheet's.
    pub id: Option<String>,
    pub title: Option<String>,
    /// Where the catalogue will live: relative URLs in it are checked against this.
    pub source: String,
    /// The language of the messages of the catalogue check.
    pub lang: Lang,
}

/// The result: the catalogue's JSON (none when the sheets could not be read), the problems
/// in sheet order, and the exit code (0 clean, 1 problems, 2 nothing written).
#[derive(Debug, Clone)]
pub struct Imported {
    pub json: Option<String>,
    pub problems: Vec<SheetProblem>,
    pub exit_code: u8,
    pub exhibits: usize,
}

pub fn import(mut book: Workbook, options: &ImportOptions) -> Imported {
    let mut problems = Vec::new();
    let out = read_book(&mut book, options, &mut problems);
    let (json, exhibits) = match out {
        Some((out, sheets)) => checked::check(out, &sheets, options, &mut problems),
        None => (None, 0),
    };
    for p in &mut problems {
        if let Some(issue) = &p.issue {
            p.message = super::wording::import_issue(options.lang, issue);
        }
    }
    // In the order an author reads the book: sheet by sheet, row by row.
    problems.sort_by_key(|p| {
        let at = p.at.as_ref();
        let part = at.and_then(|a| Part::from_name(&a.sheet));
        let sheet = part.and_then(|part| Part::ALL.iter().position(|&x| x == part));
        (
            at.is_some(),
            sheet,
            at.and_then(|a| a.row),
            at.and_then(|a| a.col),
        )
    });
    let exit_code = if json.is_none() {
        EXIT_UNREADABLE
    } else if problems.iter().any(|p| p.severity == Severity::Error) {
        EXIT_PROBLEMS
    } else {
        EXIT_CLEAN
    };
    Imported {
        json,
        problems,
        exit_code,
        exhibits,
    }
}

/// Each part's sheet and header, for reading rows and for mapping problems back to cells.
pub(super) struct Sheets {
    parts: Vec<(Part, Sheet, Header)>,
}

impl Sheets {
    fn get(&self, part: Part) -> Option<(&Sheet, &Header)> {
        (self.parts.iter())
            .find(|(p, ..)| *p == part)
            .map(|(_, s, h)| (s, h))
    }

    /// The cell of `column` (a column name, maybe with `.TAG`) in `row` of `part`.
    pub(super) fn cell(&self, part: Part, row: usize, column: Option<&str>) -> Option<CellRef> {
        let (sheet, header) = self.get(part)?;
        let col = column.and_then(|name| {
            let (base, tag) = match name.split_once('.') {
                Some((b, t)) if header.value(name).is_none() => (b, Some(t)),
                _ => (name, None),
            };
            header.value(base).or_else(|| {
                let texts = header.texts(base);
                let exact = texts.iter().find(|(l, _)| l.as_deref() == tag);
                exact.or(texts.first()).map(|&(_, c)| c)
            })
        });
        Some(CellRef {
            sheet: sheet.name.clone(),
            row: Some(row),
            col,
        })
    }
}

fn read_book(
    book: &mut Workbook,
    options: &ImportOptions,
    problems: &mut Vec<SheetProblem>,
) -> Option<(OutCatalogue, Sheets)> {
    let named = |s: &Sheet| Part::from_name(&s.name);
    // The exhibits sheet is the one of that name, else the first sheet not named otherwise.
    let exhibits_at = (book
        .sheets
        .iter()
        .position(|s| named(s) == Some(Part::Exhibits)))
    .or_else(|| book.sheets.iter().position(|s| named(s).is_none()));
    let Some(exhibits_at) = exhibits_at else {
        problems.push(SheetProblem::new(None, ImportIssue::EmptySheet));
        return None;
    };
    let mut parts = Vec::new();
    for (i, mut sheet) in std::mem::take(&mut book.sheets).into_iter().enumerate() {
        let part = if i == exhibits_at {
            Part::Exhibits
        } else {
            match named(&sheet) {
                Some(part) if part != Part::Exhibits => part,
                _ => {
                    let issue = ImportIssue::UnknownSheet(sheet.name.clone());
                    problems.push(SheetProblem::new(None, issue));
                    continue;
                }
            }
        };
        for range in sheet.fill_merged() {
            let at = sheet.at(range.first.0, range.first.1);
            problems.push(SheetProblem::new(Some(at), ImportIssue::Merged(range)));
        }
        match Header::read(&sheet, part, problems) {
            Some(header) => parts.push((part, sheet, header)),
            None if part == Part::Exhibits => return None,
            None => {}
        }
    }
    let sheets = Sheets { parts };
    let mut reader = Reader { problems };
    let (id, title, description, updated, sample, head_row) = reader.head(&sheets, options)?;
    let mut exhibits = reader.rows(&sheets, Part::Exhibits, Reader::exhibit);
    let mut by_id: HashMap<String, usize> = HashMap::default();
    for (i, e) in exhibits.iter().enumerate() {
        by_id.entry(e.id.clone()).or_insert(i);
    }
    // Each adds a row to its exhibit, or says why it cannot.
    type Add<'f> =
        dyn FnMut(&mut OutExhibit, Row) -> Result<(), (Option<CellRef>, ImportIssue)> + 'f;
    let mut attach = |part: Part, reader: &mut Reader, add: &mut Add| {
        for row in reader.rows(&sheets, part, |_, _, row| Some(row)) {
            match by_id.get(&row.key) {
                Some(&i) => {
                    if let Err((at, issue)) = add(&mut exhibits[i], row) {
                        reader.problem(at, issue);
                    }
                }
                None => {
                    let at = sheets.cell(part, row.row, Some("exhibit"));
                    reader.problem(at, ImportIssue::UnknownExhibit(row.key.clone()));
                }
            }
        }
    };
    attach(Part::Patents, &mut reader, &mut |e, r| {
        e.patents.push(r.patent());
        Ok(())
    });
    attach(Part::Inventors, &mut reader, &mut |e, r| {
        e.inventors.push(r.inventor());
        Ok(())
    });
    attach(Part::Media, &mut reader, &mut |e, r| match r.media() {
        Some(media) => {
            e.media.push(media);
            Ok(())
        }
        None => Err((r.cell_ref("url"), ImportIssue::NoKey("url"))),
    });
    let institutions = reader.rows(&sheets, Part::Institutions, |_, _, r| Some(r.institution()));
    let fields = reader.rows(&sheets, Part::Fields, |_, _, r| Some(r.field()));
    let events = reader.rows(&sheets, Part::Events, |_, _, r| Some(r.event()));
    let mut sheets = sheets;
    // Every cell is in `out` now; problems map back through the headers alone, so the cells'
    // memory (a 100,000-row sheet is ~150 MB of strings) goes before the JSON is read.
    for (_, sheet, _) in &mut sheets.parts {
        sheet.rows = Vec::new();
    }
    let out = OutCatalogue {
        head_row,
        format: "showcase/1",
        id,
        title,
        description,
        updated,
        sample,
        institutions,
        fields,
        events,
        exhibits,
    };
    Some((out, sheets))
}

struct Reader<'p> {
    problems: &'p mut Vec<SheetProblem>,
}

/// id, title, description, updated, sample, and the row they were read from.
type Head = (
    String,
    Text,
    Option<Text>,
    Option<String>,
    bool,
    Option<usize>,
);

impl Reader<'_> {
    fn problem(&mut self, at: Option<CellRef>, issue: ImportIssue) {
        self.problems.push(SheetProblem::new(at, issue));
    }

    /// The catalogue's identity: the first filled row of its sheet, then the options.
    fn head(&mut self, sheets: &Sheets, options: &ImportOptions) -> Option<Head> {
        let mut rows = self.rows(sheets, Part::Catalogue, |_, _, row| Some(row));
        for extra in rows.iter().skip(1) {
            let at = sheets.cell(Part::Catalogue, extra.row, None);
            self.problem(at, ImportIssue::ExtraHeadRow(extra.row + 1));
        }
        let row = (!rows.is_empty()).then(|| rows.swap_remove(0));
        let id = options
            .id
            .clone()
            .or_else(|| row.as_ref().map(|r| r.key.clone()));
        let title = (options.title.as_deref().map(|t| Text::Plain(t.to_owned())))
            .or_else(|| row.as_ref().and_then(|r| r.text("title")));
        let (Some(id), Some(title)) = (id, title) else {
            let missing = if options.id.is_none() && row.is_none() {
                "id"
            } else {
                "title"
            };
            self.problem(None, ImportIssue::NoHead(missing));
            return None;
        };
        let Some(row) = row else {
            return Some((id, title, None, None, false, None));
        };
        let sample = match row.value("sample") {
            None => false,
            Some(v) => match v.to_ascii_lowercase().as_str() {
                "true" | "yes" | "1" => true,
                "false" | "no" | "0" => false,
                _ => {
                    self.problem(row.cell_ref("sample"), ImportIssue::NotBool(v));
                    false
                }
            },
        };
        let (description, updated) = (row.text("description"), row.value("updated"));
        Some((id, title, description, updated, sample, Some(row.row)))
    }

    /// Reads every filled row of `part` (none when the book has no such sheet) with `make`;
    /// a row without its key column is reported and left out.
    fn rows<'s, T>(
        &mut self,
        sheets: &'s Sheets,
        part: Part,
        mut make: impl FnMut(&mut Self, &'s Sheets, Row<'s>) -> Option<T>,
    ) -> Vec<T> {
        let Some((sheet, header)) = sheets.get(part) else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(sheet.rows.len().saturating_sub(1));
        for (r, cells) in sheet.rows.iter().enumerate().skip(1) {
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let key = header.value(part.key()).map_or("", |c| sheet.cell(r, c));
            if key.is_empty() {
                let at = sheets.cell(part, r, Some(part.key()));
                self.problem(at, ImportIssue::NoKey(part.key()));
                continue;
            }
            let row = Row {
                sheet,
                header,
                row: r,
                key: unguard(key).to_owned(),
            };
            out.extend(make(self, sheets, row));
        }
        out
    }

    fn exhibit(&mut self, _: &Sheets, row: Row) -> Option<OutExhibit> {
        let trl = row.value("trl").and_then(|v| match whole_number(&v) {
            Some(n) => Some(n),
            None => {
                self.problem(row.cell_ref("trl"), ImportIssue::NotTrl(v));
                None
            }
        });
        let mut links = Vec::new();
        for link in cells::links(&row.raw("links")) {
            match link {
                Ok(l) => links.push(OutLink {
                    label: l.label,
                    url: l.url,
                }),
                Err(text) => self.problem(row.cell_ref("links"), ImportIssue::NotLink(text)),
            }
        }
        let contact = OutContact {
            name: row.value("contact.name"),
            email: row.value("contact.email"),
            url: row.value("contact.url"),
        };
        let has_contact =
            contact.name.is_some() || contact.email.is_some() || contact.url.is_some();
        let exhibit = OutExhibit {
            row: row.row,
            id: row.key.clone(),
            title: row.text("title").unwrap_or(Text::Plain(String::new())),
            summary: row.text("summary"),
            institution: row.value("institution"),
            fields: cells::list(&row.raw("fields")),
            keywords: row.text_list("keywords"),
            trl,
            ip: row.value("ip"),
            cooperation: cells::list(&row.raw("cooperation")),
            contact: has_contact.then_some(contact),
            image: row.value("image"),
            links,
            events: cells::list(&row.raw("events")),
            updated: row.value("updated"),
            patents: Vec::new(),
            inventors: Vec::new(),
            media: Vec::new(),
        };
        Some(exhibit)
    }
}

/// `5`, `5.0` (a number cell) → 5.
fn whole_number(v: &str) -> Option<i64> {
    v.parse::<i64>().ok().or_else(|| {
        let f: f64 = v.parse().ok()?;
        (f.fract() == 0.0 && f.abs() < 1e15).then_some(f as i64)
    })
}

/// One filled row of a sheet, read through its header.
pub(super) struct Row<'a> {
    sheet: &'a Sheet,
    header: &'a Header,
    pub row: usize,
    /// The key column's value (id, or the exhibit's id).
    pub key: String,
}

impl Row<'_> {
    fn cell_ref(&self, column: &str) -> Option<CellRef> {
        let col = self.header.value(column)?;
        Some(self.sheet.at(self.row, col))
    }

    /// The raw cell text (escapes kept) without its formula guard.
    fn raw(&self, column: &str) -> String {
        let cell = self
            .header
            .value(column)
            .map_or("", |c| self.sheet.cell(self.row, c));
        unguard(cell).to_owned()
    }

    fn value(&self, column: &str) -> Option<String> {
        let v = self.raw(column);
        (!v.is_empty()).then_some(v)
    }

    /// A text from its language columns; a bare column counts when no language is filled.
    fn text(&self, column: &str) -> Option<Text> {
        let mut pairs = Vec::new();
        let mut bare = None;
        for (lang, c) in self.header.texts(column) {
            let v = unguard(self.sheet.cell(self.row, *c));
            match lang {
                _ if v.is_empty() => {}
                Some(tag) => pairs.push((Tag::from(tag.as_str()), v.to_owned())),
                None => bare = Some(v.to_owned()),
            }
        }
        if pairs.is_empty() {
            bare.map(Text::Plain)
        } else {
            Some(Text::Tagged(pairs))
        }
    }

    /// The n-th item of each language column is one text; where none has one, the n-th item
    /// of the bare column is a text in no declared language.
    fn text_list(&self, column: &str) -> Vec<Text> {
        let mut tagged: Vec<(Tag, Vec<String>)> = Vec::new();
        let mut plain = Vec::new();
        for (lang, c) in self.header.texts(column) {
            let items = cells::list_positions(unguard(self.sheet.cell(self.row, *c)));
            match lang {
                Some(tag) => tagged.push((Tag::from(tag.as_str()), items)),
                None => plain = items,
            }
        }
        let n = (tagged.iter().map(|(_, items)| items.len()))
            .chain([plain.len()])
            .max()
            .unwrap_or(0);
        let mut out = Vec::with_capacity(n);
        for k in 0..n {
            let pairs: Vec<(Tag, String)> = (tagged.iter())
                .filter_map(|(tag, items)| {
                    let item = items.get(k).filter(|s| !s.is_empty())?;
                    Some((tag.clone(), item.clone()))
                })
                .collect();
            if !pairs.is_empty() {
                out.push(Text::Tagged(pairs));
            } else if let Some(item) = plain.get(k).filter(|s| !s.is_empty()) {
                out.push(Text::Plain(item.clone()));
            }
        }
        out
    }

    fn institution(self) -> OutInstitution {
        OutInstitution {
            row: self.row,
            name: self.text("name"),
            country: self.value("country"),
            url: self.value("url"),
            logo: self.value("logo"),
            id: self.key,
        }
    }

    fn field(self) -> OutField {
        OutField {
            row: self.row,
            name: self.text("name"),
            id: self.key,
        }
    }

    fn event(self) -> OutEvent {
        OutEvent {
            row: self.row,
            name: self.text("name"),
            date: self.value("date"),
            kind: self.value("kind"),
            description: self.text("description"),
            start: self.value("start"),
            end: self.value("end"),
            institutions: cells::list(&self.raw("institutions")),
            id: self.key,
        }
    }

    fn patent(self) -> OutPatent {
        OutPatent {
            row: self.row,
            number: self.raw("number"),
            office: self.value("office"),
            status: self.value("status"),
            url: self.value("url"),
            title: self.text("title"),
        }
    }

    fn inventor(self) -> OutInventor {
        OutInventor {
            row: self.row,
            name: (self.text("name")).unwrap_or(Text::Plain(String::new())),
            url: self.value("url"),
        }
    }

    fn media(&self) -> Option<OutMedia> {
        Some(OutMedia {
            row: self.row,
            kind: self.raw("kind"),
            url: self.value("url")?,
            caption: self.text("caption"),
        })
    }
}

#[cfg(test)]
mod tests;
