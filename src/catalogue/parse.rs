//! Reading catalogue and index documents: JSON → validated model, with located problems.
//!
//! A fault inside one entry drops that entry (or just the bad value) and is reported with its
//! JSON path; only a document that is not JSON, not ours, or lacks its own identity fails whole.
//! That is how one broken exhibit never hides the other hundred.

use rustc_hash::FxHashSet as HashSet;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::sync::Arc;

use super::links::{safe_url, LinkError, LinkKind};
use super::locate;
use super::model::*;
use super::text::Text;

pub const CATALOGUE_FORMAT: &str = "showcase/1";
pub const INDEX_FORMAT: &str = "showcase-index/1";

/// Why a source could not be used at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("could not be fetched: {0}")]
    Network(String),
    #[error("the server answered HTTP {status}")]
    Http { status: u16 },
    #[error("is not valid JSON (line {line}, column {column}): {message}")]
    Json {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("has no \"format\" field; expected \"{CATALOGUE_FORMAT}\" or \"{INDEX_FORMAT}\"")]
    MissingFormat,
    #[error("uses the unsupported format \"{0}\"; this app reads \"{CATALOGUE_FORMAT}\" and \"{INDEX_FORMAT}\"")]
    UnsupportedFormat(String),
    #[error("breaks the format at {path}: {message}")]
    Invalid { path: String, message: String },
}

/// Something wrong inside a document that cost only the entry or value at `path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A JSON path such as `$.exhibits[3].trl`, or the entity concerned after merging.
    pub path: String,
    pub issue: Issue,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.issue)
    }
}

