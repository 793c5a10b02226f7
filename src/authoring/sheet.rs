//! A spreadsheet as the authoring tools see it: named grids of text cells, with the A1 names
//! authors know (`exhibits!F12`). Whatever the file was (CSV, XLSX, ODS), it is read into
//! this first, so the column convention is applied in one place.

use std::fmt;

/// One sheet: rows of cells as text, row 0 the header. Rows may differ in length.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<String>>,
    /// Merged ranges as the file declares them (XLSX); CSV has none.
    pub merged: Vec<Range>,
}

/// A rectangle of cells, 0-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub first: (usize, usize),
    pub last: (usize, usize),
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (r0, c0) = self.first;
        let (r1, c1) = self.last;
        write!(
            f,
            "{}{}:{}{}",
            column_name(c0),
            r0 + 1,
            column_name(c1),
            r1 + 1
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

/// A place in a workbook: a sheet, maybe a row (0-based), maybe a column (0-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellRef {
    pub sheet: String,
    pub row: Option<usize>,
    pub col: Option<usize>,
}

impl fmt::Display for CellRef {
    /// `exhibits!F12`, `exhibits!12` for a whole row, `exhibits` for the sheet.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.row, self.col) {
            (Some(r), Some(c)) => write!(f, "{}!{}{}", self.sheet, column_name(c), r + 1),
            (Some(r), None) => write!(f, "{}!{}", self.sheet, r + 1),
            (None, Some(c)) => write!(f, "{}!{}", self.sheet, column_name(c)),
            (None, None) => write!(f, "{}", self.sheet),
        }
    }
}

/// 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_name(col: usize) -> String {
    let mut n = col + 1;
    let mut name = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        name.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

impl Sheet {
    pub fn new(name: &str, rows: Vec<Vec<String>>) -> Sheet {
        Sheet {
            name: name.to_owned(),
            rows,
            merged: Vec::new(),
        }
    }

    /// The cell's text, trimmed; empty when the row is shorter.
    pub fn cell(&self, row: usize, col: usize) -> &str {
        (self.rows.get(row).and_then(|r| r.get(col))).map_or("", |s| s.trim())
    }

    pub fn at(&self, row: usize, col: usize) -> CellRef {
        CellRef {
            sheet: self.name.clone(),
            row: Some(row),
            col: Some(col),
        }
    }

    /// Gives every cell of a merged range the value of its top-left cell, which is where
    /// spreadsheets keep it; returns the ranges so that the author can be told. (An author
    /// who merges an institution's cell over its three exhibits means it for all three.)
    pub fn fill_merged(&mut self) -> Vec<Range> {
        let merged = std::mem::take(&mut self.merged);
        for range in &merged {
            let (r0, c0) = range.first;
            let value = self.cell(r0, c0).to_owned();
            for r in r0..=range.last.0 {
                for c in c0..=range.last.1 {
                    if r >= self.rows.len() {
                        self.rows.resize(r + 1, Vec::new());
                    }
                    let row = &mut self.rows[r];
                    if c >= row.len() {
                        row.resize(c + 1, String::new());
                    }
                    row[c].clone_from(&value);
                }
            }
        }
        merged
    }
}

/// An Excel date serial number (days since 1899-12-30, the 1900 date system) as YYYY-MM-DD.
/// The fraction (the time of day) is dropped. Serials before 1 March 1900 are refused: Excel
/// counts a 29 February 1900 that never was.
pub fn excel_date(serial: f64) -> Option<String> {
    if !(61.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64 - 25_569; // 1970-01-01
    let (y, m, d) = civil_from_days(days);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Days since 1970-01-01 → (year, month, day), Howard Hinnant's algorithm (also the
/// programme's clock, `forum::clock`).
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_have_a1_names() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(5), "F");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
        let sheet = Sheet::new("exhibits", Vec::new());
        assert_eq!(sheet.at(11, 5).to_string(), "exhibits!F12");
        let range = Range {
            first: (4, 3),
            last: (6, 3),
        };
        assert_eq!(range.to_string(), "D5:D7");
    }

    #[test]
    fn a_merged_range_takes_its_top_left_value() {
        let mut sheet = Sheet::new(
            "exhibits",
            vec![
                vec!["id".into(), "institution".into()],
                vec!["a".into(), "kyoto-u".into()],
                vec!["b".into()],
                vec!["c".into(), String::new()],
            ],
        );
        sheet.merged.push(Range {
            first: (1, 1),
            last: (3, 1),
        });
        let filled = sheet.fill_merged();
        assert_eq!(filled.len(), 1);
        assert_eq!(sheet.cell(2, 1), "kyoto-u");
        assert_eq!(sheet.cell(3, 1), "kyoto-u");
        assert_eq!(sheet.cell(3, 0), "c");
    }

    #[test]
    fn excel_serials_become_dates() {
        assert_eq!(excel_date(44893.0).as_deref(), Some("2022-11-28"));
        assert_eq!(excel_date(44893.75).as_deref(), Some("2022-11-28"));
        assert_eq!(excel_date(61.0).as_deref(), Some("1900-03-01"));
        assert_eq!(excel_date(36526.0).as_deref(), Some("2000-01-01"));
        assert_eq!(excel_date(45351.0).as_deref(), Some("2024-02-29"));
        assert_eq!(excel_date(60.0), None);
        assert_eq!(excel_date(-3.0), None);
    }
}
