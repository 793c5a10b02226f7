//! The syntax inside one cell.
//!
//! - **Lists** (`fields`, `cooperation`, `events`, `keywords.*`, an event's `institutions`):
//!   items separated by `;` or a line break, each trimmed: `energy; materials`.
//! - **Links**: one link per item, `label | url`; a label in several languages is
//!   `en: Paper | zh: 论文 | https://doi.org/…` (a language tag, a colon, the text).
//! - **Escapes** in list and link cells: `\` makes the next character literal, so `\;`, `\|`,
//!   `\:`, `\\` and `\` before a line break are text, not syntax.
//! - **Formula guard**: a cell that would start with `=`, `+`, `-`, `@` or `'` is written with
//!   a `'` in front (spreadsheets would run it as a formula, "CSV injection"); reading removes
//!   exactly that one `'`, so the round trip holds.

use crate::catalogue::{Tag, Text};

/// What a cell is written with, so that no spreadsheet reads it as a formula.
pub fn guard(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\'']) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// The cell's value with the formula guard removed.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\'']) => rest,
        _ => cell,
    }
}

/// Splits at unescaped separators; the pieces keep their escapes.
fn split_raw<'a>(cell: &'a str, separators: &[char]) -> Vec<&'a str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut chars = cell.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == '\\' {
            chars.next();
        } else if separators.contains(&c) {
            pieces.push(&cell[start..i]);
            start = i + c.len_utf8();
        }
    }
    pieces.push(&cell[start..]);
    pieces
}

fn unescape(piece: &str) -> String {
    let mut out = String::with_capacity(piece.len());
    let mut chars = piece.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.extend(chars.next().or(Some('\\')));
        } else {
            out.push(c);
        }
    }
    out
}

fn escape(item: &str, also: &[char]) -> String {
    let mut out = String::with_capacity(item.len());
    for c in item.chars() {
        if matches!(c, '\\' | ';' | '|' | '\n' | '\r') || also.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The items of a list cell, positions kept: an empty item is `""` (`a;;b` has three).
pub fn list_positions(cell: &str) -> Vec<String> {
    if cell.trim().is_empty() {
        return Vec::new();
    }
    let items = split_raw(cell, &[';', '\n']);
    items.iter().map(|p| unescape(p.trim())).collect()
}

/// The non-empty items of a list cell.
pub fn list(cell: &str) -> Vec<String> {
    let mut items = list_positions(cell);
    items.retain(|s| !s.is_empty());
    items
}

/// A list cell for these items.
pub fn join_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let escaped: Vec<String> = items.into_iter().map(|s| escape(s, &[])).collect();
    escaped.join("; ")
}

/// One link of a links cell: its label and URL as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellLink {
    pub label: Text,
    pub url: String,
}

/// The links of a links cell; an item that is not `label | url` is returned as an error
/// with its text.
pub fn links(cell: &str) -> Vec<Result<CellLink, String>> {
    if cell.trim().is_empty() {
        return Vec::new();
    }
    let items = split_raw(cell, &[';', '\n']);
    let items = items.into_iter().filter(|p| !p.trim().is_empty());
    items.map(link).collect()
}

fn link(item: &str) -> Result<CellLink, String> {
    let mut parts = split_raw(item, &['|']);
    let url = unescape(parts.pop().unwrap_or_default().trim());
    if parts.is_empty() || url.is_empty() {
        return Err(unescape(item.trim()));
    }
    let tagged: Vec<Option<(Tag, String)>> = parts.iter().map(|p| tagged_part(p.trim())).collect();
    let label = if parts.len() == 1 && tagged[0].is_none() {
        Text::Plain(unescape(parts[0].trim()))
    } else if tagged.iter().all(Option::is_some) {
        Text::Tagged(tagged.into_iter().flatten().collect())
    } else {
        return Err(unescape(item.trim()));
    };
    Ok(CellLink { label, url })
}

/// `zh: 论文` → (zh, 论文); the colon must be unescaped and the tag look like one.
fn tagged_part(part: &str) -> Option<(Tag, String)> {
    let (tag, text) = part.split_once(':')?;
    looks_like_tag(tag).then(|| (Tag::from(tag), unescape(text.trim())))
}

/// `en`, `zh-Hans`, `ja-JP`: a BCP 47 shape, letters first.
fn looks_like_tag(s: &str) -> bool {
    let mut subtags = s.split('-');
    let primary = subtags.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && subtags
            .all(|t| (1..=8).contains(&t.len()) && t.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A links cell for these links, one per line.
pub fn join_links<'a>(links: impl IntoIterator<Item = (&'a Text, &'a str)>) -> String {
    let lines: Vec<String> = links
        .into_iter()
        .map(|(label, url)| {
            let label = match label {
                // A colon is escaped so that `TRL: 5` stays a plain label.
                Text::Plain(s) => escape(s, &[':']),
                Text::Tagged(pairs) => {
                    let parts: Vec<String> = (pairs.iter())
                        .map(|(tag, s)| format!("{}: {}", tag.as_str(), escape(s, &[])))
                        .collect();
                    parts.join(" | ")
                }
            };
            format!("{label} | {}", escape(url, &[]))
        })
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_at_semicolons_and_lines_and_honour_escapes() {
        assert_eq!(
            list(" energy; materials\nai ;"),
            ["energy", "materials", "ai"]
        );
        assert_eq!(list(r"a\; b; c\\"), ["a; b", r"c\"]);
        assert_eq!(list_positions("a;;b"), ["a", "", "b"]);
        assert!(list("  ").is_empty());
        let items = ["x; y", "line\nbreak", r"back\slash", "pipe | here"];
        assert_eq!(list(&join_list(items)), items);
    }

    #[test]
    fn links_are_label_bar_url_in_one_or_many_languages() {
        let got = links("Paper | https://doi.org/1\nen: Site | zh: 网站 | https://x.example/");
        assert_eq!(
            got[0],
            Ok(CellLink {
                label: Text::Plain("Paper".into()),
                url: "https://doi.org/1".into()
            })
        );
        let Ok(CellLink {
            label: Text::Tagged(pairs),
            ..
        }) = &got[1]
        else {
            panic!("{got:?}");
        };
        assert_eq!((pairs[1].0.as_str(), pairs[1].1.as_str()), ("zh", "网站"));
        assert_eq!(links("just-a-url"), [Err("just-a-url".to_owned())]);
        assert_eq!(
            links("en: A | plain | https://x"),
            [Err("en: A | plain | https://x".to_owned())]
        );
    }

    #[test]
    fn a_plain_label_that_looks_tagged_survives_the_round_trip() {
        let label = Text::Plain("TRL: 5 | ok; yes".into());
        let cell = join_links([(&label, "https://x.example/a;b")]);
        assert_eq!(
            links(&cell),
            [Ok(CellLink {
                label,
                url: "https://x.example/a;b".into()
            })]
        );
    }

    #[test]
    fn the_formula_guard_is_added_and_removed_exactly() {
        for value in [
            "=SUM(A1)", "+1", "-x", "@cmd", "'quoted", "''=", "plain", "", "a=b",
        ] {
            let written = guard(value.to_owned());
            assert!(!written.starts_with(['=', '+', '-', '@']), "{written}");
            assert_eq!(unguard(&written), value);
        }
        // An author's own leading quote before ordinary text is kept.
        assert_eq!(unguard("'hello"), "'hello");
    }
}