/// What was wrong, as data, so the interface can say it in the visitor's language. The
/// English wording here is for logs and tests.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Issue {
    /// serde's description of a value of the wrong shape; the entry was skipped.
    #[error("{0}; entry skipped")]
    Malformed(String),
    #[error("listed twice")]
    ListedTwice,
    #[error("{0}; the URL was dropped")]
    Url(LinkError),
    #[error("\"{0}\" is not a YYYY-MM-DD date; ignored")]
    Date(String),
    #[error("\"{0}\" is not a valid id (use a-z, 0-9, '-' and '_'); entry skipped")]
    Id(String),
    #[error("the id \"{0}\" is used twice; later entry skipped")]
    DuplicateId(String),
    #[error("\"{0}\" is not an ISO 3166-1 alpha-2 code; entry skipped")]
    Country(String),
    #[error("the title is empty; entry skipped")]
    EmptyTitle,
    #[error("{0} is outside the TRL scale 1–9; ignored")]
    Trl(i64),
    #[error("unknown IP status \"{0}\"; ignored")]
    IpStatus(String),
    #[error("unknown cooperation mode \"{0}\"; ignored")]
    Cooperation(String),
    #[error("\"{0}\" is not an e-mail address; ignored")]
    Email(String),
    #[error("country {given} disagrees with {kept} given earlier; the earlier one is kept")]
    CountryConflict { given: String, kept: String },
    #[error("already defined by {0}; this one is skipped")]
    DuplicateExhibit(String),
    #[error("names the unknown institution \"{0}\"")]
    UnknownInstitution(String),
    #[error("names the unknown field \"{0}\"; ignored")]
    UnknownField(String),
    #[error("names the unknown event \"{0}\"; ignored")]
    UnknownEvent(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Document {
    Catalogue {
        catalogue: Catalogue,
        problems: Vec<Problem>,
    },
    /// The catalogue URLs it lists, already resolved against the index's own URL.
    Index {
        title: Option<Text>,
        catalogues: Vec<String>,
        problems: Vec<Problem>,
    },
}

/// Parses a catalogue or an index fetched from `source` (its URL, used for relative links).
pub fn parse_document(json: &str, source: &str) -> Result<Document, LoadError> {
    #[derive(Deserialize)]
    struct Probe {
        format: Option<serde_json::Value>,
    }
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
        if format_family(&whole._format) == Some(("showcase", "1")) {
            return check_catalogue(whole.into_parts(), source, Vec::new());
        }
    }
    let probe: Probe = from_json(json, "$")?;
    let format = match probe.format {
        None => return Err(LoadError::MissingFormat),
        Some(serde_json::Value::String(s)) => s,
        Some(other) => {
            return Err(LoadError::Invalid {
                path: "$.format".into(),
                message: format!("expected a string, found {other}"),
            })
        }
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

/// `showcase/1.2` → (`showcase`, `1`): minor versions only add optional keys.
fn format_family(format: &str) -> Option<(&str, &str)> {
    let (name, version) = format.split_once('/')?;
    Some((name, version.split('.').next()?))
}

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

#[derive(Deserialize)]
struct RawIndex {
    title: Option<Text>,
    catalogues: Vec<Box<RawValue>>,
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
    Ok(Document::Index {
        title: raw.title,
        catalogues,
        problems,
    })
}

/// A catalogue document. The careful path reads each list as raw entries (`Box<RawValue>`,
/// parsed one by one afterwards); the one-pass path as typed ones.
#[derive(Deserialize)]
struct RawCatalogue<I, N, X> {
    /// Checked by the caller (the careful path already knows it is a supported one).
    #[serde(rename = "format")]
    _format: String,
    id: String,
    title: Text,
    description: Option<Text>,
    updated: Option<String>,
    #[serde(default)]
    sample: bool,
    #[serde(default = "Vec::new")]
    institutions: Vec<I>,
    #[serde(default = "Vec::new")]
    fields: Vec<N>,
    #[serde(default = "Vec::new")]
    events: Vec<N>,
    #[serde(default = "Vec::new")]
    exhibits: Vec<X>,
}

type CarefulCatalogue = RawCatalogue<Box<RawValue>, Box<RawValue>, Box<RawValue>>;
/// A catalogue in which every entry has the right shape.
type WholeCatalogue<'a> = RawCatalogue<RawInstitution, RawNamed, RawExhibit<'a>>;

/// A catalogue's entries that have the right shape, each with its index in the document.
struct Parts<'a> {
    id: String,
    title: Text,
    description: Option<Text>,
    updated: Option<String>,
    sample: bool,
    institutions: Vec<(usize, RawInstitution)>,
    fields: Vec<(usize, RawNamed)>,
    events: Vec<(usize, RawNamed)>,
    exhibits: Vec<(usize, RawExhibit<'a>)>,
}

impl<'a> WholeCatalogue<'a> {
    fn into_parts(self) -> Parts<'a> {
        fn numbered<T>(items: Vec<T>) -> Vec<(usize, T)> {
            items.into_iter().enumerate().collect()
        }
        Parts {
            id: self.id,
            title: self.title,
            description: self.description,
            updated: self.updated,
            sample: self.sample,
            institutions: numbered(self.institutions),
            fields: numbered(self.fields),
            events: numbered(self.events),
            exhibits: numbered(self.exhibits),
        }
    }
}

#[derive(Deserialize)]
struct RawInstitution {
    id: String,
    name: Text,
    country: String,
    url: Option<String>,
    logo: Option<String>,
}

#[derive(Deserialize)]
struct RawNamed {
    id: String,
    name: Text,
    date: Option<String>,
}

#[derive(Deserialize)]
struct RawContact {
    name: Option<String>,
    email: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize)]
struct RawLink {
    label: Text,
    url: String,
}

/// Values that only pick an option (`ip`, `cooperation`) borrow from the document.
#[derive(Deserialize)]
struct RawExhibit<'a> {
    id: String,
    title: Text,
    summary: Text,
    institution: String,
    #[serde(default)]
    fields: Vec<String>,
    #[serde(default)]
    keywords: Vec<Text>,
    trl: Option<i64>,
    #[serde(borrow)]
    ip: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    cooperation: Vec<Cow<'a, str>>,
    image: Option<String>,
    contact: Option<RawContact>,
    #[serde(default)]
    links: Vec<RawLink>,
    #[serde(default)]
    events: Vec<String>,
    updated: Option<String>,
}

/// Where an entry sits in its document. Paths are spelled out only for a problem: a
/// catalogue of 100,000 valid exhibits allocates none.
#[derive(Clone, Copy)]
struct At {
    list: &'static str,
    index: usize,
}

