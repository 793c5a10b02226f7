//! Reading catalogue and index documents: JSON → validated model, with located problems.
//!
//! A fault inside one entry drops that entry (or just the bad value) and is reported with its
//! JSON path; only a document that is not JSON, not ours, or lacks its own identity fails whole.
//! That is how one broken exhibit never hides the other hundred.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::check::check_catalogue;
use super::links::{safe_url, LinkKind};
use super::locate;
use super::model::{About, Catalogue, Organiser};
use super::problem::{Issue, LoadError, Problem};
use super::text::Text;
use super::wire::{
    format_family, CarefulCatalogue, Lists, Probe, RawIndex, RawOrganiser, WholeCatalogue,
};

#[derive(Debug, Clone, PartialEq)]
pub enum Document {
    Catalogue {
        catalogue: Catalogue,
        problems: Vec<Problem>,
    },
    /// The catalogue URLs it lists, already resolved against the index's own URL.
    Index {
        title: Option<Text>,
        /// The exhibition's own story and organisers (format 1.1; empty when not given).
        about: About,
        catalogues: Vec<String>,
        problems: Vec<Problem>,
    },
}

/// Parses a catalogue or an index fetched from `source` (its URL, used for relative links).
pub fn parse_document(json: &str, source: &str) -> Result<Document, LoadError> {
    // serde reads a struct from an array too; a document must be an object.
    let first = json
        .trim_start_matches(['\u{feff}', ' ', '\t', '\n', '\r'])
        .chars()
        .next();
    if first.is_some_and(|c| c != '{') {
        return Err(LoadError::Invalid {
            path: "$".into(),
            message: "expected a JSON object".into(),
        });
    }
    let json = json.trim_start_matches('\u{feff}');
    // Most documents are catalogues without a fault: one typed pass reads them. Anything
    // else — an index, an unknown format, a broken entry — takes the careful path below,
    // which locates every problem (and reads an entry twice to do it).
    if let Ok(whole) = serde_json::from_str::<WholeCatalogue>(json) {
        if format_family(&whole.format) == Some(("showcase", "1")) {
            let (head, lists) = whole.split();
            return checked(check_catalogue(head, lists.numbered(), source, Vec::new()));
        }
    }
    let probe: Probe = from_json(json, "$")?;
    let format = match probe.format {
        None => return Err(LoadError::MissingFormat),
        Some(raw) => match serde_json::from_str::<String>(raw.get()) {
            Ok(format) => format,
            Err(_) => {
                return Err(LoadError::Invalid {
                    path: "$.format".into(),
                    message: format!("expected a string, found {}", raw.get()),
                })
            }
        },
    };
    match format_family(&format) {
        Some(("showcase", "1")) => parse_catalogue(json, source),
        Some(("showcase-index", "1")) => parse_index(json, source),
        _ => Err(LoadError::UnsupportedFormat(format)),
    }
}

/// A catalogue read the careful way only, which `parse_document` must always agree with.
#[cfg(test)]
pub(crate) fn parse_carefully(json: &str, source: &str) -> Result<Document, LoadError> {
    parse_catalogue(json, source)
}

/// Reads `json` as a `T`; a failure is located by line and column (not JSON) or by the JSON
/// path below `root` where the value did not fit.
fn from_json<'a, T: Deserialize<'a>>(json: &'a str, root: &str) -> Result<T, LoadError> {
    serde_json::from_str(json).map_err(|e: serde_json::Error| {
        let message = strip_position(&e.to_string());
        if e.is_syntax() || e.is_eof() {
            return LoadError::Json {
                line: e.line(),
                column: e.column(),
                message,
            };
        }
        let offset = locate::offset_of(json, e.line(), e.column());
        LoadError::Invalid {
            path: locate::path_string(root, &locate::path_at(json, offset)),
            message,
        }
    })
}

