//! The vocabulary of what can be wrong with a document: a whole-document failure
//! ([`LoadError`]) or a located problem inside one ([`Problem`] with its [`Issue`]). Issues are
//! data, so the interface tells them in the visitor's language (`labels::errors`); the English
//! wording here is for authors' tools, logs and tests.

use super::links::LinkError;
use super::wire::{CATALOGUE_FORMAT, INDEX_FORMAT};

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
    /// Nothing arrived for `seconds` (the view's `timeout=`): the request was given up.
    #[error("did not answer within {seconds} s")]
    Timeout { seconds: u32 },
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
    #[error("unknown patent status \"{0}\"; ignored")]
    PatentStatus(String),
    #[error("the patent number is empty; entry skipped")]
    EmptyPatentNumber,
    #[error("the name is empty; entry skipped")]
    EmptyName,
    #[error("unknown media kind \"{0}\"; entry skipped")]
    MediaKind(String),
    #[error("unknown event kind \"{0}\"; ignored")]
    EventKind(String),
    #[error("\"{0}\" is neither a YYYY-MM-DD date nor a date-time with an offset; ignored")]
    DateTime(String),
    #[error("the index lists itself; not loaded again")]
    ListsItself,
    #[error("lists {0}, an index that leads to this one; not loaded again")]
    IndexCycle(String),
}