impl At {
    fn path(self, rest: &str) -> String {
        format!("$.{}[{}]{rest}", self.list, self.index)
    }
}

/// Collects problems for one document, with the helpers that turn a bad value into one.
struct Checker<'a> {
    source: &'a str,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, path: String, issue: Issue) {
        self.problems.push(Problem { path, issue });
    }

    fn url(
        &mut self,
        raw: Option<String>,
        path: impl FnOnce() -> String,
        kind: LinkKind,
    ) -> Option<String> {
        match safe_url(&raw?, self.source, kind) {
            Ok(url) => Some(url),
            Err(e) => {
                self.report(path(), Issue::Url(e));
                None
            }
        }
    }

    fn date(&mut self, raw: Option<String>, path: impl FnOnce() -> String) -> Option<String> {
        let raw = raw?;
        if is_date(&raw) {
            Some(raw)
        } else {
            self.report(path(), Issue::Date(raw));
            None
        }
    }

    /// Items whose id is malformed or repeated are dropped, so every id in the model is unique.
    /// (`seen` is a set: a linear scan made 100,000 exhibits cost 5·10⁹ comparisons.)
    fn id_ok(&mut self, id: &str, at: At, seen: &mut HashSet<String>) -> bool {
        if !is_slug(id) {
            self.report(at.path(".id"), Issue::Id(id.to_owned()));
            return false;
        }
        if !seen.insert(id.to_owned()) {
            self.report(at.path(".id"), Issue::DuplicateId(id.to_owned()));
            return false;
        }
        true
    }
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

fn items<'a, T: Deserialize<'a>>(
    raws: &'a [Box<RawValue>],
    name: &str,
    problems: &mut Vec<Problem>,
) -> Vec<(usize, T)> {
    raws.iter()
        .enumerate()
        .filter_map(|(i, raw)| {
            let path = format!("$.{name}[{i}]");
            item_or_problem(raw, &path, problems).map(|v| (i, v))
        })
        .collect()
}

fn parse_catalogue(json: &str, source: &str) -> Result<Document, LoadError> {
    let raw: CarefulCatalogue = from_json(json, "$")?;
    let mut problems = Vec::new();
    let parts = Parts {
        institutions: items(&raw.institutions, "institutions", &mut problems),
        fields: items(&raw.fields, "fields", &mut problems),
        events: items(&raw.events, "events", &mut problems),
        exhibits: items(&raw.exhibits, "exhibits", &mut problems),
        id: raw.id,
        title: raw.title,
        description: raw.description,
        updated: raw.updated,
        sample: raw.sample,
    };
    check_catalogue(parts, source, problems)
}

/// Entries of the right shape → the validated model; what fails validation becomes a problem.
fn check_catalogue(
    raw: Parts<'_>,
    source: &str,
    problems: Vec<Problem>,
) -> Result<Document, LoadError> {
    if !is_slug(&raw.id) {
        return Err(LoadError::Invalid {
            path: "$.id".into(),
            message: format!("\"{}\" is not a valid id", raw.id),
        });
    }
    let mut c = Checker { source, problems };
    let updated = c.date(raw.updated, || "$.updated".into());
    let at = |list: &'static str, index: usize| At { list, index };

    let mut seen = HashSet::default();
    let institutions = raw
        .institutions
        .into_iter()
        .filter_map(|(i, r)| {
            let at = at("institutions", i);
            if !c.id_ok(&r.id, at, &mut seen) {
                return None;
            }
            let country = r.country.trim().to_ascii_uppercase();
            if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
                c.report(at.path(".country"), Issue::Country(r.country.clone()));
                return None;
            }
            Some(Institution {
                url: c.url(r.url, || at.path(".url"), LinkKind::Link),
                logo: c.url(r.logo, || at.path(".logo"), LinkKind::Resource),
                id: r.id,
                name: r.name,
                country,
            })
        })
        .collect();

    let mut seen = HashSet::default();
    let fields = raw
        .fields
        .into_iter()
        .filter(|(i, r)| c.id_ok(&r.id, at("fields", *i), &mut seen))
        .map(|(_, r)| Field {
            id: r.id,
            name: r.name,
        })
        .collect();

    let mut seen = HashSet::default();
    let events = raw
        .events
        .into_iter()
        .filter_map(|(i, r)| {
            let at = at("events", i);
            c.id_ok(&r.id, at, &mut seen).then(|| Event {
                date: c.date(r.date, || at.path(".date")),
                id: r.id,
                name: r.name,
            })
        })
        .collect();

    let mut seen = HashSet::with_capacity_and_hasher(raw.exhibits.len(), Default::default());
    let mut exhibits = Vec::with_capacity(raw.exhibits.len());
    for (i, r) in raw.exhibits {
        let at = at("exhibits", i);
        if c.id_ok(&r.id, at, &mut seen) {
            exhibits.extend(exhibit(&mut c, at, r).map(Arc::new));
        }
    }

    Ok(Document::Catalogue {
        catalogue: Catalogue {
            source: source.to_owned(),
            id: raw.id,
            title: raw.title,
            description: raw.description,
            updated,
            sample: raw.sample,
            institutions,
            fields,
            events,
            exhibits,
        },
        problems: c.problems,
    })
}

