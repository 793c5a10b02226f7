//! The shapes of single values the format prescribes, as the JSON Schema states them.

/// Lower-case letters, digits, `-` and `_`, starting with a letter or digit (as the schema says).
pub fn is_slug(id: &str) -> bool {
    id.len() <= 128
        && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// `YYYY-MM-DD` with a plausible month and day; the calendar's finer points are not our concern.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &d| {
            d.is_ascii_digit().then(|| acc * 10 + u32::from(d - b'0'))
        })
    };
    matches!(
        (digits(0..4), digits(5..7), digits(8..10)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

/// `YYYY-MM-DDTHH:MM[:SS]` followed by `Z` or `±HH:MM`: a moment the reader's clock can place,
/// which is why a date-time without its offset is refused.
pub fn is_date_time(s: &str) -> bool {
    let Some((date, time)) = s.split_once('T') else {
        return false;
    };
    let (clock, offset) = match time.find(['Z', '+', '-']) {
        Some(i) => time.split_at(i),
        None => return false,
    };
    let two = |t: &str, max: u32| {
        t.len() == 2
            && t.bytes().all(|b| b.is_ascii_digit())
            && t.parse::<u32>().is_ok_and(|n| n <= max)
    };
    let clock_ok = match clock.split(':').collect::<Vec<_>>()[..] {
        [h, m] => two(h, 23) && two(m, 59),
        [h, m, sec] => two(h, 23) && two(m, 59) && two(sec, 60),
        _ => false,
    };
    let offset_ok = offset == "Z"
        || (offset.len() == 6
            && offset.as_bytes()[3] == b':'
            && two(&offset[1..3], 23)
            && two(&offset[4..6], 59));
    is_date(date) && clock_ok && offset_ok
}

/// An ISO 3166-1 alpha-2 code as the model keeps it: two upper-case letters.
pub fn is_country(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Something that can stand after `mailto:` without changing the link's meaning.
pub(super) fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !s
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "<>\"?&".contains(c))
        }
        None => false,
    }
}
