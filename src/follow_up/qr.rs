//! A QR code of a link, as what an `<svg>` needs: its size in modules and one path of dark
//! squares. Drawn as an element, not an image or a data: URL, so it obeys the strict CSP and
//! prints sharp at any size.

use qrcodegen::{Mask, QrCode as Encoder, QrCodeEcc, QrSegment, Version};

/// The quiet zone the standard asks around the symbol, in modules.
const QUIET_ZONE: i32 = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrCode {
    /// Width and height in modules, quiet zone included: the SVG's `viewBox` is `0 0 size size`.
    pub size: u32,
    /// The dark modules as one SVG path, a rectangle per horizontal run.
    pub path: String,
}

/// The QR code of `text` at error correction level M (15 %, enough for a phone at a poster),
/// or `None` when the text is too long for any QR version.
pub fn qr_code(text: &str) -> Option<QrCode> {
    let code = encode(text)?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!(
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            ));
        }
    }
    Some(QrCode {
        size: (n + 2 * QUIET_ZONE) as u32,
        path,
    })
}

/// Byte mode and one fixed mask: a link is bytes anyway, and choosing among the eight masks by
/// the standard's penalty score (which only makes some codes easier on poor cameras) was a
/// quarter of the encoder's compressed wasm (1.4 of 5.3 KB). Any mask reads the same in every decoder.
fn encode(text: &str) -> Option<Encoder> {
    let segments = [QrSegment::make_bytes(text.as_bytes())];
    let (min, max) = (Version::MIN, Version::MAX);
    let mask = Some(Mask::new(MASK));
    Encoder::encode_segments_advanced(&segments, QrCodeEcc::Medium, min, max, mask, true).ok()
}

/// Mask 2 (vertical stripes every third column) breaks up runs in links' typical byte patterns.
const MASK: u8 = 2;

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the path back into a grid of dark modules.
    fn grid(qr: &QrCode) -> Vec<Vec<bool>> {
        let n = qr.size as usize;
        let mut grid = vec![vec![false; n]; n];
        for rect in qr.path.split('M').filter(|s| !s.is_empty()) {
            let (xy, rest) = rect.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let (len, _) = rest.split_once('v').unwrap();
            let (x, y, len): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), len.parse().unwrap());
            for cell in &mut grid[y][x..x + len] {
                assert!(!*cell, "runs overlap");
                *cell = true;
            }
        }
        grid
    }

    #[test]
    fn the_path_draws_exactly_the_encoder_modules_inside_a_quiet_zone() {
        let text = "https://cdn.example/showcase/?exhibit=whu-solar-film";
        let qr = qr_code(text).unwrap();
        let code = encode(text).unwrap();
        assert_eq!(qr.size as i32, code.size() + 8);
        let grid = grid(&qr);
        for (y, row) in grid.iter().enumerate() {
            for (x, &dark) in row.iter().enumerate() {
                let (cx, cy) = (x as i32 - QUIET_ZONE, y as i32 - QUIET_ZONE);
                assert_eq!(dark, code.get_module(cx, cy), "module {x},{y}");
            }
        }
        // The finder pattern's top-left corner sits right after the quiet zone.
        assert!(grid[4][4] && !grid[3][3]);
    }

    #[test]
    fn text_too_long_for_any_version_has_no_code() {
        assert!(qr_code(&"x".repeat(5000)).is_none());
        assert!(qr_code("").is_some());
    }
}
