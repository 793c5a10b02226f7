//! The check page's answer (`?page=check`), in the visitor's language: the same reading, the
//! same findings and the same words as `showcase-cli check`, plus what only a page needs —
//! where each finding is in the text as the browser counts it (UTF-16), a summary line, and
//! the corrected catalogue. Pure, so every rule of the page is tested natively.

use super::check::check_and_keep;
use super::columns::Part;
use super::csv_text;
use super::import::{import, ImportOptions};
use super::report::{DocumentReport, Severity};
use super::sheet::Workbook;
use super::wording::csv_error;
use crate::catalogue::{is_slug, parse_document, to_json, Catalogue, Document, LoadError};
use crate::i18n::{number, tf, tn, Lang, Msg};
use crate::labels;

/// What the author gave: a catalogue, or a spreadsheet's CSV files (`X.csv` with its sibling
/// sheets `X.institutions.csv`, …, as `showcase-cli import` reads them), each as bytes under
/// its name; or why they could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    files: Result<Vec<(String, Vec<u8>)>, LoadError>,
}

impl Input {
    pub fn new(name: &str, bytes: Vec<u8>) -> Input {
        Input::files(vec![(name.to_owned(), bytes)])
    }

    /// Several files at once; the input is named after its exhibits sheet (or its first file).
    pub fn files(files: Vec<(String, Vec<u8>)>) -> Input {
        let name = (files.iter())
            .find(|(name, _)| sheet_of(name) == Part::Exhibits)
            .or(files.first())
            .map_or_else(String::new, |(name, _)| name.clone());
        Input {
            name,
            files: Ok(files),
        }
    }

    pub fn failed(name: &str, error: LoadError) -> Input {
        Input {
            name: name.to_owned(),
            files: Err(error),
        }
    }
}

/// How far reading the author's file or address has come, or that it is being checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub name: String,
    pub received: u64,
    pub total: Option<u64>,
    /// Read; now being checked (a large catalogue takes seconds).
    pub checking: bool,
}

impl Reading {
    /// "Reading mine.json… 45%", "Checking mine.json…".
    pub fn text(&self, lang: Lang) -> String {
        let name = [("name", self.name.as_str())];
        if self.checking {
            return tf(lang, Msg::CheckChecking, &name);
        }
        let done = match self.total {
            Some(total) if total > 0 => format!(" {}%", self.received * 100 / total),
            _ => format!(" {}", number(self.received as usize)),
        };
        tf(lang, Msg::CheckReading, &name) + &done
    }
}

/// How many findings the page lists; the rest are counted (a generated catalogue can have
/// hundreds of thousands, and the page stays responsive). The CLI lists them all.
pub const LISTED: usize = 500;

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

#[derive(Debug, Clone, PartialEq)]
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
    /// The catalogue as the showcase keeps it; `None` when nothing could be read or the
    /// document is an index. Written out only when the author asks (`corrected_json`).
    pub catalogue: Option<Catalogue>,
    /// An index's catalogues, to check one by one.
    pub listed: Vec<String>,
    /// The text was a spreadsheet's rows, converted to a catalogue.
    pub converted: bool,
    /// (lines shown, lines in all) when the text view holds only the start of a long text.
    pub cut: Option<(u32, u32)>,
}

impl Examined {
    /// The findings the page lists, and how many more there are.
    pub fn listed_findings(&self) -> (&[PageFinding], usize) {
        let shown = self.findings.len().min(LISTED);
        (&self.findings[..shown], self.findings.len() - shown)
    }

    /// The corrected catalogue's text: what the showcase keeps, written back.
    pub fn corrected_json(&self) -> Option<String> {
        self.catalogue.as_ref().map(to_json)
    }

    /// The download's file name: the input's own, marked as checked.
    pub fn corrected_name(&self) -> String {
        let base = self.name.rsplit('/').next().unwrap_or(&self.name);
        let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
        let stem = if stem.is_empty() { "catalogue" } else { stem };
        format!("{stem}.checked.json")
    }
}

/// How much of the text the read-only view holds: a browser's text area lays out all of its
/// text, and one of 70 MB took it half a minute. Findings further down keep their line and
/// column but select nothing.
pub const SHOWN_AT_MOST: usize = 1 << 20;

