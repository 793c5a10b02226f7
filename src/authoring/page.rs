//! The check page's answer (`?page=check`), in the visitor's language: the same reading, the
//! same findings and the same words as `showcase-cli check`, plus what only a page needs —
//! where each finding is in the text as the browser counts it (UTF-16), a summary line, and
//! the corrected catalogue. Pure, so every rule of the page is tested natively.

use super::check::check_sources;
use super::report::{DocumentReport, Severity};
use crate::catalogue::{parse_document, to_json, Document, LoadError};
use crate::i18n::{tf, tn, Lang, Msg};
use crate::labels;

/// What the author gave: a file's or an address's bytes under its name, or why they could not
/// be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    bytes: Result<Vec<u8>, LoadError>,
}

impl Input {
    pub fn new(name: &str, bytes: Vec<u8>) -> Input {
        Input {
            name: name.to_owned(),
            bytes: Ok(bytes),
        }
    }

    pub fn failed(name: &str, error: LoadError) -> Input {
        Input {
            name: name.to_owned(),
            bytes: Err(error),
        }
    }
}

/// One finding as the page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageFinding {
    /// The JSON path (`$.exhibits[3].trl`) or the cell (`exhibits!F12`).
    pub place: String,
    /// "line 4, column 12" when the text says where.
    pub at: Option<String>,
    pub line: Option<u32>,
    pub message: String,
    pub warning: bool,
    /// The UTF-16 range of the text view to select: from the place to the end of its line.
    pub select: Option<(u32, u32)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Examined {
    pub name: String,
    /// The text as read, for the read-only view.
    pub shown: String,
    pub lines: u32,
    pub findings: Vec<PageFinding>,
    pub errors: usize,
    pub warnings: usize,
    /// "mine.json: 2 problems, 1 suggestion." (or that it is clean, or unreadable).
    pub summary: String,
    /// The catalogue as the showcase keeps it, written out; `None` when nothing could be read
    /// or the document is an index.
    pub corrected: Option<String>,
    /// An index's catalogues, to check one by one.
    pub listed: Vec<String>,
    /// The text was a spreadsheet's rows, converted to a catalogue.
    pub converted: bool,
}

impl Examined {
    /// The download's file name: the input's own, marked as checked.
    pub fn corrected_name(&self) -> String {
        let base = self.name.rsplit('/').next().unwrap_or(&self.name);
        let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
        let stem = if stem.is_empty() { "catalogue" } else { stem };
        format!("{stem}.checked.json")
    }
}

/// Reads `input` as the app would and says what it found, in `lang`.
pub fn examine(input: &Input, lang: Lang) -> Examined {
    let name = input.name.clone();
    let text = match &input.bytes {
        Ok(bytes) => decode(bytes),
        Err(e) => return unreadable(name, String::new(), &labels::load_error(lang, e), lang),
    };
    let mut fetch = |source: &str| -> Result<String, LoadError> {
        match source == name {
            true => Ok(text.clone()),
            // An index's catalogues are checked one by one, from the list the page shows.
            false => Err(LoadError::Network(String::new())),
        }
    };
    let report = check_sources(std::slice::from_ref(&name), lang, false, &mut fetch);
    let Some(document) = report.documents.into_iter().next() else {
        return unreadable(name, text, "", lang);
    };
    if let Some(failure) = &document.error {
        let mut examined = unreadable(name, text, &failure.message, lang);
        examined.findings = findings(&examined.shown, &document, lang);
        return examined;
    }
    let (corrected, listed) = match parse_document(&text, &name) {
        Ok(Document::Catalogue { catalogue, .. }) => (Some(to_json(&catalogue)), Vec::new()),
        Ok(Document::Index { catalogues, .. }) => (None, catalogues),
        Err(_) => (None, Vec::new()),
    };
    let findings = findings(&text, &document, lang);
    let (errors, warnings) = (document.counts.errors, document.counts.warnings);
    let summary = match (errors, warnings) {
        (0, 0) => tf(lang, Msg::CheckClean, &[("name", &name)]),
        _ => tf(
            lang,
            Msg::CheckSummary,
            &[
                ("name", &name),
                ("problems", &tn(lang, Msg::CheckProblems, errors, &[])),
                ("warnings", &tn(lang, Msg::CheckWarnings, warnings, &[])),
            ],
        ),
    };
    Examined {
        lines: line_count(&text),
        shown: text,
        name,
        findings,
        errors,
        warnings,
        summary,
        corrected,
        listed,
        converted: false,
    }
}

fn unreadable(name: String, shown: String, message: &str, lang: Lang) -> Examined {
    let summary = tf(
        lang,
        Msg::CheckUnreadable,
        &[("name", &name), ("message", message)],
    );
    Examined {
        lines: line_count(&shown),
        shown,
        name,
        findings: Vec::new(),
        errors: 0,
        warnings: 0,
        summary,
        corrected: None,
        listed: Vec::new(),
        converted: false,
    }
}

/// UTF-8 with or without its BOM; invalid bytes become U+FFFD where they stand, as when the
/// app fetches a catalogue.
fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}

fn line_count(text: &str) -> u32 {
    1 + memchr::memchr_iter(b'\n', text.as_bytes()).count() as u32
}

