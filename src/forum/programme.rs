//! The exhibition's events in time order, grouped by day, and how each one's time reads on
//! its own clock and on the visitor's.

use super::clock::{offset_name, Clock, Day, When};
use crate::catalogue::{Event, EventKind, Exhibition};
use crate::i18n::{t, tf, Lang, Msg};
use crate::labels::{date, day_span};

/// Events in the order a programme lists them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Programme {
    pub days: Vec<ProgrammeDay>,
    /// Events that give no date (listed last, in catalogue order).
    pub undated: Vec<usize>,
}

impl Programme {
    /// The days in order, each with its events, then the undated events (day `None`).
    pub fn groups(&self) -> Vec<(Option<Day>, Vec<usize>)> {
        let days = (self.days.iter()).map(|d| (Some(d.day), d.events.clone()));
        let undated = (!self.undated.is_empty()).then(|| (None, self.undated.clone()));
        days.chain(undated).collect()
    }
}

/// The events starting on one day of their own clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeDay {
    pub day: Day,
    /// Indices into `Exhibition::events`: whole-day events first, then by starting moment;
    /// ties in catalogue order.
    pub events: Vec<usize>,
}

/// When an event starts: its `start`, or the 1.0 `date`.
fn start_of(event: &Event) -> Option<When> {
    (event.start.as_deref())
        .or(event.date.as_deref())
        .and_then(When::parse)
}

/// The exhibition's events grouped by the day each starts on, days in order.
pub fn programme(exhibition: &Exhibition) -> Programme {
    let mut dated: Vec<(When, usize)> = Vec::new();
    let mut undated = Vec::new();
    for (i, event) in exhibition.events.iter().enumerate() {
        match start_of(event) {
            Some(when) => dated.push((when, i)),
            None => undated.push(i),
        }
    }
    // A stable sort: equal keys keep catalogue order.
    dated.sort_by_key(|(when, _)| when.sort_key());
    let mut days: Vec<ProgrammeDay> = Vec::new();
    for (when, i) in dated {
        match days.last_mut() {
            Some(last) if last.day == when.day() => last.events.push(i),
            _ => days.push(ProgrammeDay {
                day: when.day(),
                events: vec![i],
            }),
        }
    }
    Programme { days, undated }
}

/// What a programme calls an event's kind.
pub fn kind_label(lang: Lang, kind: EventKind) -> &'static str {
    let msg = match kind {
        EventKind::Forum => Msg::ProgrammeKindForum,
        EventKind::SubForum => Msg::ProgrammeKindSubForum,
        EventKind::Seminar => Msg::ProgrammeKindSeminar,
        EventKind::Exhibition => Msg::ProgrammeKindExhibition,
    };
    t(lang, msg)
}

/// How an event's time reads in a programme.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SessionTime {
    /// The days it spans, when more than one ("November 28–29, 2022").
    pub days: Option<String>,
    /// Its hours on its own clock ("09:30–11:00 UTC+08:00"); `None` for whole-day events.
    pub own: Option<String>,
    /// The same hours on the visitor's clock, when that clock differs ("10:30–12:00 your
    /// time (UTC+09:00)"), with the date when the day differs too.
    pub visitor: Option<String>,
}

/// `event`'s time in `lang`. `visitor_offset` gives the visitor's clock (minutes east of UTC)
/// at a moment (minutes since the epoch): the browser knows its time zone's rules, we do not.
pub fn session_time(lang: Lang, event: &Event, visitor_offset: &dyn Fn(i64) -> i32) -> SessionTime {
    let start_text = event.start.as_deref().or(event.date.as_deref());
    let end_text = event.end.as_deref();
    let (start, end) = (
        start_text.and_then(When::parse),
        end_text.and_then(When::parse),
    );
    let days = match (start_text, end_text, start, end) {
        (Some(from), Some(to), Some(a), Some(b)) if a.day() != b.day() => {
            Some(day_span(lang, from, to))
        }
        _ => None,
    };
    let Some(When::At(from)) = start else {
        return SessionTime {
            days,
            ..SessionTime::default()
        };
    };
    let to = match end {
        Some(When::At(to)) => Some(to.at_offset(from.offset)),
        _ => None,
    };
    let own = Some(tf(
        lang,
        Msg::ProgrammeTimeZone,
        &[
            ("time", &hours(from, to)),
            ("zone", &offset_name(from.offset)),
        ],
    ));
    let offset = visitor_offset(from.utc_minutes());
    let visitor = (offset != from.offset).then(|| {
        let here = from.at_offset(offset);
        let mut time = hours(here, to.map(|t| t.at_offset(offset)));
        if here.day != from.day {
            time = format!("{} {time}", date(lang, &here.day.iso()));
        }
        tf(
            lang,
            Msg::ProgrammeYourTime,
            &[("time", &time), ("zone", &offset_name(offset))],
        )
    });
    SessionTime { days, own, visitor }
}

