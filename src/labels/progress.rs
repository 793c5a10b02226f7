//! How far loading has got, in words and in thousandths.

use crate::catalogue::Sources;
use crate::i18n::{number, tf, Lang, Msg};

/// "Loading catalogues… 1 of 3 · 412.5 KB received".
pub fn loading_text(lang: Lang, sources: &Sources) -> String {
    let (received, _) = sources.bytes_pending();
    let mut text = tf(
        lang,
        Msg::LoadingCatalogues,
        &[
            ("done", &number(sources.done())),
            ("total", &number(sources.slots.len())),
        ],
    );
    if received > 0 {
        text.push_str(" · ");
        text.push_str(&tf(
            lang,
            Msg::LoadingBytes,
            &[("kb", &kilobytes(received))],
        ));
    }
    text
}

/// Bytes as kilobytes with one decimal, `412.5`. Tenths in integers: float printing would cost
/// the wasm 11 KB.
fn kilobytes(bytes: u64) -> String {
    let tenths = (bytes * 10 + 512) / 1024;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The loading bar's value, in thousandths: an integer attribute keeps float printing out of
/// the wasm.
pub fn progress_thousandths(sources: &Sources) -> u32 {
    (sources.fraction() * 1000.0).round() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::LoadError;

    #[test]
    fn loading_says_how_far_it_got() {
        let mut s = Sources::new(&["a.json".into(), "b.json".into()]);
        s.progress(0, 2048, None);
        s.finish(1, Err(LoadError::Http { status: 404 }));
        assert_eq!(
            loading_text(Lang::En, &s),
            "Loading catalogues… 1 of 2 · 2.0 KB received"
        );
        assert_eq!(progress_thousandths(&s), 500);
    }

    #[test]
    fn kilobytes_round_to_tenths() {
        assert_eq!(kilobytes(0), "0.0");
        assert_eq!(kilobytes(422_400), "412.5");
        assert_eq!(kilobytes(1023), "1.0");
    }
}
