//! Spreadsheet files → the library's `Workbook`: CSV (with its sibling files) through
//! `authoring::csv_text`, XLSX and ODS through calamine (cached formula values, date cells
//! as YYYY-MM-DD, XLSX merged ranges passed on to be filled and reported).

use std::path::{Path, PathBuf};

use calamine::{open_workbook_auto, Data, Reader, Sheets};
use showcase::authoring::columns::Part;
use showcase::authoring::csv_text::{self, CsvError, Decoded};
use showcase::authoring::sheet::{excel_date, Range, Sheet, Workbook};

use crate::error::CliError;
use crate::io::read_file;

/// Reads the book at `path`, and says which files it read (for CSV, the siblings found).
pub fn read(path: &Path, encoding: Option<&str>) -> Result<(Workbook, Vec<PathBuf>), CliError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Ok((workbook(path)?, vec![path.to_owned()])),
        _ => csv_book(path, &ext, encoding),
    }
}

/// `X.csv` is the exhibits sheet; `X.institutions.csv`, `X.catalogue.csv`, … next to it are
/// the other parts, read when they exist.
fn csv_book(
    path: &Path,
    ext: &str,
    encoding: Option<&str>,
) -> Result<(Workbook, Vec<PathBuf>), CliError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let stem = name.strip_suffix(&format!(".{ext}")).unwrap_or(name);
    let stem = stem.strip_suffix(".exhibits").unwrap_or(stem);
    let mut sheets = vec![csv_sheet(path, Part::Exhibits.name(), encoding)?];
    let mut read = vec![path.to_owned()];
    for part in Part::ALL.into_iter().filter(|&p| p != Part::Exhibits) {
        let sibling = path.with_file_name(format!("{stem}.{}.{ext}", part.name()));
        if sibling.is_file() {
            sheets.push(csv_sheet(&sibling, part.name(), encoding)?);
            read.push(sibling);
        }
    }
    Ok((Workbook { sheets }, read))
}

fn csv_sheet(path: &Path, name: &str, encoding: Option<&str>) -> Result<Sheet, CliError> {
    let bytes = read_file(path)?;
    let invalid = |e: CsvError| CliError::Input(format!("{} {e}", path.display()));
    let decoded = match (csv_text::decode(&bytes), encoding) {
        (Ok(decoded), _) => decoded,
        (Err(CsvError::NotUtf8 { .. }), Some(label)) => {
            legacy(&bytes, label).map_err(CliError::Input)?
        }
        (Err(e @ CsvError::NotUtf8 { .. }), None) => {
            return Err(CliError::Input(format!(
                "{} {e}, or name its encoding: --encoding shift_jis (or gbk, big5, euc-kr)",
                path.display()
            )))
        }
        (Err(e), _) => return Err(invalid(e)),
    };
    csv_text::parse(name, &decoded).map_err(invalid)
}

/// Decodes a legacy encoding the author named (encoding_rs: native only, so the wasm check
/// page never carries its tables).
fn legacy(bytes: &[u8], label: &str) -> Result<Decoded, String> {
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).ok_or_else(|| {
        format!("\"{label}\" is not an encoding name (try shift_jis, gbk, big5, euc-kr)")
    })?;
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors {
        return Err(format!(
            "the file is not valid {} text either",
            encoding.name()
        ));
    }
    let text = text.into_owned();
    let tabs = text
        .lines()
        .next()
        .is_some_and(|h| h.contains('\t') && !h.contains(','));
    Ok(Decoded { text, tabs })
}

fn workbook(path: &Path) -> Result<Workbook, CliError> {
    let unreadable = |reason: String| CliError::Read {
        path: path.to_owned(),
        reason,
    };
    let mut book = open_workbook_auto(path)
        .map_err(|e| unreadable(format!("not a readable spreadsheet ({e})")))?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| unreadable(format!("the sheet \"{name}\" cannot be read ({e})")))?;
        let (top, left) = range
            .start()
            .map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let mut rows: Vec<Vec<String>> = vec![Vec::new(); top];
        for row in range.rows() {
            let mut cells = vec![String::new(); left];
            cells.extend(row.iter().map(cell_text));
            rows.push(cells);
        }
        let mut sheet = Sheet::new(&name, rows);
        if let Sheets::Xlsx(xlsx) = &mut book {
            if let Some(Ok(merged)) = xlsx.worksheet_merge_cells(&name) {
                sheet.merged = (merged.iter())
                    .map(|d| Range {
                        first: (d.start.0 as usize, d.start.1 as usize),
                        last: (d.end.0 as usize, d.end.1 as usize),
                    })
                    .collect();
            }
        }
        sheets.push(sheet);
    }
    Ok(Workbook { sheets })
}

/// A cell as text: the cached value of a formula, whole numbers without `.0`, dates as
/// YYYY-MM-DD (a date-time keeps its day only).
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => (*f as i64).to_string(),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()).unwrap_or_else(|| d.as_f64().to_string()),
        Data::DateTimeIso(s) => s
            .get(..10)
            .filter(|d| d.len() == 10)
            .unwrap_or(s)
            .to_owned(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}
