//! The imported catalogue, read by the app's parser before it is written: each problem the
//! parser (or a merge of the catalogue on its own) finds is mapped from its JSON path back to
//! its cell, and whatever the app would skip or ignore is left out of the output, so the
//! written file loads without a problem of its own.

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;

use super::{ImportOptions, Sheets};
use crate::authoring::columns::Part;
use crate::authoring::issue::SheetProblem;
use crate::authoring::json::OutCatalogue;
use crate::authoring::report::Severity;
use crate::authoring::sheet::CellRef;
use crate::catalogue::{
    parse_document, parse_path, Document, Exhibition, Issue, LoadError, Segment,
};
use crate::labels;

/// The JSON to write (none when the parser refused the whole document) and how many exhibits
/// it holds.
pub(super) fn check(
    mut out: OutCatalogue,
    sheets: &Sheets,
    options: &ImportOptions,
    problems: &mut Vec<SheetProblem>,
) -> (Option<String>, usize) {
    if out.is_1_1() {
        out.format = "showcase/1.1";
    }
    let json = to_json(&out);
    let (catalogue, found) = match parse_document(&json, &options.source) {
        Ok(Document::Catalogue {
            catalogue,
            problems,
        }) => (catalogue, problems),
        Ok(Document::Index { .. }) => unreachable_index(),
        Err(e) => {
            let path = match &e {
                LoadError::Invalid { path, .. } => Some(path.clone()),
                _ => None,
            };
            let at = path.as_deref().and_then(|p| cell_of(&out, sheets, p));
            problems.push(SheetProblem {
                issue: None,
                at,
                path,
                message: labels::load_error(options.lang, &e),
                severity: Severity::Error,
            });
            return (None, 0);
        }
    };
    let mut drops = Drops::default();
    for p in &found {
        problems.push(SheetProblem {
            issue: None,
            at: cell_of(&out, sheets, &p.path),
            path: Some(p.path.clone()),
            message: labels::issue(options.lang, &p.issue),
            severity: Severity::Error,
        });
        drops.note(&mut out, &p.path, &p.issue);
    }
    let exhibits = catalogue.exhibits.len();
    merge_problems(
        &out,
        sheets,
        options,
        Exhibition::merge([&catalogue]),
        problems,
    );
    if found.is_empty() {
        return (Some(json), exhibits);
    }
    drops.apply(&mut out);
    (Some(to_json(&out)), exhibits)
}

/// Our own serialisation always makes a catalogue document.
fn unreachable_index() -> ! {
    unreachable!("an import always writes a catalogue")
}

fn to_json(out: &OutCatalogue) -> String {
    // Plain structs of strings, numbers and booleans always serialise.
    serde_json::to_string_pretty(out).unwrap_or_default() + "\n"
}

/// Unknown institutions, fields and events: reported at the cell that names them. The app
/// keeps such an exhibit (and drops the unknown names), so nothing is left out here either.
fn merge_problems(
    out: &OutCatalogue,
    sheets: &Sheets,
    options: &ImportOptions,
    exhibition: Exhibition,
    problems: &mut Vec<SheetProblem>,
) {
    // The first row with an id is the entry the app kept.
    let mut exhibit_rows: HashMap<&str, usize> = HashMap::default();
    for e in &out.exhibits {
        exhibit_rows.entry(e.id.as_str()).or_insert(e.row);
    }
    let mut event_rows: HashMap<&str, usize> = HashMap::default();
    for e in &out.events {
        event_rows.entry(e.id.as_str()).or_insert(e.row);
    }
    for found in exhibition.problems {
        let p = found.problem;
        let id = (p.path.split_once(' ')).and_then(|(_, q)| q.strip_prefix('"')?.strip_suffix('"'));
        let column = match p.issue {
            Issue::UnknownInstitution(_) => "institution",
            Issue::UnknownField(_) => "fields",
            Issue::UnknownEvent(_) => "events",
            _ => "id",
        };
        let at = match (p.path.split(' ').next(), id) {
            (Some("exhibit"), Some(id)) => (exhibit_rows.get(id))
                .and_then(|&row| sheets.cell(Part::Exhibits, row, Some(column))),
            (Some("event"), Some(id)) => (event_rows.get(id))
                .and_then(|&row| sheets.cell(Part::Events, row, Some("institutions"))),
            _ => None,
        };
        problems.push(SheetProblem {
            issue: None,
            at,
            path: Some(p.path.clone()),
            message: labels::issue(options.lang, &p.issue),
            severity: Severity::Error,
        });
    }
}

