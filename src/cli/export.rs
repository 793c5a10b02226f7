//! `export`: a catalogue → CSV files (exhibits plus one sibling per other part) or an XLSX
//! workbook (rust_xlsxwriter, native only). The template workbook is made this way.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook as Xlsx};
use showcase::authoring::columns::Part;
use showcase::authoring::csv_text;
use showcase::authoring::export::export;
use showcase::authoring::sheet::Workbook;

use crate::args::ExportArgs;
use crate::error::CliError;
use crate::{io, load};

pub fn run(args: ExportArgs) -> Result<u8, CliError> {
    if args.csv.is_none() && args.xlsx.is_none() {
        return Err(CliError::Input(
            "say where to write: --csv OUT.csv and/or --xlsx OUT.xlsx".into(),
        ));
    }
    let catalogues = load::catalogues(&args.sources, load::Base::AsWritten)?;
    let [catalogue] = catalogues.as_slice() else {
        return Err(CliError::Input(
            "export writes one catalogue at a time: name one file or URL".into(),
        ));
    };
    let book = export(catalogue);
    if let Some(path) = &args.csv {
        for written in write_csv(&book, path)? {
            let _ = io::write_err(&format!("wrote {}\n", written.display()));
        }
    }
    if let Some(path) = &args.xlsx {
        write_xlsx(&book, path)?;
        let _ = io::write_err(&format!("wrote {}\n", path.display()));
    }
    Ok(0)
}

/// `OUT.csv` for exhibits, `OUT.catalogue.csv` and a sibling for each other part that has rows.
fn write_csv(book: &Workbook, path: &Path) -> Result<Vec<PathBuf>, CliError> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("catalogue.csv");
    let stem = name.strip_suffix(".csv").unwrap_or(name);
    let mut written = Vec::new();
    for sheet in &book.sheets {
        let part = Part::from_name(&sheet.name);
        let target = match part {
            Some(Part::Exhibits) => path.to_owned(),
            Some(Part::Catalogue) => path.with_file_name(format!("{stem}.catalogue.csv")),
            _ if sheet.rows.len() <= 1 => continue,
            _ => path.with_file_name(format!("{stem}.{}.csv", sheet.name)),
        };
        io::write_file(&target, csv_text::write(sheet).as_bytes())?;
        written.push(target);
    }
    Ok(written)
}

fn write_xlsx(book: &Workbook, path: &Path) -> Result<(), CliError> {
    let failed = |e: rust_xlsxwriter::XlsxError| CliError::Write {
        path: path.to_owned(),
        reason: e.to_string(),
    };
    let mut xlsx = Xlsx::new();
    // A fixed creation time: the same catalogue gives the same bytes (the template is
    // generated, and a regenerated template must not differ by its timestamp).
    let created = ExcelDateTime::from_ymd(2022, 11, 28).map_err(failed)?;
    xlsx.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for sheet in &book.sheets {
        let ws = xlsx.add_worksheet();
        ws.set_name(&sheet.name).map_err(failed)?;
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                // Strings, always: a TRL or a date stays the text the format wants.
                if r == 0 {
                    ws.write_string_with_format(r, c, cell, &bold)
                        .map_err(failed)?;
                } else if cell.contains('\n') {
                    ws.write_string_with_format(r, c, cell, &wrap)
                        .map_err(failed)?;
                } else if !cell.is_empty() {
                    ws.write_string(r, c, cell).map_err(failed)?;
                }
            }
        }
        ws.set_freeze_panes(1, 0).map_err(failed)?;
        let columns = sheet.rows.first().map_or(0, Vec::len);
        for c in 0..columns {
            ws.set_column_width(c as u16, 18).map_err(failed)?;
        }
    }
    xlsx.save(path).map_err(failed)
}
