//! CSV bytes → a sheet, and a sheet → CSV text.
//!
//! Accepted: UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"), and UTF-16 with
//! a byte-order mark (Excel's "Unicode text", which is also TAB-separated). Anything else is
//! refused with a sentence on how to save it as UTF-8: a Shift_JIS or GBK file cannot be told
//! apart reliably from the bytes alone, and a wrong guess would publish mojibake. (The CLI
//! decodes one when the author names its encoding.)

use super::sheet::Sheet;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("the file is empty")]
    Empty,
    #[error(
        "is not UTF-8 text (byte {offset} is not valid UTF-8): it is probably in a legacy \
         encoding such as Shift_JIS or GBK. Save it again as \"CSV UTF-8 (Comma delimited)\" \
         (Excel: File › Save As; LibreOffice: Save As › Text CSV, character set \"Unicode \
         (UTF-8)\")"
    )]
    NotUtf8 { offset: usize },
    #[error("is UTF-16 text with an odd number of bytes: the file is cut off")]
    OddUtf16,
    #[error("cannot be read as CSV: {0}")]
    Csv(String),
}

/// The text of a CSV file, and whether it is TAB-separated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub tabs: bool,
}

/// Bytes → text, by the byte-order mark (UTF-16 LE/BE) or as UTF-8.
pub fn decode(bytes: &[u8]) -> Result<Decoded, CsvError> {
    if bytes.is_empty() {
        return Err(CsvError::Empty);
    }
    let utf16 = match bytes {
        [0xFF, 0xFE, rest @ ..] => Some((rest, u16::from_le_bytes as fn([u8; 2]) -> u16)),
        [0xFE, 0xFF, rest @ ..] => Some((rest, u16::from_be_bytes as fn([u8; 2]) -> u16)),
        _ => None,
    };
    let text = match utf16 {
        Some((rest, unit)) => {
            if rest.len() % 2 == 1 {
                return Err(CsvError::OddUtf16);
            }
            let units = rest.chunks_exact(2).map(|p| unit([p[0], p[1]]));
            char::decode_utf16(units)
                .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect()
        }
        None => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            match std::str::from_utf8(bytes) {
                Ok(text) => text.to_owned(),
                Err(e) => {
                    return Err(CsvError::NotUtf8 {
                        offset: e.valid_up_to(),
                    })
                }
            }
        }
    };
    let tabs = utf16.is_some() || tab_separated(&text);
    Ok(Decoded { text, tabs })
}

/// A header line with TABs and no commas is TAB-separated (a `.tsv`, or text pasted from a
/// spreadsheet).
fn tab_separated(text: &str) -> bool {
    let header = text.lines().next().unwrap_or_default();
    header.contains('\t') && !header.contains(',')
}

/// CSV text → a sheet named `name`. Rows may have different lengths.
pub fn parse(name: &str, decoded: &Decoded) -> Result<Sheet, CsvError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(if decoded.tabs { b'\t' } else { b',' })
        .from_reader(decoded.text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| CsvError::Csv(e.to_string()))?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(Sheet::new(name, rows))
}

/// Bytes → a sheet: [`decode`] then [`parse`].
pub fn read(name: &str, bytes: &[u8]) -> Result<Sheet, CsvError> {
    parse(name, &decode(bytes)?)
}

/// A sheet as CSV text (UTF-8, comma-separated, quoted where needed, CRLF line ends as
/// RFC 4180 and Excel write them), with a byte-order mark so that Excel reads it as UTF-8.
pub fn write(sheet: &Sheet) -> String {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in &sheet.rows {
        // Writing into a Vec cannot fail.
        let _ = writer.write_record(row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn utf8_with_or_without_a_bom_reads_the_same() {
        let plain = read("exhibits", "id,title.ja\nx,稲\n".as_bytes()).unwrap();
        let bom = read("exhibits", "\u{feff}id,title.ja\r\nx,稲\r\n".as_bytes()).unwrap();
        assert_eq!(plain, bom);
        assert_eq!(plain.cell(0, 0), "id");
        assert_eq!(plain.cell(1, 1), "稲");
    }

    #[test]
    fn excel_unicode_text_is_utf16_and_tab_separated() {
        let sheet = read(
            "exhibits",
            &utf16le("id\ttitle.zh\r\nx\t\"水稻, 耐盐\"\r\n"),
        )
        .unwrap();
        assert_eq!(sheet.cell(1, 1), "水稻, 耐盐");
        let mut be = vec![0xFE, 0xFF];
        be.extend("id\tt\n".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(read("s", &be).unwrap().cell(0, 1), "t");
        assert_eq!(read("s", &[0xFF, 0xFE, 0x41]), Err(CsvError::OddUtf16));
    }

    #[test]
    fn legacy_encodings_are_refused_with_advice() {
        // "稲" in Shift_JIS, and "中文" in GBK.
        for bytes in [
            &b"id,title\nx,\x88\xee\n"[..],
            &b"id,title\nx,\xd6\xd0\xce\xc4\n"[..],
        ] {
            let e = read("exhibits", bytes).unwrap_err();
            assert!(matches!(e, CsvError::NotUtf8 { offset: 11 }), "{e:?}");
            assert!(e.to_string().contains("CSV UTF-8"));
        }
        assert_eq!(read("exhibits", b""), Err(CsvError::Empty));
    }

    #[test]
    fn written_csv_reads_back_with_quotes_and_line_breaks() {
        let sheet = Sheet::new(
            "exhibits",
            vec![
                vec!["id".into(), "summary.en".into()],
                vec!["x".into(), "a, \"b\"\nc".into()],
            ],
        );
        assert_eq!(read("exhibits", write(&sheet).as_bytes()).unwrap(), sheet);
    }
}