fn part_of(list: &str) -> Option<Part> {
    match list {
        "exhibits" => Some(Part::Exhibits),
        "institutions" => Some(Part::Institutions),
        "fields" => Some(Part::Fields),
        "events" => Some(Part::Events),
        "patents" => Some(Part::Patents),
        "inventors" => Some(Part::Inventors),
        "media" => Some(Part::Media),
        _ => None,
    }
}

/// The column a path below an entry names: `.trl` → trl, `.title.en` → title.en,
/// `.contact.email` → contact.email, `.cooperation[1]` → cooperation.
fn column_name(rest: &[Segment]) -> Option<String> {
    match rest {
        [Segment::Key(a), Segment::Key(b), ..] => Some(format!("{a}.{b}")),
        [Segment::Key(a), ..] => Some(a.clone()),
        _ => None,
    }
}

/// The cell a JSON path of the output came from.
fn cell_of(out: &OutCatalogue, sheets: &Sheets, path: &str) -> Option<CellRef> {
    let segments = parse_path(path)?;
    let (list, i, rest) = match segments.as_slice() {
        [Segment::Key(list), Segment::Index(i), rest @ ..] => (list.as_str(), *i, rest),
        rest => {
            let row = out.head_row?;
            return sheets.cell(Part::Catalogue, row, column_name(rest).as_deref());
        }
    };
    let part = part_of(list)?;
    let row = match part {
        Part::Institutions => out.institutions.get(i)?.row,
        Part::Fields => out.fields.get(i)?.row,
        Part::Events => out.events.get(i)?.row,
        _ => out.exhibits.get(i)?.row,
    };
    if let [Segment::Key(sub), Segment::Index(j), below @ ..] = rest {
        let exhibit = out.exhibits.get(i).filter(|_| part == Part::Exhibits);
        let sub_row = exhibit.and_then(|e| match sub.as_str() {
            "patents" => e.patents.get(*j).map(|p| p.row),
            "inventors" => e.inventors.get(*j).map(|p| p.row),
            "media" => e.media.get(*j).map(|p| p.row),
            _ => None,
        });
        if let (Some(sub_part), Some(sub_row)) = (part_of(sub), sub_row) {
            return sheets.cell(sub_part, sub_row, column_name(below).as_deref());
        }
    }
    sheets.cell(part, row, column_name(rest).as_deref())
}

