//! Script folding: simplified Chinese, traditional Chinese and Japanese shinjitai/kyūjitai
//! forms of one character fold to one canonical character (`稲`/`稻`, `薬`/`藥`/`药`,
//! `発`/`發`/`发`), so a query in one script finds text written in another.
//!
//! The table is OpenCC's character data reduced to variant classes at development time by
//! `build/fold-table.mjs` (format described there; OpenCC is Apache-2.0). It is read once, on
//! the first fold, into a dense array over the BMP block the table spans (one `u16` per code
//! point: every CJK character of a large catalogue is folded while indexing, so the common
//! case is one load) and a short sorted list for the supplementary planes.

use std::sync::OnceLock;

/// The generated table: non-canonical characters in ascending order, as varint deltas.
const VARIANTS: &[u8] = include_bytes!("variants.bin");

/// The canonical character of `c`'s variant class (`c` itself when it has no variants). The
/// engine folds through a [`Folder`], which looks the table up once.
#[cfg(test)]
pub fn fold(c: char) -> char {
    Folder::new().fold(c)
}

/// The table, looked up once: normalizing a long text folds every CJK character of it.
#[derive(Clone, Copy)]
pub struct Folder(&'static Table);

impl Folder {
    pub fn new() -> Folder {
        Folder(table())
    }

    /// The canonical character of `c`'s variant class (`c` itself when it has no variants).
    pub fn fold(self, c: char) -> char {
        let code = u32::from(c);
        // Below the first folded character are ASCII, Latin, kana and the common punctuation.
        if code < 0x3400 {
            return c;
        }
        self.0.get(code).unwrap_or(c)
    }
}

/// Whether `c` has variants at all (another character folds to it, or it folds to another):
/// a term without such characters can only match exactly.
pub fn has_variants(c: char) -> bool {
    let code = u32::from(c);
    code >= 0x3400 && (table().get(code).is_some() || table().is_canonical(code))
}

struct Table {
    /// The first code point `dense` covers.
    first: u32,
    /// Canonical code point of `first + i` (0: not folded). Every BMP entry's canonical
    /// character is in the BMP too (the generator picks a class's smallest code point).
    dense: Vec<u16>,
    /// Supplementary-plane characters and their canonical characters, sorted.
    astral: Vec<(u32, u32)>,
    /// Every class's canonical character, sorted.
    canonical: Vec<u32>,
}

impl Table {
    fn is_canonical(&self, code: u32) -> bool {
        self.canonical.binary_search(&code).is_ok()
    }

    fn get(&self, code: u32) -> Option<char> {
        let canonical = match code.checked_sub(self.first) {
            Some(i) if (i as usize) < self.dense.len() => u32::from(self.dense[i as usize]),
            _ if code > 0xFFFF => {
                let at = self.astral.binary_search_by_key(&code, |&(c, _)| c).ok()?;
                self.astral[at].1
            }
            _ => 0,
        };
        char::from_u32(canonical).filter(|_| canonical != 0)
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let entries = decode(VARIANTS);
        let bmp: Vec<(u32, u32)> = (entries.iter().copied())
            .filter(|&(c, to)| c <= 0xFFFF && to <= 0xFFFF)
            .collect();
        let first = bmp.first().map_or(0, |&(c, _)| c);
        let last = bmp.last().map_or(0, |&(c, _)| c);
        let mut dense = vec![0u16; (last + 1 - first) as usize * usize::from(!bmp.is_empty())];
        for &(c, to) in &bmp {
            dense[(c - first) as usize] = to as u16;
        }
        let mut canonical: Vec<u32> = entries.iter().map(|&(_, to)| to).collect();
        canonical.sort_unstable();
        canonical.dedup();
        let astral = entries.into_iter().filter(|&(c, _)| c > 0xFFFF).collect();
        Table {
            first,
            dense,
            astral,
            canonical,
        }
    })
}

/// The `(character, canonical)` entries of the generated table, in ascending order.
fn decode(bytes: &[u8]) -> Vec<(u32, u32)> {
    let mut rest = bytes;
    let mut varint = || -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let (&byte, tail) = rest.split_first()?;
            rest = tail;
            value |= u32::from(byte & 0x7F) << shift;
            if byte < 0x80 {
                return Some(value);
            }
        }
        None
    };
    let mut entries = Vec::with_capacity(bytes.len() / 3);
    let mut code = 0u32;
    while let (Some(delta), Some(zigzag)) = (varint(), varint()) {
        code += delta;
        let offset = match zigzag & 1 {
            0 => i64::from(zigzag >> 1),
            _ => -i64::from(zigzag >> 1) - 1,
        };
        entries.push((code, (i64::from(code) + offset) as u32));
    }
    entries
}

#[cfg(test)]
mod tests;
