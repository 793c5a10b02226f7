//! Tools for catalogue authors: check documents as the app reads them, turn spreadsheets into
//! catalogues and back, and count what a catalogue holds. Pure (no files, network or threads),
//! so the CLI and the app's check page share every rule: the CLI brings the bytes.
//!
//! `check` reads documents (following an index) into a `report::Report`, with `advice` for
//! what is allowed but weak. `sheet` is a named grid of cells with A1 names, `csv_text` turns
//! bytes into sheets, `columns` is the column convention, `cells` the syntax inside a cell,
//! `import` sheets → catalogue JSON, `export` catalogue → sheets, `stats` the counts.

mod advice;
pub mod cells;
pub mod check;
pub mod columns;
pub mod csv_text;
pub mod export;
pub mod import;
pub mod issue;
mod json;
pub mod page;
pub mod report;
pub mod sheet;
pub mod stats;

pub use check::{check_sources, Fetch};
pub use report::{DocumentReport, Finding, Report, Severity};
