//! Reading documents exactly as the app does — `parse_document`, an index's catalogues
//! followed in their listed order, each URL once, `Exhibition::merge` over all catalogues —
//! and locating what was found in the text. The caller brings the bytes (`Fetch`).
//!
//! A document's text is dropped once its findings are located; what the merge may still need
//! to locate (where each exhibit, institution and event starts) is kept as positions by id.

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;

use super::advice::advise;
use super::report::{DocumentReport, Failure, Finding, Kind, Report, Severity};
use crate::catalogue::{
    parse_document, positions, Catalogue, Document, Exhibition, Issue, LoadError, Locator,
    Position, Problem,
};
use crate::i18n::Lang;
use crate::labels;

/// Reads one source (a path or URL, already resolved) into text, or says why it cannot.
/// `LoadError::Network` carries the reason as a sentence for the author.
pub type Fetch<'a> = dyn FnMut(&str) -> Result<String, LoadError> + 'a;

/// Checks `sources` (and whatever indexes among them list) in the given order.
pub fn check_sources(sources: &[String], lang: Lang, strict: bool, fetch: &mut Fetch) -> Report {
    check_and_keep(sources, lang, strict, fetch).0
}

/// [`check_sources`], also giving back the catalogues as the app reads them (the check page
/// previews and writes them without reading the text again).
pub fn check_and_keep(
    sources: &[String],
    lang: Lang,
    strict: bool,
    fetch: &mut Fetch,
) -> (Report, Vec<Catalogue>) {
    let mut run = Run {
        lang,
        fetch,
        seen: HashSet::default(),
        documents: Vec::new(),
        catalogues: Vec::new(),
    };
    for source in sources {
        run.visit(source);
    }
    let exhibition = Exhibition::merge(run.catalogues.iter().map(|c| &c.catalogue));
    let by_source: HashMap<&str, &Loaded> = (run.catalogues.iter())
        .map(|c| (c.catalogue.source.as_str(), c))
        .collect();
    let mut merged: Vec<(usize, Finding)> = Vec::new();
    for found in exhibition.problems {
        let Some(loaded) = by_source.get(found.source.as_str()) else {
            continue;
        };
        let place =
            merge_target(&found.problem.path).and_then(|(list, id)| loaded.places.find(list, id));
        let (path, position) = match place {
            Some((path, position)) => (path, Some(position)),
            None => (found.problem.path.clone(), None),
        };
        merged.push((
            loaded.document,
            finding(path, position, &found.problem.issue, lang),
        ));
    }
    for (document, finding) in merged {
        run.documents[document].problems.push(finding);
    }
    drop(by_source);
    let catalogues = run.catalogues.into_iter().map(|c| c.catalogue).collect();
    (Report::new(run.documents, strict), catalogues)
}

struct Run<'f, 'a> {
    lang: Lang,
    fetch: &'f mut Fetch<'a>,
    seen: HashSet<String>,
    documents: Vec<DocumentReport>,
    catalogues: Vec<Loaded>,
}

/// A catalogue that was read, kept for the merge.
struct Loaded {
    document: usize,
    catalogue: Catalogue,
    places: Places,
}

impl Run<'_, '_> {
    fn visit(&mut self, source: &str) {
        if !self.seen.insert(source.to_owned()) {
            return;
        }
        let mut report = DocumentReport::new(source);
        let text = match (self.fetch)(source) {
            Ok(text) => text,
            Err(e) => {
                report.error = Some(failure(&e, self.lang));
                self.documents.push(report);
                return;
            }
        };
        let listed = match parse_document(&text, source) {
            Err(e) => {
                report.error = Some(failure(&e, self.lang));
                Vec::new()
            }
            Ok(Document::Index {
                catalogues,
                problems,
                ..
            }) => {
                report.kind = Some(Kind::Index);
                report.counts.catalogues = catalogues.len();
                let mut locator = Locator::new(&text);
                report.problems = locate(&text, &mut locator, &problems, self.lang);
                catalogues
            }
            Ok(Document::Catalogue {
                catalogue,
                problems,
            }) => {
                report.kind = Some(Kind::Catalogue);
                let counts = &mut report.counts;
                counts.exhibits = catalogue.exhibits.len();
                counts.institutions = catalogue.institutions.len();
                counts.fields = catalogue.fields.len();
                counts.events = catalogue.events.len();
                let mut locator = Locator::new(&text);
                report.problems = locate(&text, &mut locator, &problems, self.lang);
                let places = Places::read(&text, &mut locator);
                report
                    .problems
                    .extend(advice(&text, &mut locator, &catalogue, &places, self.lang));
                self.catalogues.push(Loaded {
                    document: self.documents.len(),
                    catalogue,
                    places,
                });
                Vec::new()
            }
        };
        drop(text);
        self.documents.push(report);
        for url in listed {
            self.visit(&url);
        }
    }
}

