//! What a check found, per document: located problems with their words, a summary, the exit
//! code, and the two renderings (lines for people, JSON for CI pipelines).

use serde::Serialize;

/// A problem of the core (the app reports it too) or authoring advice (only the CLI and the
/// check page give it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One thing found in a document, where it is and what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// A JSON path (`$.exhibits[3].trl`), or the entity concerned when it could not be found
    /// in the text (`exhibit "x"`).
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    pub severity: Severity,
}

/// What kind of document a source turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Catalogue,
    Index,
}

/// Why a document could not be read at all, with the place when the text says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub exhibits: usize,
    pub institutions: usize,
    pub fields: usize,
    pub events: usize,
    /// For an index: how many catalogues it lists.
    pub catalogues: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentReport {
    pub source: String,
    pub kind: Option<Kind>,
    pub problems: Vec<Finding>,
    pub counts: Counts,
    pub error: Option<Failure>,
}

impl DocumentReport {
    pub fn new(source: &str) -> DocumentReport {
        DocumentReport {
            source: source.to_owned(),
            kind: None,
            problems: Vec::new(),
            counts: Counts::default(),
            error: None,
        }
    }

    /// Counts the findings by severity, and sorts them by place (unlocated ones last).
    pub(super) fn settle(&mut self) {
        (self.problems).sort_by_key(|f| (f.line.is_none(), f.line, f.column));
        let errors = self
            .problems
            .iter()
            .filter(|f| f.severity == Severity::Error);
        self.counts.errors = errors.count();
        self.counts.warnings = self.problems.len() - self.counts.errors;
    }
}

/// Every document a check read, in the order the sources were listed (an index's catalogues
/// follow it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub documents: Vec<DocumentReport>,
    pub exit_code: u8,
}

/// Exit codes, as documented in README.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_PROBLEMS: u8 = 1;
pub const EXIT_UNREADABLE: u8 = 2;

impl Report {
    pub fn new(mut documents: Vec<DocumentReport>, strict: bool) -> Report {
        for document in &mut documents {
            if strict {
                for finding in &mut document.problems {
                    finding.severity = Severity::Error;
                }
            }
            document.settle();
        }
        let exit_code = if documents.iter().any(|d| d.error.is_some()) {
            EXIT_UNREADABLE
        } else if documents.iter().any(|d| d.counts.errors > 0) {
            EXIT_PROBLEMS
        } else {
            EXIT_CLEAN
        };
        Report {
            documents,
            exit_code,
        }
    }

    /// Sources as the reader should see them (a path instead of a `file:` URL), also where a
    /// message names one ("already defined by …").
    pub fn rename(&mut self, name: impl Fn(&str) -> String) {
        let names: Vec<(String, String)> = (self.documents.iter())
            .map(|d| (d.source.clone(), name(&d.source)))
            .filter(|(from, to)| from != to)
            .collect();
        for document in &mut self.documents {
            document.source = name(&document.source);
            for finding in &mut document.problems {
                for (from, to) in &names {
                    if finding.message.contains(from.as_str()) {
                        finding.message = finding.message.replace(from.as_str(), to);
                    }
                }
            }
        }
    }

    /// One line per finding (`file:line:column: path: message`), then a summary per document.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for d in &self.documents {
            if let Some(failure) = &d.error {
                out.push_str(&located(&d.source, failure.line, failure.column));
                out.push_str(&format!("error: {}\n", failure.message));
            }
            for f in &d.problems {
                out.push_str(&located(&d.source, f.line, f.column));
                if f.severity == Severity::Warning {
                    out.push_str("warning: ");
                }
                out.push_str(&format!("{}: {}\n", f.path, f.message));
            }
        }
        for d in &self.documents {
            out.push_str(&format!("{}: {}\n", d.source, summary(d)));
        }
        out
    }

    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings and numbers cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }
}

