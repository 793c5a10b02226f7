//! Catalogue dates the way each language writes them.

use crate::i18n::{t, tf, Lang, Msg};

/// A catalogue date (`YYYY-MM-DD`, already validated) the way the language writes dates:
/// "November 28, 2022", "2022年11月28日".
pub fn date(lang: Lang, iso: &str) -> String {
    let Some((year, month, day)) = parts(iso) else {
        return iso.to_owned();
    };
    let month_name = month_name(lang, month);
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

/// The days an event spans, from its start and end (dates or date-times; only the day is
/// read): "November 28–29, 2022", one date when they are the same day.
pub fn day_span(lang: Lang, start: &str, end: &str) -> String {
    let (from, to) = (
        start.get(..10).unwrap_or(start),
        end.get(..10).unwrap_or(end),
    );
    match (parts(from), parts(to)) {
        _ if from == to => date(lang, from),
        (Some((y1, m1, d1)), Some((y2, m2, d2))) if (y1, m1) == (y2, m2) && d1 < d2 => tf(
            lang,
            Msg::DateRangeDays,
            &[
                ("year", &y1.to_string()),
                ("month", month_name(lang, m1)),
                ("from", &d1.to_string()),
                ("to", &d2.to_string()),
            ],
        ),
        _ => tf(
            lang,
            Msg::DateRange,
            &[("from", &date(lang, from)), ("to", &date(lang, to))],
        ),
    }
}

fn parts(iso: &str) -> Option<(usize, usize, usize)> {
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<usize>().unwrap_or(0));
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m @ 1..=12), Some(d)) => Some((y, m, d)),
        _ => None,
    }
}

fn month_name(lang: Lang, month: usize) -> &'static str {
    t(lang, Msg::DateMonths)
        .split(',')
        .nth(month - 1)
        .unwrap_or_default()
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

    #[test]
    fn an_event_reads_as_the_days_it_spans() {
        assert_eq!(
            day_span(Lang::En, "2022-11-28", "2022-11-29"),
            "November 28–29, 2022"
        );
        assert_eq!(
            day_span(Lang::Zh, "2022-11-28T09:00+08:00", "2022-11-29"),
            "2022年11月28日至29日"
        );
        assert_eq!(
            day_span(Lang::Ja, "2022-11-28", "2022-11-29"),
            "2022年11月28日～29日"
        );
        assert_eq!(
            day_span(Lang::En, "2022-11-28T09:00+08:00", "2022-11-28T12:00+08:00"),
            "November 28, 2022"
        );
        assert_eq!(
            day_span(Lang::En, "2022-11-30", "2022-12-01"),
            "November 30, 2022 – December 1, 2022"
        );
    }
}