fn failure(e: &LoadError, lang: Lang) -> Failure {
    let (line, column) = match e {
        // serde_json counts a column 0 before a line's first character.
        LoadError::Json { line, column, .. } => (Some(*line), Some((*column).max(1))),
        _ => (None, None),
    };
    let message = match e {
        LoadError::Network(reason) => format!("could not be read: {reason}"),
        other => labels::load_error(lang, other),
    };
    Failure {
        message,
        line,
        column,
    }
}

fn finding(path: String, at: Option<Position>, issue: &Issue, lang: Lang) -> Finding {
    Finding {
        path,
        line: at.map(|p| p.line),
        column: at.map(|p| p.column),
        message: labels::issue(lang, issue),
        severity: Severity::Error,
    }
}

/// Problems with the line and column of their path.
fn locate(text: &str, locator: &mut Locator, problems: &[Problem], lang: Lang) -> Vec<Finding> {
    let at = place_all(text, locator, problems.iter().map(|p| p.path.as_str()));
    (problems.iter().zip(at))
        .map(|(p, at)| finding(p.path.clone(), at, &p.issue, lang))
        .collect()
}

fn advice(
    text: &str,
    locator: &mut Locator,
    c: &Catalogue,
    places: &Places,
    lang: Lang,
) -> Vec<Finding> {
    let found = advise(c, |id| places.find("exhibits", id).map(|(path, _)| path));
    let at = place_all(text, locator, found.iter().map(|(path, _)| path.as_str()));
    (found.into_iter().zip(at))
        .map(|((path, advice), at)| Finding {
            path,
            line: at.map(|p| p.line),
            column: at.map(|p| p.column),
            message: super::wording::advice(lang, &advice),
            severity: Severity::Warning,
        })
        .collect()
}

/// The positions of many paths, found with one sweep of the text.
fn place_all<'p>(
    text: &str,
    locator: &mut Locator,
    paths: impl Iterator<Item = &'p str>,
) -> Vec<Option<Position>> {
    let offsets: Vec<Option<usize>> = paths.map(|p| locator.offset(p)).collect();
    let mut order: Vec<usize> = (0..offsets.len())
        .filter(|&i| offsets[i].is_some())
        .collect();
    order.sort_by_key(|&i| offsets[i]);
    let sorted: Vec<usize> = order.iter().filter_map(|&i| offsets[i]).collect();
    let mut out = vec![None; offsets.len()];
    for (i, position) in order.into_iter().zip(positions(text, &sorted)) {
        out[i] = Some(position);
    }
    out
}

/// `exhibit "x"` (a merge problem's path) → the list and the id it names.
fn merge_target(path: &str) -> Option<(&'static str, &str)> {
    let (entity, quoted) = path.split_once(' ')?;
    let id = quoted.strip_prefix('"')?.strip_suffix('"')?;
    let list = match entity {
        "exhibit" => "exhibits",
        "institution" => "institutions",
        "event" => "events",
        _ => return None,
    };
    Some((list, id))
}

/// Where each entry of the lists a merge problem can name starts, by id. The first entry
/// with an id is the one the model kept.
struct Places {
    lists: Vec<(&'static str, ById)>,
}

/// An entry's index in its list and where it starts, by id.
type ById = HashMap<String, (usize, Position)>;

impl Places {
    fn read(text: &str, locator: &mut Locator) -> Places {
        let lists = ["exhibits", "institutions", "events"].map(|list| {
            let entries = locator.ids(&format!("$.{list}"));
            let offsets: Vec<usize> = entries.iter().map(|(at, _)| *at).collect();
            let mut by_id = HashMap::default();
            for (index, ((_, id), position)) in entries
                .into_iter()
                .zip(positions(text, &offsets))
                .enumerate()
            {
                if let Some(id) = id {
                    by_id.entry(id).or_insert((index, position));
                }
            }
            (list, by_id)
        });
        Places {
            lists: lists.into(),
        }
    }

