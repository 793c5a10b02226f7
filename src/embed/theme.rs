//! A partner's colours: the scheme, and an accent that is only ever a hex colour with a text
//! colour that reads on it.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// An accent colour, only ever `#rrggbb`: it reaches CSS, so nothing else may pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accent(String);

impl Accent {
    /// The accent the stylesheet uses when none is chosen (light scheme).
    pub const DEFAULT: &'static str = "#a4262c";

    /// Accepts `#abc`, `abc`, `#aabbcc` or `aabbcc` (a `#` is awkward in a URL).
    pub fn parse(s: &str) -> Option<Accent> {
        let hex = s.strip_prefix('#').unwrap_or(s);
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let full: String = match hex.len() {
            3 => hex.chars().flat_map(|c| [c, c]).collect(),
            6 => hex.to_owned(),
            _ => return None,
        };
        Some(Accent(format!("#{}", full.to_ascii_lowercase())))
    }

    pub fn css(&self) -> &str {
        &self.0
    }

    /// The URL form, without `#`.
    pub fn param(&self) -> &str {
        &self.0[1..]
    }

    /// Black or white, whichever contrasts more with the accent (WCAG relative luminance),
    /// so text on accent-coloured badges stays readable whatever colour a partner picks.
    pub fn text_colour(&self) -> &'static str {
        let channel = |i: usize| linear(u8::from_str_radix(&self.0[i..i + 2], 16).unwrap_or(0));
        let luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
        // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05).
        if (luminance + 0.05) * (luminance + 0.05) > 0.05 * 1.05 {
            "#000000"
        } else {
            "#ffffff"
        }
    }
}

/// An sRGB channel's linear value (WCAG 2's formula), without `powf`: libm's `pow` cost the
/// wasm 2.2 KB for this one use. `x^2.4 = x² · (x^{1/5})²`, the fifth root by Newton's method,
/// which agrees with `powf` to within 1e-15 on all 256 inputs (a test checks every one).
fn linear(channel: u8) -> f64 {
    let v = f64::from(channel) / 255.0;
    if v <= 0.04045 {
        return v / 12.92;
    }
    let x = (v + 0.055) / 1.055;
    let mut root = 1.0f64;
    // x is in (0.09, 1]: from 1, twelve steps are more than Newton needs.
    for _ in 0..12 {
        let fourth = root * root * root * root;
        root = (4.0 * root + x / fourth) / 5.0;
    }
    x * x * root * root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_channels_agree_with_the_formula_on_every_input() {
        for channel in 0..=255u8 {
            let v = f64::from(channel) / 255.0;
            let formula = if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            };
            let ours = linear(channel);
            assert!(
                (ours - formula).abs() < 1e-15,
                "{channel}: {ours} vs {formula}"
            );
        }
    }
}