/// serde_json appends " at line L column C", which means little once a value is nested.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn parse_index(json: &str, source: &str) -> Result<Document, LoadError> {
    let raw: RawIndex = from_json(json, "$")?;
    let mut problems = Vec::new();
    let mut catalogues = Vec::new();
    for (i, item) in raw.catalogues.iter().enumerate() {
        let path = format!("$.catalogues[{i}]");
        let Some(url) = item_or_problem::<String>(item, &path, &mut problems) else {
            continue;
        };
        match safe_url(&url, source, LinkKind::Resource) {
            Ok(url) if !catalogues.contains(&url) => catalogues.push(url),
            Ok(_) => problems.push(Problem {
                path,
                issue: Issue::ListedTwice,
            }),
            Err(e) => problems.push(Problem {
                path,
                issue: Issue::Url(e),
            }),
        }
    }
    let about = read_about(&raw, source, &mut problems);
    Ok(Document::Index {
        title: raw.title,
        about,
        catalogues,
        problems,
    })
}

/// An index's `about` and `organisers` (format 1.1): a bad value or organiser is a problem at
/// its path and costs only itself.
fn read_about(raw: &RawIndex, source: &str, problems: &mut Vec<Problem>) -> About {
    let text = (raw.about.as_deref()).and_then(|v| item_or_problem::<Text>(v, "$.about", problems));
    let mut organisers = Vec::new();
    let listed = (raw.organisers.as_deref())
        .and_then(|v| item_or_problem::<Vec<Box<RawValue>>>(v, "$.organisers", problems));
    for (i, item) in listed.iter().flatten().enumerate() {
        let path = format!("$.organisers[{i}]");
        let Some(o) = item_or_problem::<RawOrganiser>(item, &path, problems) else {
            continue;
        };
        let url = o
            .url
            .and_then(|url| match safe_url(&url, source, LinkKind::Link) {
                Ok(url) => Some(url),
                Err(e) => {
                    problems.push(Problem {
                        path: format!("{path}.url"),
                        issue: Issue::Url(e),
                    });
                    None
                }
            });
        organisers.push(Organiser {
            name: o.name,
            role: o.role,
            url,
        });
    }
    About { text, organisers }
}

/// The careful path: the document's frame first, then each entry on its own, so a bad one
/// becomes a problem at its path and costs nothing else.
fn parse_catalogue(json: &str, source: &str) -> Result<Document, LoadError> {
    let raw: CarefulCatalogue = from_json(json, "$")?;
    let (head, lists) = raw.split();
    let mut problems = Vec::new();
    let entries = Lists {
        institutions: items(&lists.institutions, "institutions", &mut problems),
        fields: items(&lists.fields, "fields", &mut problems),
        events: items(&lists.events, "events", &mut problems),
        exhibits: items(&lists.exhibits, "exhibits", &mut problems),
    };
    checked(check_catalogue(head, entries, source, problems))
}

fn checked(result: Result<(Catalogue, Vec<Problem>), LoadError>) -> Result<Document, LoadError> {
    result.map(|(catalogue, problems)| Document::Catalogue {
        catalogue,
        problems,
    })
}

/// The entries of one list that have the right shape, numbered in document order.
fn items<'a, T: Deserialize<'a>>(
    raws: &'a [Box<RawValue>],
    list: &str,
    problems: &mut Vec<Problem>,
) -> Vec<(usize, T)> {
    raws.iter()
        .enumerate()
        .filter_map(|(i, raw)| {
            let path = format!("$.{list}[{i}]");
            item_or_problem(raw, &path, problems).map(|v| (i, v))
        })
        .collect()
}

fn item_or_problem<'a, T: Deserialize<'a>>(
    raw: &'a RawValue,
    path: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match from_json(raw.get(), path) {
        Ok(v) => Some(v),
        Err(LoadError::Invalid { path, message }) => {
            problems.push(Problem {
                path,
                issue: Issue::Malformed(message),
            });
            None
        }
        Err(other) => {
            problems.push(Problem {
                path: path.to_owned(),
                issue: Issue::Malformed(other.to_string()),
            });
            None
        }
    }
}

#[cfg(test)]
mod reference;