/// What the app leaves out, to be left out of the output too: whole entries, items of an
/// exhibit's lists (by list name and index), and single values (cleared at once).
#[derive(Default)]
struct Drops {
    entries: HashSet<(Part, usize)>,
    items: HashSet<(usize, &'static str, usize)>,
}

impl Drops {
    fn note(&mut self, out: &mut OutCatalogue, path: &str, issue: &Issue) {
        let Some(segments) = parse_path(path) else {
            return;
        };
        if let [Segment::Key(key)] = segments.as_slice() {
            if key == "updated" {
                out.updated = None;
            }
            return;
        }
        let [Segment::Key(list), Segment::Index(i), rest @ ..] = segments.as_slice() else {
            return;
        };
        let (Some(part), i) = (part_of(list), *i) else {
            return;
        };
        let key = |n: usize| match rest.get(n) {
            Some(Segment::Key(k)) => k.as_str(),
            _ => "",
        };
        let index = |n: usize| match rest.get(n) {
            Some(Segment::Index(j)) => Some(*j),
            _ => None,
        };
        if matches!(
            issue,
            Issue::Malformed(_)
                | Issue::Id(_)
                | Issue::DuplicateId(_)
                | Issue::Country(_)
                | Issue::EmptyTitle
        ) {
            self.entries.insert((part, i));
            return;
        }
        match part {
            Part::Exhibits => {
                let Some(e) = out.exhibits.get_mut(i) else {
                    return;
                };
                let sub_item_dropped = matches!(
                    issue,
                    Issue::EmptyPatentNumber | Issue::EmptyName | Issue::MediaKind(_)
                ) || (key(0) == "media" && matches!(issue, Issue::Url(_)));
                match (key(0), index(1), key(2)) {
                    (list @ ("patents" | "inventors" | "media"), Some(j), _)
                        if sub_item_dropped =>
                    {
                        self.items.insert((i, static_name(list), j));
                    }
                    ("patents", Some(j), "status") => {
                        clear(e.patents.get_mut(j).map(|p| &mut p.status))
                    }
                    ("patents", Some(j), "url") => clear(e.patents.get_mut(j).map(|p| &mut p.url)),
                    ("inventors", Some(j), "url") => {
                        clear(e.inventors.get_mut(j).map(|p| &mut p.url))
                    }
                    (list @ ("cooperation" | "links"), Some(j), _) => {
                        self.items.insert((i, static_name(list), j));
                    }
                    ("trl", ..) => e.trl = None,
                    ("ip", ..) => e.ip = None,
                    ("image", ..) => e.image = None,
                    ("updated", ..) => e.updated = None,
                    ("contact", ..) => {
                        if let Some(c) = &mut e.contact {
                            match key(1) {
                                "email" => c.email = None,
                                "url" => c.url = None,
                                _ => {}
                            }
                        }
                    }
                    _ => {}
                }
            }
            Part::Institutions => {
                if let Some(inst) = out.institutions.get_mut(i) {
                    match key(0) {
                        "url" => inst.url = None,
                        "logo" => inst.logo = None,
                        _ => {}
                    }
                }
            }
            Part::Events => {
                if let Some(ev) = out.events.get_mut(i) {
                    match key(0) {
                        "date" => ev.date = None,
                        "kind" => ev.kind = None,
                        "start" => ev.start = None,
                        "end" => ev.end = None,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }

    fn apply(self, out: &mut OutCatalogue) {
        let entries = &self.entries;
        let dropped = |part: Part| move |i: usize| entries.contains(&(part, i));
        retain_unlisted(&mut out.institutions, dropped(Part::Institutions));
        retain_unlisted(&mut out.fields, dropped(Part::Fields));
        retain_unlisted(&mut out.events, dropped(Part::Events));
        if !self.items.is_empty() {
            for (i, e) in out.exhibits.iter_mut().enumerate() {
                let items = &self.items;
                retain_unlisted(&mut e.patents, |j| items.contains(&(i, "patents", j)));
                retain_unlisted(&mut e.inventors, |j| items.contains(&(i, "inventors", j)));
                retain_unlisted(&mut e.media, |j| items.contains(&(i, "media", j)));
                retain_unlisted(&mut e.cooperation, |j| {
                    items.contains(&(i, "cooperation", j))
                });
                retain_unlisted(&mut e.links, |j| items.contains(&(i, "links", j)));
            }
        }
        retain_unlisted(&mut out.exhibits, dropped(Part::Exhibits));
        // A catalogue that lost its last 1.1 key can say "showcase/1" again.
        if !out.is_1_1() {
            out.format = "showcase/1";
        }
    }
}

/// Keeps the items whose index `listed` does not name.
fn retain_unlisted<T>(items: &mut Vec<T>, listed: impl Fn(usize) -> bool) {
    let mut n = 0;
    items.retain(|_| {
        n += 1;
        !listed(n - 1)
    });
}

fn clear(value: Option<&mut Option<String>>) {
    if let Some(v) = value {
        *v = None;
    }
}

fn static_name(list: &str) -> &'static str {
    match list {
        "patents" => "patents",
        "inventors" => "inventors",
        "media" => "media",
        "cooperation" => "cooperation",
        _ => "links",
    }
}