/// A text's paragraphs: separated by blank lines, each trimmed, empty ones dropped. Text
/// stays text: a paragraph is shown as a text node, never parsed.
pub fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// `09:30–11:00`, or `09:30` without an end.
fn hours(from: Clock, to: Option<Clock>) -> String {
    match to {
        Some(to) if to.utc_minutes() > from.utc_minutes() => {
            format!("{}–{}", from.time(), to.time())
        }
        _ => from.time(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{parse_document, Document};

    fn exhibition(events: &str) -> Exhibition {
        let json = format!(
            r#"{{"format": "showcase/1.1", "id": "t", "title": "T", "events": {events}, "exhibits": []}}"#
        );
        match parse_document(&json, "t.json").unwrap() {
            Document::Catalogue {
                catalogue,
                problems,
            } => {
                assert!(problems.is_empty(), "{problems:?}");
                Exhibition::merge([&catalogue])
            }
            other => panic!("{other:?}"),
        }
    }

    const EVENTS: &str = r#"[
        {"id": "late", "name": "Late", "start": "2022-11-28T14:00+08:00", "end": "2022-11-28T16:00+08:00"},
        {"id": "none", "name": "Undated"},
        {"id": "tokyo", "name": "Tokyo", "start": "2022-11-28T10:00+09:00"},
        {"id": "second", "name": "Second day", "date": "2022-11-29"},
        {"id": "all", "name": "All day", "start": "2022-11-28", "end": "2022-11-29"},
        {"id": "early", "name": "Early", "start": "2022-11-28T09:30+08:00"}
    ]"#;

    #[test]
    fn paragraphs_are_split_at_blank_lines() {
        assert_eq!(
            paragraphs("One.\n\n  Two\nlines. \n\n\n\n"),
            ["One.", "Two\nlines."]
        );
        assert!(paragraphs(" ").is_empty());
    }

    #[test]
    fn events_are_grouped_by_day_and_ordered_by_their_moment() {
        let ex = exhibition(EVENTS);
        let p = programme(&ex);
        let ids = |events: &[usize]| -> Vec<&str> {
            events.iter().map(|&i| ex.events[i].id.as_str()).collect()
        };
        assert_eq!(p.days.len(), 2);
        assert_eq!(p.days[0].day.iso(), "2022-11-28");
        // 10:00 in Tokyo is 09:00 in Beijing: before 09:30 Beijing.
        assert_eq!(ids(&p.days[0].events), ["all", "tokyo", "early", "late"]);
        assert_eq!(ids(&p.days[1].events), ["second"]);
        assert_eq!(ids(&p.undated), ["none"]);
        let groups = p.groups();
        assert_eq!(groups.len(), 3);
        assert_eq!(groups[2], (None, p.undated.clone()));
    }

    #[test]
    fn a_time_reads_on_its_own_clock_and_on_the_visitors_when_it_differs() {
        let ex = exhibition(EVENTS);
        let event = |id: &str| ex.event(id).unwrap();
        let tokyo_visitor = |_: i64| 540;
        let late = session_time(Lang::En, event("late"), &tokyo_visitor);
        assert_eq!(late.own.as_deref(), Some("14:00–16:00 UTC+08:00"));
        assert_eq!(
            late.visitor.as_deref(),
            Some("15:00–17:00 your time (UTC+09:00)")
        );
        assert_eq!(late.days, None);
        let beijing_visitor = |_: i64| 480;
        assert_eq!(
            session_time(Lang::En, event("late"), &beijing_visitor).visitor,
            None
        );
        let lima_visitor = |_: i64| -300;
        let early = session_time(Lang::Zh, event("early"), &lima_visitor);
        assert_eq!(early.own.as_deref(), Some("09:30（UTC+08:00）"));
        assert_eq!(
            early.visitor.as_deref(),
            Some("您的时间：2022年11月27日 20:30（UTC−05:00）")
        );
        let all = session_time(Lang::Ja, event("all"), &tokyo_visitor);
        assert_eq!(all.days.as_deref(), Some("2022年11月28日～29日"));
        assert_eq!((all.own, all.visitor), (None, None));
    }
}
