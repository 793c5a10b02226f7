//! When an event is, as its catalogue writes it (`2022-11-28`, `2022-11-28T09:30+08:00`), and
//! the same moment on another clock. Hand-written rather than a date crate: the programme
//! needs one conversion (a moment with its offset → the civil date and time at another
//! offset), which is Howard Hinnant's `days_from_civil` and its inverse (shared with the
//! spreadsheet dates of `authoring::sheet`), a few lines each.

use crate::authoring::sheet::civil_from_days;

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    fn days_since_epoch(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days_since_epoch(days: i64) -> Day {
        let (year, month, day) = civil_from_days(days);
        Day {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        }
    }
}

/// A moment on a clock: the civil day, the minute of that day, and the clock's offset east
/// of UTC in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub day: Day,
    pub minute: u16,
    pub offset: i32,
}

impl Clock {
    /// Minutes since 1970-01-01T00:00Z.
    pub fn utc_minutes(self) -> i64 {
        self.day.days_since_epoch() * 1440 + i64::from(self.minute) - i64::from(self.offset)
    }

    /// The same moment on a clock `offset` minutes east of UTC.
    pub fn at_offset(self, offset: i32) -> Clock {
        let local = self.utc_minutes() + i64::from(offset);
        Clock {
            day: Day::from_days_since_epoch(local.div_euclid(1440)),
            minute: local.rem_euclid(1440) as u16,
            offset,
        }
    }

    /// `09:30`, a 24-hour clock as all three languages write it in a programme.
    pub fn time(self) -> String {
        format!("{:02}:{:02}", self.minute / 60, self.minute % 60)
    }
}

/// `UTC+08:00`, `UTC−03:30`, `UTC`: the offset as a programme names it.
pub fn offset_name(offset: i32) -> String {
    if offset == 0 {
        return "UTC".to_owned();
    }
    let sign = if offset > 0 { '+' } else { '−' };
    let a = offset.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", a / 60, a % 60)
}

/// When an event starts or ends: a whole day, or a moment with its clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    AllDay(Day),
    At(Clock),
}

impl When {
    /// Reads a catalogue's date or date-time (already validated; anything else is `None`).
    pub fn parse(s: &str) -> Option<When> {
        let day = parse_day(s.get(..10)?)?;
        let Some(rest) = s.get(10..).filter(|r| !r.is_empty()) else {
            return Some(When::AllDay(day));
        };
        let rest = rest.strip_prefix('T')?;
        let at = rest.find(['Z', '+', '-'])?;
        let (time, zone) = rest.split_at(at);
        let hours: u16 = time.get(..2)?.parse().ok()?;
        let minutes: u16 = time.get(3..5)?.parse().ok()?;
        let offset = match zone {
            "Z" => 0,
            _ => {
                let sign = if zone.starts_with('-') { -1 } else { 1 };
                let h: i32 = zone.get(1..3)?.parse().ok()?;
                let m: i32 = zone.get(4..6)?.parse().ok()?;
                sign * (h * 60 + m)
            }
        };
        (hours < 24 && minutes < 60).then_some(When::At(Clock {
            day,
            minute: hours * 60 + minutes,
            offset,
        }))
    }

    /// The day on the event's own clock.
    pub fn day(self) -> Day {
        match self {
            When::AllDay(day) => day,
            When::At(clock) => clock.day,
        }
    }

    /// The order of a programme: by day, a whole-day event before the timed ones of its day,
    /// timed ones by the moment they start.
    pub fn sort_key(self) -> (Day, Option<i64>) {
        match self {
            When::AllDay(day) => (day, None),
            When::At(clock) => (clock.day, Some(clock.utc_minutes())),
        }
    }
}

fn parse_day(s: &str) -> Option<Day> {
    let mut parts = s.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts
        .next()?
        .parse()
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let day = parts
        .next()?
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    Some(Day { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_dates_and_moments_with_their_offsets() {
        let day = Day {
            year: 2022,
            month: 11,
            day: 28,
        };
        assert_eq!(When::parse("2022-11-28"), Some(When::AllDay(day)));
        assert_eq!(
            When::parse("2022-11-28T09:30+08:00"),
            Some(When::At(Clock {
                day,
                minute: 570,
                offset: 480
            }))
        );
        assert_eq!(
            When::parse("2022-11-28T09:30:15-03:30"),
            Some(When::At(Clock {
                day,
                minute: 570,
                offset: -210
            }))
        );
        assert_eq!(
            When::parse("2022-11-28T09:30Z"),
            Some(When::At(Clock {
                day,
                minute: 570,
                offset: 0
            }))
        );
        assert_eq!(When::parse("28.11.2022"), None);
        assert_eq!(When::parse("2022-11-28T25:00Z"), None);
    }

    #[test]
    fn a_moment_is_the_same_on_another_clock() {
        let Some(When::At(beijing)) = When::parse("2022-11-28T09:30+08:00") else {
            panic!("a moment");
        };
        let tokyo = beijing.at_offset(540);
        assert_eq!(
            (tokyo.day.iso(), tokyo.time()),
            ("2022-11-28".into(), "10:30".into())
        );
        let berlin = beijing.at_offset(60);
        assert_eq!(
            (berlin.day.iso(), berlin.time()),
            ("2022-11-28".into(), "02:30".into())
        );
        let lima = beijing.at_offset(-300);
        assert_eq!(
            (lima.day.iso(), lima.time()),
            ("2022-11-27".into(), "20:30".into())
        );
        assert_eq!(beijing.utc_minutes(), tokyo.utc_minutes());
        // 2022-11-28T01:30Z, counted independently: 19324 days after 1970-01-01.
        assert_eq!(beijing.utc_minutes(), 19_324 * 1440 + 90);
    }

    #[test]
    fn offsets_are_named_as_a_programme_writes_them() {
        assert_eq!(offset_name(480), "UTC+08:00");
        assert_eq!(offset_name(-210), "UTC−03:30");
        assert_eq!(offset_name(0), "UTC");
    }

    proptest! {
        #[test]
        fn days_round_trip(days in -800_000i64..800_000) {
            let day = Day::from_days_since_epoch(days);
            prop_assert_eq!(day.days_since_epoch(), days);
            prop_assert!((1..=12).contains(&day.month) && (1..=31).contains(&day.day));
        }

        #[test]
        fn a_clock_change_keeps_the_moment(minutes in -10_000_000i64..10_000_000, from in -720i32..=840, to in -720i32..=840) {
            let clock = Clock { day: Day { year: 1970, month: 1, day: 1 }, minute: 0, offset: 0 }.at_offset(0);
            let start = Clock { day: Day::from_days_since_epoch(minutes.div_euclid(1440)), minute: minutes.rem_euclid(1440) as u16, ..clock };
            let there = start.at_offset(from).at_offset(to);
            prop_assert_eq!(there.utc_minutes(), start.utc_minutes());
            prop_assert_eq!(there.offset, to);
        }
    }
}
