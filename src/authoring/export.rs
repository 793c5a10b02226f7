//! A catalogue → sheets in the column convention: the reverse of `import`, so that
//! `import(export(c))` reads back `c` (a property test holds it).
//!
//! Text columns are made for the languages the catalogue uses, in first-seen order, plus a
//! bare column when some text has no language. Every cell goes through the formula guard.
//! What the round trip needs of a catalogue: texts trimmed and without empty strings, texts
//! of one column that do not contradict each other's language order, and a contact with at
//! least one part (cells are trimmed, and an empty cell is no value).

use super::cells::{guard, join_links, join_list};
use super::columns::{Column, Kind, Part};
use super::sheet::{Sheet, Workbook};
use crate::catalogue::{Catalogue, Text};

/// A row being written: each column's cell as a text, a list or a text per language.
enum Cell<'a> {
    Value(Option<String>),
    Text(Option<&'a Text>),
    Texts(&'a [Text]),
}

pub fn export(c: &Catalogue) -> Workbook {
    let head = vec![
        Cell::Value(Some(c.id.clone())),
        Cell::Text(Some(&c.title)),
        Cell::Text(c.description.as_ref()),
        Cell::Value(c.updated.clone()),
        Cell::Value(c.sample.then(|| "true".to_owned())),
    ];
    let mut exhibits = Vec::new();
    let (mut patents, mut inventors, mut media) = (Vec::new(), Vec::new(), Vec::new());
    for e in &c.exhibits {
        let contact = e.contact.as_ref();
        let links = e.links.iter().map(|l| (&l.label, l.url.as_str()));
        let coop: Vec<&str> = e.cooperation.iter().map(|m| m.as_str()).collect();
        exhibits.push(vec![
            Cell::Value(Some(e.id.clone())),
            Cell::Text(Some(&e.title)),
            Cell::Text(Some(&e.summary)),
            Cell::Value(Some(e.institution.clone())),
            list(e.fields.iter().map(String::as_str)),
            Cell::Texts(&e.keywords),
            Cell::Value(e.trl.map(|t| t.to_string())),
            Cell::Value(e.ip.map(|ip| ip.as_str().to_owned())),
            list(coop),
            Cell::Value(contact.and_then(|c| c.name.clone())),
            Cell::Value(contact.and_then(|c| c.email.clone())),
            Cell::Value(contact.and_then(|c| c.url.clone())),
            Cell::Value(e.image.clone()),
            Cell::Value(Some(join_links(links)).filter(|s| !s.is_empty())),
            list(e.events.iter().map(String::as_str)),
            Cell::Value(e.updated.clone()),
        ]);
        for p in &e.patents {
            patents.push(vec![
                Cell::Value(Some(e.id.clone())),
                Cell::Value(Some(p.number.clone())),
                Cell::Value(p.office.clone()),
                Cell::Value(p.status.map(|s| s.as_str().to_owned())),
                Cell::Value(p.url.clone()),
                Cell::Text(p.title.as_ref()),
            ]);
        }
        for i in &e.inventors {
            inventors.push(vec![
                Cell::Value(Some(e.id.clone())),
                Cell::Text(Some(&i.name)),
                Cell::Value(i.url.clone()),
            ]);
        }
        for m in &e.media {
            media.push(vec![
                Cell::Value(Some(e.id.clone())),
                Cell::Value(Some(m.kind.as_str().to_owned())),
                Cell::Value(Some(m.url.clone())),
                Cell::Text(m.caption.as_ref()),
            ]);
        }
    }
    let institutions = (c.institutions.iter())
        .map(|i| {
            vec![
                Cell::Value(Some(i.id.clone())),
                Cell::Text(Some(&i.name)),
                Cell::Value(Some(i.country.clone())),
                Cell::Value(i.url.clone()),
                Cell::Value(i.logo.clone()),
            ]
        })
        .collect();
    let fields = (c.fields.iter())
        .map(|f| vec![Cell::Value(Some(f.id.clone())), Cell::Text(Some(&f.name))])
        .collect();
    let events = (c.events.iter())
        .map(|e| {
            vec![
                Cell::Value(Some(e.id.clone())),
                Cell::Text(Some(&e.name)),
                Cell::Value(e.date.clone()),
                Cell::Value(e.kind.map(|k| k.as_str().to_owned())),
                Cell::Value(e.start.clone()),
                Cell::Value(e.end.clone()),
                Cell::Text(e.description.as_ref()),
                list(e.institutions.iter().map(String::as_str)),
            ]
        })
        .collect();
    let mut rows: Vec<(Part, Vec<Vec<Cell>>)> = vec![
        (Part::Exhibits, exhibits),
        (Part::Catalogue, vec![head]),
        (Part::Institutions, institutions),
        (Part::Fields, fields),
        (Part::Events, events),
        (Part::Patents, patents),
        (Part::Inventors, inventors),
        (Part::Media, media),
    ];
    let sheets = rows
        .iter_mut()
        .map(|(part, rows)| sheet(*part, rows))
        .collect();
    Workbook { sheets }
}

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> Cell<'a> {
    Cell::Value(Some(join_list(items)).filter(|s| !s.is_empty()))
}