fn findings(text: &str, document: &DocumentReport, lang: Lang) -> Vec<PageFinding> {
    let failure = document
        .error
        .iter()
        .map(|f| (f.line, f.column, "$".to_owned(), f.message.clone(), false));
    let problems = (document.problems.iter()).map(|f| {
        (
            f.line,
            f.column,
            f.path.clone(),
            f.message.clone(),
            f.severity == Severity::Warning,
        )
    });
    let all: Vec<_> = failure.chain(problems).collect();
    let places: Vec<Option<(usize, usize)>> = all
        .iter()
        .map(|(line, column, ..)| line.zip(*column))
        .collect();
    let ranges = utf16_ranges(text, &places);
    (all.into_iter().zip(ranges))
        .map(
            |((line, column, place, message, warning), select)| PageFinding {
                at: line.zip(column).map(|(l, c)| {
                    tf(
                        lang,
                        Msg::CheckAt,
                        &[("line", &l.to_string()), ("column", &c.to_string())],
                    )
                }),
                line: line.map(|l| l as u32),
                place,
                message,
                warning,
                select,
            },
        )
        .collect()
}

/// For each (line, column) — 1-based, the column in characters — the UTF-16 range from there
/// to the end of its line, as a text view selects. One sweep of the text for all of them.
pub fn utf16_ranges(text: &str, places: &[Option<(usize, usize)>]) -> Vec<Option<(u32, u32)>> {
    let mut wanted: Vec<(usize, usize, usize)> = (places.iter().enumerate())
        .filter_map(|(i, p)| p.map(|(line, column)| (line, column, i)))
        .collect();
    wanted.sort_unstable();
    let mut out = vec![None; places.len()];
    let mut next = wanted.iter().peekable();
    let (mut line, mut column, mut unit) = (1usize, 1usize, 0u32);
    let mut open: Vec<(usize, u32)> = Vec::new();
    for c in text.chars().chain(std::iter::once('\n')) {
        while let Some(&&(l, col, i)) = next.peek() {
            if (l, col) > (line, column) {
                break;
            }
            open.push((i, unit));
            next.next();
        }
        if c == '\n' {
            for (i, start) in open.drain(..) {
                out[i] = Some((start, unit.max(start + 1)));
            }
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
        unit += c.len_utf16() as u32;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn examined(name: &str, text: &str, lang: Lang) -> Examined {
        examine(&Input::new(name, text.as_bytes().to_vec()), lang)
    }

    const BAD: &str = "{\n  \"format\": \"showcase/1\", \"id\": \"x\", \"title\": \"X\",\n  \"institutions\": [{\"id\": \"u\", \"name\": \"U\", \"country\": \"JP\"}],\n  \"exhibits\": [\n    {\"id\": \"a\", \"title\": \"稲\", \"summary\": \"\", \"institution\": \"u\", \"trl\": 12},\n    {\"id\": \"b\", \"title\": \" \", \"summary\": \"\", \"institution\": \"u\"}\n  ]\n}\n";

    #[test]
    fn the_page_says_what_the_cli_says_where_it_is() {
        let e = examined("mine.json", BAD, Lang::En);
        let trl = e
            .findings
            .iter()
            .find(|f| f.place == "$.exhibits[0].trl")
            .unwrap();
        assert_eq!(trl.message, "12 is outside the TRL scale 1–9; ignored");
        assert_eq!(trl.line, Some(5));
        assert!(!trl.warning);
        let (start, end) = trl.select.unwrap();
        let units: Vec<u16> = BAD.encode_utf16().collect();
        let selected = String::from_utf16(&units[start as usize..end as usize]).unwrap();
        assert_eq!(selected, "12},", "the value up to the end of its line");
        assert_eq!(e.errors, 2);
        assert!(
            e.summary.starts_with("mine.json: 2 problems"),
            "{}",
            e.summary
        );
    }

    #[test]
    fn the_corrected_catalogue_keeps_what_the_app_keeps() {
        let e = examined("mine.json", BAD, Lang::Ja);
        let corrected = e.corrected.as_deref().unwrap();
        let Ok(Document::Catalogue {
            catalogue,
            problems,
        }) = parse_document(corrected, "mine.json")
        else {
            panic!("the corrected catalogue reads");
        };
        assert!(problems.is_empty());
        assert_eq!(catalogue.exhibits.len(), 1);
        assert_eq!(catalogue.exhibits[0].trl, None);
        assert_eq!(e.corrected_name(), "mine.checked.json");
        let trl = e
            .findings
            .iter()
            .find(|f| f.place == "$.exhibits[0].trl")
            .unwrap();
        assert_eq!(trl.message, "12 は TRL の範囲 1–9 の外です。無視しました");
    }

    #[test]
    fn a_document_that_cannot_be_read_says_why_and_where() {
        let e = examined(
            "broken.json",
            "{\n  \"format\": \"showcase/1\",\n  oops\n}",
            Lang::En,
        );
        assert!(
            e.summary.starts_with("broken.json could not be read"),
            "{}",
            e.summary
        );
        assert_eq!(e.findings.len(), 1);
        assert_eq!(e.findings[0].line, Some(3));
        assert!(e.corrected.is_none());
        let gone = examine(
            &Input::failed("https://x.example/c.json", LoadError::Http { status: 404 }),
            Lang::En,
        );
        assert_eq!(
            gone.summary,
            "https://x.example/c.json could not be read: the server answered HTTP 404"
        );
    }

    #[test]
    fn an_index_lists_its_catalogues_to_check_one_by_one() {
        let e = examined(
            "https://x.example/index.json",
            r#"{"format": "showcase-index/1", "catalogues": ["a.json", "b.json"]}"#,
            Lang::En,
        );
        assert_eq!(
            e.listed,
            ["https://x.example/a.json", "https://x.example/b.json"]
        );
        assert!(e.findings.is_empty(), "{:?}", e.findings);
        assert!(e.corrected.is_none());
    }

    #[test]
    fn ranges_count_utf16_units_and_survive_any_order() {
        let text = "ab\n𝄞x\nend";
        let ranges = utf16_ranges(text, &[Some((2, 2)), None, Some((1, 1)), Some((9, 1))]);
        assert_eq!(ranges, [Some((5, 6)), None, Some((0, 2)), None]);
    }
}
