//! What can be wrong in a spreadsheet, located at its cell. Worded in English: these are for
//! the author's tools (the CLI and the check page); problems the catalogue check finds in the
//! result keep the app's words in the asked language.

use std::fmt;

use serde::Serialize;

use super::report::Severity;
use super::sheet::{CellRef, Range};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportIssue {
    #[error("the sheet is empty")]
    EmptySheet,
    #[error("the first row, the header, is empty: it must name the columns (id, title.en, …)")]
    NoHeader,
    #[error("the header has no \"{0}\" column")]
    MissingColumn(&'static str),
    #[error("the column \"{name}\" appears twice (first in column {first}); this one is ignored")]
    DuplicateColumn { name: String, first: String },
    #[error("unknown column \"{0}\"; ignored")]
    UnknownColumn(String),
    #[error("unknown sheet \"{0}\"; ignored (known: catalogue, exhibits, institutions, fields, events, patents, inventors, media)")]
    UnknownSheet(String),
    #[error("this row has no {0}; left out")]
    NoKey(&'static str),
    #[error("\"{0}\" is not a TRL (a whole number from 1 to 9); ignored")]
    NotTrl(String),
    #[error("\"{0}\" is neither true nor false (also yes/no, 1/0); ignored")]
    NotBool(String),
    #[error("\"{0}\" is not a link: write `label | url`, one per line; ignored")]
    NotLink(String),
    #[error("names the exhibit \"{0}\", which the exhibits sheet does not have; row left out")]
    UnknownExhibit(String),
    #[error("merged cells {0}: the value of the first cell is used for each of them")]
    Merged(Range),
    #[error("only the first row of the catalogue sheet is read; row {0} is ignored")]
    ExtraHeadRow(usize),
    #[error("the catalogue has no {0}: fill it in the catalogue sheet or pass --{0}")]
    NoHead(&'static str),
}

/// A problem of a spreadsheet (or of the catalogue made from it), at its cell when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetProblem {
    pub at: Option<CellRef>,
    /// The JSON path in the output, for problems the catalogue check found.
    pub path: Option<String>,
    pub message: String,
    pub severity: Severity,
    /// The spreadsheet issue, when it is one, so the import words it in the asked language.
    pub issue: Option<ImportIssue>,
}

impl SheetProblem {
    pub fn new(at: Option<CellRef>, issue: ImportIssue) -> SheetProblem {
        let severity = match issue {
            ImportIssue::UnknownColumn(_)
            | ImportIssue::UnknownSheet(_)
            | ImportIssue::Merged(_)
            | ImportIssue::ExtraHeadRow(_) => Severity::Warning,
            _ => Severity::Error,
        };
        SheetProblem {
            at,
            path: None,
            message: issue.to_string(),
            severity,
            issue: Some(issue),
        }
    }
}

impl fmt::Display for SheetProblem {
    /// `exhibits!F12: "twelve" is not a TRL …`, `warning: ` before advice.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(at) = &self.at {
            write!(f, "{at}: ")?;
        } else if let Some(path) = &self.path {
            write!(f, "{path}: ")?;
        }
        if self.severity == Severity::Warning {
            f.write_str("warning: ")?;
        }
        f.write_str(&self.message)
    }
}

/// The JSON form of a problem (`--format json`).
#[derive(Serialize)]
pub struct ProblemJson<'a> {
    pub cell: Option<String>,
    pub path: Option<&'a str>,
    pub message: &'a str,
    pub severity: Severity,
}

impl<'a> From<&'a SheetProblem> for ProblemJson<'a> {
    fn from(p: &'a SheetProblem) -> Self {
        ProblemJson {
            cell: p.at.as_ref().map(ToString::to_string),
            path: p.path.as_deref(),
            message: &p.message,
            severity: p.severity,
        }
    }
}