/// The header and rows of one part: a column per value, and per language of a text column.
fn sheet(part: Part, rows: &[Vec<Cell>]) -> Sheet {
    let mut header = Vec::new();
    let mut layouts = Vec::new();
    for (i, column) in part.columns().iter().enumerate() {
        let texts = rows.iter().filter_map(|r| match &r[i] {
            Cell::Text(t) => t.map(std::slice::from_ref),
            Cell::Texts(ts) => Some(*ts),
            Cell::Value(_) => None,
        });
        let langs = languages(texts.flatten());
        header.extend(header_cells(column, &langs));
        layouts.push(langs);
    }
    let mut out = vec![header];
    for row in rows {
        let mut cells = Vec::new();
        for (cell, langs) in row.iter().zip(&layouts) {
            match cell {
                Cell::Value(v) => cells.push(v.clone().unwrap_or_default()),
                Cell::Text(t) => cells.extend(langs.iter().map(|l| text_in(*t, l.as_deref()))),
                Cell::Texts(ts) => cells.extend(langs.iter().map(|l| {
                    let items: Vec<String> =
                        ts.iter().map(|t| text_in(Some(t), l.as_deref())).collect();
                    let cell = join_list(items.iter().map(String::as_str));
                    // A list of nothing but empty items says nothing.
                    if items.iter().all(String::is_empty) {
                        String::new()
                    } else {
                        cell
                    }
                })),
            }
        }
        out.push(cells.into_iter().map(guard).collect());
    }
    Sheet::new(part.name(), out)
}

/// The languages of these texts in an order every text agrees with where they can (each
/// text's order is a constraint; ties go to the first seen), so texts come back in their own
/// order; `None` for plain text, last.
fn languages<'a>(texts: impl Iterator<Item = &'a Text>) -> Vec<Option<String>> {
    let mut tags: Vec<&str> = Vec::new();
    let mut before: Vec<(usize, usize)> = Vec::new();
    let mut plain = false;
    for text in texts {
        let Text::Tagged(pairs) = text else {
            plain = true;
            continue;
        };
        let mut previous = None;
        for (tag, _) in pairs {
            let i = match tags.iter().position(|t| *t == tag.as_str()) {
                Some(i) => i,
                None => {
                    tags.push(tag.as_str());
                    tags.len() - 1
                }
            };
            if let Some(p) = previous.filter(|&p| p != i && !before.contains(&(p, i))) {
                before.push((p, i));
            }
            previous = Some(i);
        }
    }
    // Kahn's algorithm over a handful of languages; a contradiction takes the first seen.
    let mut placed = vec![false; tags.len()];
    let mut out: Vec<Option<String>> = Vec::with_capacity(tags.len() + 1);
    while out.len() < tags.len() {
        let ready = |i: usize| !placed[i] && before.iter().all(|&(p, n)| n != i || placed[p]);
        let next = (0..tags.len()).find(|&i| ready(i));
        let next = next
            .or_else(|| (0..tags.len()).find(|&i| !placed[i]))
            .unwrap_or(0);
        placed[next] = true;
        out.push(Some(tags[next].to_owned()));
    }
    if plain {
        out.push(None);
    }
    out
}

fn header_cells(column: &Column, langs: &[Option<String>]) -> Vec<String> {
    match column.kind {
        Kind::Text | Kind::TextList if !langs.is_empty() => (langs.iter())
            .map(|l| match l {
                Some(tag) => format!("{}.{tag}", column.name),
                None => column.name.to_owned(),
            })
            .collect(),
        Kind::Text | Kind::TextList => Vec::new(),
        _ => vec![column.name.to_owned()],
    }
}

/// A text's string in `lang` (`None`: its plain string), or nothing.
fn text_in(text: Option<&Text>, lang: Option<&str>) -> String {
    match (text, lang) {
        (Some(Text::Plain(s)), None) => s.clone(),
        (Some(Text::Tagged(pairs)), Some(lang)) => (pairs.iter())
            .find(|(tag, _)| tag.as_str() == lang)
            .map_or_else(String::new, |(_, s)| s.clone()),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests;