fn located(source: &str, line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(line), Some(column)) => format!("{source}:{line}:{column}: "),
        _ => format!("{source}: "),
    }
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn summary(d: &DocumentReport) -> String {
    if d.error.is_some() {
        return "could not be read".into();
    }
    let c = &d.counts;
    let what = match d.kind {
        Some(Kind::Index) => format!(
            "index of {}",
            plural(c.catalogues, "catalogue", "catalogues")
        ),
        _ => format!(
            "{}, {}, {}, {}",
            plural(c.exhibits, "exhibit", "exhibits"),
            plural(c.institutions, "institution", "institutions"),
            plural(c.fields, "field", "fields"),
            plural(c.events, "event", "events"),
        ),
    };
    let problems = match (c.errors, c.warnings) {
        (0, 0) => "no problems".to_owned(),
        (e, 0) => plural(e, "problem", "problems"),
        (0, w) => plural(w, "warning", "warnings"),
        (e, w) => format!(
            "{}, {}",
            plural(e, "problem", "problems"),
            plural(w, "warning", "warnings")
        ),
    };
    format!("{what}; {problems}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(line: Option<usize>, severity: Severity) -> Finding {
        Finding {
            path: "$.exhibits[0].trl".into(),
            line,
            column: line.map(|_| 5),
            message: "12 is outside the TRL scale 1–9; ignored".into(),
            severity,
        }
    }

    #[test]
    fn lines_say_where_then_what_and_each_document_is_summed_up() {
        let mut d = DocumentReport::new("a.json");
        d.counts.exhibits = 1;
        d.problems = vec![
            finding(None, Severity::Warning),
            finding(Some(7), Severity::Error),
        ];
        let report = Report::new(vec![d], false);
        assert_eq!(
            report.to_text(),
            "a.json:7:5: $.exhibits[0].trl: 12 is outside the TRL scale 1–9; ignored\n\
             a.json: warning: $.exhibits[0].trl: 12 is outside the TRL scale 1–9; ignored\n\
             a.json: 1 exhibit, 0 institutions, 0 fields, 0 events; 1 problem, 1 warning\n"
        );
        assert_eq!(report.exit_code, EXIT_PROBLEMS);
    }

    #[test]
    fn warnings_pass_unless_strict_and_an_unreadable_document_wins() {
        let warned = || {
            let mut d = DocumentReport::new("a.json");
            d.problems = vec![finding(Some(1), Severity::Warning)];
            d
        };
        assert_eq!(Report::new(vec![warned()], false).exit_code, EXIT_CLEAN);
        let strict = Report::new(vec![warned()], true);
        assert_eq!(strict.exit_code, EXIT_PROBLEMS);
        assert_eq!(strict.documents[0].counts.errors, 1);
        let mut broken = DocumentReport::new("b.json");
        broken.error = Some(Failure {
            message: "is not valid JSON".into(),
            line: Some(1),
            column: Some(1),
        });
        let report = Report::new(vec![warned(), broken], true);
        assert_eq!(report.exit_code, EXIT_UNREADABLE);
        assert!(report
            .to_text()
            .contains("b.json:1:1: error: is not valid JSON\n"));
    }

    #[test]
    fn json_has_the_documented_shape() {
        let mut d = DocumentReport::new("a.json");
        d.kind = Some(Kind::Catalogue);
        d.problems = vec![finding(Some(3), Severity::Error)];
        let json: serde_json::Value =
            serde_json::from_str(&Report::new(vec![d], false).to_json()).unwrap();
        assert_eq!(json["exit_code"], 1);
        let doc = &json["documents"][0];
        assert_eq!(doc["source"], "a.json");
        assert_eq!(doc["kind"], "catalogue");
        assert_eq!(doc["error"], serde_json::Value::Null);
        assert_eq!(doc["counts"]["errors"], 1);
        assert_eq!(doc["problems"][0]["line"], 3);
        assert_eq!(doc["problems"][0]["severity"], "error");
        assert_eq!(doc["problems"][0]["path"], "$.exhibits[0].trl");
    }
}