/// Reads `input` as the app would and says what it found, in `lang`.
pub fn examine(input: &Input, lang: Lang) -> Examined {
    let mut examined = examine_whole(input, lang);
    if examined.shown.len() > SHOWN_AT_MOST {
        let mut end = SHOWN_AT_MOST;
        while !examined.shown.is_char_boundary(end) {
            end -= 1;
        }
        let cut = examined.shown[..end].rfind('\n').unwrap_or(0);
        examined.shown.truncate(cut + 1);
        let kept = line_count(&examined.shown) - 1;
        examined.cut = Some((kept, examined.lines));
        examined.lines = kept;
        for finding in &mut examined.findings {
            if finding.line.is_none_or(|line| line > kept) {
                finding.select = None;
            }
        }
    }
    examined
}

fn examine_whole(input: &Input, lang: Lang) -> Examined {
    let name = input.name.clone();
    let files = match &input.files {
        Ok(files) if !files.is_empty() => files,
        Ok(_) => return unreadable(name, String::new(), "", lang),
        Err(e) => return unreadable(name, String::new(), &labels::load_error(lang, e), lang),
    };
    if !files.iter().any(|(name, bytes)| is_json(name, bytes)) {
        return examine_sheets(name, files, lang);
    }
    let text = decode(&files[0].1);
    let mut fetch = |source: &str| -> Result<String, LoadError> {
        match source == name {
            true => Ok(text.clone()),
            // An index's catalogues are checked one by one, from the list the page shows.
            false => Err(LoadError::Network(String::new())),
        }
    };
    let (report, mut catalogues) =
        check_and_keep(std::slice::from_ref(&name), lang, false, &mut fetch);
    let Some(document) = report.documents.into_iter().next() else {
        return unreadable(name, text, "", lang);
    };
    if let Some(failure) = &document.error {
        let mut examined = unreadable(name, text, &failure.message, lang);
        examined.findings = findings(&examined.shown, &document, lang);
        return examined;
    }
    let catalogue = catalogues.pop();
    // An index: its catalogues, resolved, to check one by one (an index is short to read again).
    let listed = match catalogue {
        Some(_) => Vec::new(),
        None => match parse_document(&text, &name) {
            Ok(Document::Index { catalogues, .. }) => catalogues,
            _ => Vec::new(),
        },
    };
    let findings = findings(&text, &document, lang);
    let (errors, warnings) = (document.counts.errors, document.counts.warnings);
    let summary = summary(&name, errors, warnings, lang);
    Examined {
        lines: line_count(&text),
        shown: text,
        name,
        findings,
        errors,
        warnings,
        summary,
        catalogue,
        listed,
        converted: false,
        cut: None,
    }
}

/// A catalogue is JSON by its name, or by its first character when the name does not say.
fn is_json(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".json") {
        return true;
    }
    if [".csv", ".tsv", ".txt"]
        .iter()
        .any(|ext| lower.ends_with(ext))
    {
        return false;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// Which sheet a CSV file is, by the convention of `showcase-cli import`: `X.fields.csv` is
/// the fields sheet, anything else the exhibits.
fn sheet_of(name: &str) -> Part {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let suffix = stem.rsplit_once('.').map(|(_, part)| part);
    suffix.and_then(Part::from_name).unwrap_or(Part::Exhibits)
}

/// A spreadsheet's CSV files, imported as `showcase-cli import` does; the text view shows the
/// exhibits sheet, and a finding in it selects its row.
fn examine_sheets(name: String, files: &[(String, Vec<u8>)], lang: Lang) -> Examined {
    let mut sheets = Vec::new();
    let mut shown = String::new();
    for (file, bytes) in files {
        let part = sheet_of(file);
        let sheet = csv_text::decode(bytes).and_then(|decoded| {
            if part == Part::Exhibits {
                shown = decoded.text.clone();
            }
            csv_text::parse(part.name(), &decoded)
        });
        match sheet {
            Ok(sheet) => sheets.push(sheet),
            Err(e) => {
                let message = format!("{file} {}", csv_error(lang, &e));
                return unreadable(name, shown, &message, lang);
            }
        }
    }
    // Without a catalogue sheet, the catalogue is named after its file, as a start.
    let has_head = sheets.iter().any(|s| s.name == Part::Catalogue.name());
    let stem = name
        .rsplit_once('.')
        .map_or(name.as_str(), |(stem, _)| stem);
    let id: String = (stem.to_ascii_lowercase().chars())
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let options = ImportOptions {
        id: (!has_head && is_slug(&id)).then_some(id),
        title: (!has_head).then(|| stem.to_owned()),
        source: name.clone(),
        lang,
    };
    let imported = import(Workbook { sheets }, &options);
    let rows = row_lines(&shown);
    let mut places = Vec::new();
    let mut findings: Vec<PageFinding> = (imported.problems.iter())
        .map(|p| {
            let in_shown = p.at.as_ref().filter(|at| at.sheet == Part::Exhibits.name());
            let line = in_shown
                .and_then(|at| at.row)
                .and_then(|row| rows.get(row).copied());
            places.push(line.map(|line| (line, 1)));
            PageFinding {
                place: (p.at.as_ref().map(ToString::to_string))
                    .or_else(|| p.path.clone())
                    .unwrap_or_default(),
                at: None,
                line: line.map(|l| l as u32),
                message: p.message.clone(),
                warning: p.severity == Severity::Warning,
                select: None,
            }
        })
        .collect();
    for (finding, select) in findings.iter_mut().zip(utf16_ranges(&shown, &places)) {
        finding.select = select;
    }
    let errors = findings.iter().filter(|f| !f.warning).count();
    let warnings = findings.len() - errors;
    let catalogue = match imported.json.map(|json| parse_document(&json, &name)) {
        Some(Ok(Document::Catalogue { catalogue, .. })) => Some(catalogue),
        _ => None,
    };
    let Some(catalogue) = catalogue else {
        let mut examined = unreadable(name, shown, "", lang);
        examined.findings = findings;
        examined.converted = true;
        return examined;
    };
    Examined {
        lines: line_count(&shown),
        summary: summary(&name, errors, warnings, lang),
        shown,
        name,
        findings,
        errors,
        warnings,
        catalogue: Some(catalogue),
        listed: Vec::new(),
        converted: true,
        cut: None,
    }
}

/// The line (1-based) each CSV row starts on: a quoted cell may hold line breaks.
fn row_lines(csv: &str) -> Vec<usize> {
    let mut out = vec![1];
    let (mut line, mut quoted) = (1, false);
    let bytes = csv.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' => {
                line += 1;
                if !quoted && i + 1 < bytes.len() {
                    out.push(line);
                }
            }
            _ => {}
        }
    }
    out
}