fn exhibit(c: &mut Checker, at: At, r: RawExhibit<'_>) -> Option<Exhibit> {
    if r.title.is_blank() {
        c.report(at.path(".title"), Issue::EmptyTitle);
        return None;
    }
    let trl = match r.trl {
        None => None,
        Some(n @ 1..=9) => Some(n as u8),
        Some(n) => {
            c.report(at.path(".trl"), Issue::Trl(n));
            None
        }
    };
    let ip = r.ip.and_then(|s| {
        let parsed = IpStatus::parse(&s);
        if parsed.is_none() {
            c.report(at.path(".ip"), Issue::IpStatus(s.to_string()));
        }
        parsed
    });
    let mut cooperation = Vec::new();
    for (i, s) in r.cooperation.iter().enumerate() {
        match Cooperation::parse(s) {
            Some(mode) if !cooperation.contains(&mode) => cooperation.push(mode),
            Some(_) => {}
            None => c.report(
                at.path(&format!(".cooperation[{i}]")),
                Issue::Cooperation(s.to_string()),
            ),
        }
    }
    let contact = r.contact.map(|rc| {
        let email = rc.email.and_then(|e| {
            let e = e.trim().to_owned();
            if is_email(&e) {
                Some(e)
            } else {
                c.report(at.path(".contact.email"), Issue::Email(e.clone()));
                None
            }
        });
        Contact {
            name: rc.name,
            email,
            url: c.url(rc.url, || at.path(".contact.url"), LinkKind::Link),
        }
    });
    let links = r
        .links
        .into_iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let url = c.url(
                Some(l.url),
                || at.path(&format!(".links[{i}].url")),
                LinkKind::Link,
            )?;
            Some(Link {
                label: l.label,
                url,
            })
        })
        .collect();
    Some(Exhibit {
        image: c.url(r.image, || at.path(".image"), LinkKind::Resource),
        updated: c.date(r.updated, || at.path(".updated")),
        id: r.id,
        title: r.title,
        summary: r.summary,
        institution: r.institution,
        fields: dedup(r.fields),
        keywords: r.keywords,
        trl,
        ip,
        cooperation,
        contact,
        links,
        events: dedup(r.events),
    })
}

fn dedup(mut ids: Vec<String>) -> Vec<String> {
    let mut seen = Vec::with_capacity(ids.len());
    ids.retain(|id| {
        let fresh = !seen.contains(id);
        if fresh {
            seen.push(id.clone());
        }
        fresh
    });
    ids
}

/// Lower-case letters, digits, `-` and `_`, starting with a letter or digit (as the schema says).
pub fn is_slug(id: &str) -> bool {
    id.len() <= 128
        && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// `YYYY-MM-DD` with a plausible month and day; the calendar's finer points are not our concern.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    matches!(
        (digits(0..4), digits(5..7), digits(8..10)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !s
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "<>\"?&".contains(c))
        }
        None => false,
    }
}

#[cfg(test)]
mod reference;