    /// The JSON path and position of the entry of `list` with this id.
    fn find(&self, list: &str, id: &str) -> Option<(String, Position)> {
        let (_, by_id) = self.lists.iter().find(|(l, _)| *l == list)?;
        let &(index, position) = by_id.get(id)?;
        Some((format!("$.{list}[{index}]"), position))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files<'a>(files: &'a [(&str, &str)]) -> impl FnMut(&str) -> Result<String, LoadError> + 'a {
        move |url: &str| {
            (files.iter().find(|(name, _)| *name == url))
                .map(|(_, text)| text.to_string())
                .ok_or_else(|| LoadError::Network(format!("no such file {url}")))
        }
    }

    const INDEX: &str =
        r#"{"format": "showcase-index/1", "catalogues": ["a.json", "missing.json", "a.json"]}"#;
    const A: &str = r#"{"format": "showcase/1", "id": "a", "title": "A", "updated": "2022-11-28",
"institutions": [{"id": "u", "name": "U", "country": "JP"}],
"exhibits": [
  {"id": "x", "title": "X", "summary": "S", "institution": "u", "trl": 12, "contact": {"name": "N"}},
  {"id": "y", "title": "Y", "summary": "S", "institution": "nowhere", "contact": {"name": "N"}}
]}"#;

    #[test]
    fn an_index_is_followed_in_order_and_every_finding_is_located() {
        let mut fetch = files(&[("dir/index.json", INDEX), ("dir/a.json", A)]);
        let report = check_sources(&["dir/index.json".into()], Lang::En, false, &mut fetch);
        let sources: Vec<&str> = report.documents.iter().map(|d| d.source.as_str()).collect();
        assert_eq!(
            sources,
            ["dir/index.json", "dir/a.json", "dir/missing.json"]
        );
        let index = &report.documents[0];
        assert_eq!(index.problems[0].path, "$.catalogues[2]");
        assert_eq!(index.problems[0].message, "listed twice");
        let a = &report.documents[1];
        let lines: Vec<String> = (a.problems.iter())
            .map(|f| format!("{:?}:{:?} {} {}", f.line, f.column, f.path, f.message))
            .collect();
        assert_eq!(
            lines,
            [
                "Some(4):Some(72) $.exhibits[0].trl 12 is outside the TRL scale 1–9; ignored",
                "Some(5):Some(3) $.exhibits[1] names the unknown institution \"nowhere\"",
            ]
        );
        assert!(report.documents[2]
            .error
            .as_ref()
            .unwrap()
            .message
            .contains("no such file"));
        assert_eq!(report.exit_code, 2);
    }

    #[test]
    fn the_app_wording_is_used_in_the_asked_language() {
        let mut fetch = files(&[("a.json", A)]);
        let report = check_sources(&["a.json".into()], Lang::Ja, false, &mut fetch);
        assert!(report.documents[0].problems[0]
            .message
            .contains("TRL の範囲"));
        assert_eq!(report.exit_code, 1);
    }

    #[test]
    fn unreadable_documents_say_why_with_the_place_when_known() {
        let mut fetch = files(&[
            ("n.json", "{\n  nope"),
            ("f.json", r#"{"format": "showcase/9"}"#),
        ]);
        let report = check_sources(
            &["n.json".into(), "f.json".into()],
            Lang::En,
            false,
            &mut fetch,
        );
        let n = report.documents[0].error.as_ref().unwrap();
        assert_eq!((n.line, n.column), (Some(2), Some(3)));
        assert!(n.message.starts_with("is not valid JSON"), "{}", n.message);
        let f = report.documents[1].error.as_ref().unwrap();
        assert!(f.message.contains("showcase/9"), "{}", f.message);
    }

    #[test]
    fn a_duplicate_across_catalogues_is_located_in_the_later_file() {
        let b = A.replace("\"id\": \"a\"", "\"id\": \"b\"");
        let both = [("a.json", A), ("b.json", b.as_str())];
        let mut fetch = files(&both);
        let report = check_sources(
            &["a.json".into(), "b.json".into()],
            Lang::En,
            false,
            &mut fetch,
        );
        let dup = (report.documents[1].problems.iter())
            .find(|f| f.message.starts_with("already defined by a.json"))
            .expect("the duplicate is reported in b.json");
        assert_eq!((dup.path.as_str(), dup.line), ("$.exhibits[0]", Some(4)));
    }
}