fn summary(name: &str, errors: usize, warnings: usize, lang: Lang) -> String {
    match (errors, warnings) {
        (0, 0) => tf(lang, Msg::CheckClean, &[("name", name)]),
        _ => tf(
            lang,
            Msg::CheckSummary,
            &[
                ("name", name),
                ("problems", &tn(lang, Msg::CheckProblems, errors, &[])),
                ("warnings", &tn(lang, Msg::CheckWarnings, warnings, &[])),
            ],
        ),
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
        catalogue: None,
        listed: Vec::new(),
        converted: false,
        cut: None,
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
/// to the end of its line, as a text view selects (which holds line ends as "\n" alone). One
/// sweep of the text for all of them.
pub fn utf16_ranges(text: &str, places: &[Option<(usize, usize)>]) -> Vec<Option<(u32, u32)>> {
    let mut wanted: Vec<(usize, usize, usize)> = (places.iter().enumerate())
        .filter_map(|(i, p)| p.map(|(line, column)| (line, column, i)))
        .collect();
    wanted.sort_unstable();
    let mut out = vec![None; places.len()];
    let mut next = wanted.iter().peekable();
    let (mut line, mut column, mut unit) = (1usize, 1usize, 0u32);
    let mut open: Vec<(usize, u32)> = Vec::new();
    let mut chars = text.chars().chain(std::iter::once('\n')).peekable();
    while let Some(c) = chars.next() {
        // A text view keeps "\r\n" as one "\n": the "\r" takes no place there.
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
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
        let corrected = e.corrected_json().unwrap();
        let Ok(Document::Catalogue {
            catalogue,
            problems,
        }) = parse_document(&corrected, "mine.json")
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
        assert!(e.catalogue.is_none());
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
        assert!(e.catalogue.is_none());
    }

    const SHEET: &str = "id,title.en,title.ja,summary.en,institution,trl\nrice,Rice sensor,稲センサー,\"A sensor,\nin two lines\",u,twelve\nblank,,,,u,3\n";
    const INSTITUTIONS: &str = "id,name.en,country\nu,My University,JP\n";

    #[test]
    fn a_spreadsheet_is_imported_and_its_problems_point_at_their_rows() {
        let files = vec![
            ("mine.csv".to_owned(), SHEET.as_bytes().to_vec()),
            (
                "mine.institutions.csv".to_owned(),
                INSTITUTIONS.as_bytes().to_vec(),
            ),
        ];
        let e = examine(&Input::files(files), Lang::En);
        assert!(e.converted);
        assert_eq!(e.name, "mine.csv");
        let trl = e
            .findings
            .iter()
            .find(|f| f.place == "exhibits!F2")
            .unwrap();
        assert_eq!(
            trl.message,
            "\"twelve\" is not a TRL (a whole number from 1 to 9); ignored"
        );
        assert_eq!(trl.line, Some(2));
        let blank = e
            .findings
            .iter()
            .find(|f| f.place.starts_with("exhibits!") && f.line == Some(4));
        assert!(
            blank.is_some(),
            "the row after a two-line cell is on line 4: {:?}",
            e.findings
        );
        let corrected = e.corrected_json().unwrap();
        let Ok(Document::Catalogue { catalogue, .. }) = parse_document(&corrected, "mine.json")
        else {
            panic!("the import reads");
        };
        assert_eq!(catalogue.id, "mine");
        assert_eq!(catalogue.exhibits.len(), 1);
        assert_eq!(
            catalogue.institutions[0].name.get("en").text,
            "My University"
        );
        let ja = examine(
            &Input::files(vec![("mine.csv".to_owned(), SHEET.as_bytes().to_vec())]),
            Lang::Ja,
        );
        let trl = ja
            .findings
            .iter()
            .find(|f| f.place == "exhibits!F2")
            .unwrap();
        assert_eq!(
            trl.message,
            "\"twelve\" は TRL（1～9 の整数）ではありません。無視しました"
        );
    }

    #[test]
    fn a_legacy_encoding_is_refused_with_the_way_to_fix_it() {
        let shift_jis = b"id,title.ja\nrice,\x88\xee\n".to_vec();
        let e = examine(&Input::new("old.csv", shift_jis), Lang::Zh);
        assert!(e.summary.contains("CSV UTF-8"), "{}", e.summary);
        assert!(e.catalogue.is_none());
    }

    #[test]
    fn files_are_told_apart_by_name_then_by_content() {
        assert_eq!(sheet_of("mine.csv"), Part::Exhibits);
        assert_eq!(sheet_of("mine.exhibits.csv"), Part::Exhibits);
        assert_eq!(sheet_of("mine.fields.csv"), Part::Fields);
        assert!(is_json("a.json", b"x") && is_json("pasted", b" {") && !is_json("a.csv", b"{"));
        assert_eq!(row_lines("a\n\"b\nc\"\nd\n"), [1, 2, 4]);
    }

    #[test]
    fn a_long_text_is_shown_in_part_and_its_findings_keep_their_place() {
        // Keys the format does not know, to make the text long.
        let filler: String = (0..1100)
            .map(|i| format!("\"note{i}\": \"{}\",\n", "稲".repeat(333)))
            .collect();
        let text = format!(
            "{{\"format\": \"showcase/1\", \"id\": \"x\", \"title\": \"X\", \"updated\": \"2026-11-30\",\n{filler}\"exhibits\": [\n{{\"id\": \"a\", \"title\": \"A\", \"summary\": \"\", \"institution\": \"u\", \"trl\": 12}}]}}\n"
        );
        let e = examined("long.json", &text, Lang::En);
        let (shown, all) = e.cut.expect("cut");
        assert!(e.shown.len() <= SHOWN_AT_MOST && e.shown.ends_with('\n'));
        assert_eq!(all, 1104);
        assert_eq!(shown, e.lines);
        let trl = e
            .findings
            .iter()
            .find(|f| f.place == "$.exhibits[0].trl")
            .unwrap();
        assert_eq!(trl.line, Some(1103));
        assert_eq!(trl.select, None, "past the shown text");
    }

    #[test]
    fn reading_says_how_far_it_has_come() {
        let mut r = Reading {
            name: "big.json".into(),
            received: 450,
            total: Some(1000),
            checking: false,
        };
        assert_eq!(r.text(Lang::En), "Reading big.json… 45%");
        r.total = None;
        r.received = 12_345;
        assert_eq!(r.text(Lang::En), "Reading big.json… 12,345");
        r.checking = true;
        assert_eq!(r.text(Lang::Ja), "big.json をチェックしています…");
    }

    #[test]
    fn ranges_count_utf16_units_and_survive_any_order() {
        let text = "ab\n𝄞x\nend";
        let ranges = utf16_ranges(text, &[Some((2, 2)), None, Some((1, 1)), Some((9, 1))]);
        assert_eq!(ranges, [Some((5, 6)), None, Some((0, 2)), None]);
        let crlf = utf16_ranges("ab\r\ncd\r\n", &[Some((2, 1))]);
        assert_eq!(
            crlf,
            [Some((3, 5))],
            "as the text view holds it: ab, a line end, cd"
        );
    }
}
