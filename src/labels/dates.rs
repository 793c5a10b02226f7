//! Catalogue dates the way each language writes them.

use crate::i18n::{t, tf, Lang, Msg};

/// A catalogue date (`YYYY-MM-DD`, already validated) the way the language writes dates:
/// "November 28, 2022", "2022年11月28日".
pub fn date(lang: Lang, iso: &str) -> String {
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<usize>().unwrap_or(0));
    let (year, month, day) = match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m @ 1..=12), Some(d)) => (y, m, d),
        _ => return iso.to_owned(),
    };
    let month_name = t(lang, Msg::DateMonths)
        .split(',')
        .nth(month - 1)
        .unwrap_or_default();
    tf(
        lang,
        Msg::DatePattern,
        &[
            ("year", &year.to_string()),
            ("month", month_name),
            ("day", &day.to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(date(Lang::En, "2022-11-28"), "November 28, 2022");
        assert_eq!(date(Lang::Zh, "2022-11-08"), "2022年11月8日");
        assert_eq!(date(Lang::Ja, "2022-01-29"), "2022年1月29日");
        assert_eq!(date(Lang::En, "2022-13-01"), "2022-13-01");
    }
}
