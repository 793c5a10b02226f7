//! Result order: one integer key per result, whatever the sort.

use std::cmp::Ordering;

use super::query::Sort;
use crate::catalogue::Exhibition;

/// Each exhibit's place when titles are sorted in one language's collation. Built once per
/// exhibition and language, so sorting results by title is an integer sort, whatever the
/// comparison costs (in the browser it is `Intl.Collator`, across the wasm boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TitleOrder {
    rank: Vec<u32>,
}

impl TitleOrder {
    pub fn build(
        exhibition: &Exhibition,
        lang: &str,
        compare: impl Fn(&str, &str) -> Ordering,
    ) -> Self {
        let titles: Vec<&str> = (exhibition.exhibits.iter())
            .map(|e| e.title.get(lang).text)
            .collect();
        let mut order: Vec<usize> = (0..titles.len()).collect();
        order.sort_by(|&a, &b| compare(titles[a], titles[b]).then(a.cmp(&b)));
        let mut rank = vec![0u32; titles.len()];
        for (position, i) in order.into_iter().enumerate() {
            rank[i] = position as u32;
        }
        TitleOrder { rank }
    }

    /// Case-insensitive code-point order: the fallback where no collator is at hand.
    pub fn simple(exhibition: &Exhibition, lang: &str) -> Self {
        Self::build(exhibition, lang, |a, b| {
            a.to_lowercase().cmp(&b.to_lowercase())
        })
    }

    fn of(&self, i: usize) -> u32 {
        self.rank.get(i).copied().unwrap_or(u32::MAX)
    }
}

/// Orders `(exhibit, score)` pairs by one integer key each, ties broken by catalogue order:
/// every sort order shares one sort of plain integers, fast at 100,000 results.
pub(super) fn sorted(
    results: Vec<(usize, u32)>,
    exhibition: &Exhibition,
    sort: Sort,
    titles: &TitleOrder,
) -> Vec<usize> {
    // Smaller comes first; absent values get u32::MAX and so come last.
    let key = |i: usize, score: u32| -> u32 {
        let exhibit = &exhibition.exhibits[i];
        match sort {
            Sort::Relevance => u32::MAX - score,
            Sort::Title => titles.of(i),
            Sort::Trl => exhibit.trl.map_or(u32::MAX, |t| 9 - u32::from(t)),
            Sort::Updated => {
                (exhibit.updated.as_deref()).map_or(u32::MAX, |d| u32::MAX - 1 - date_number(d))
            }
        }
    };
    let mut keyed: Vec<u64> = results
        .into_iter()
        .map(|(i, score)| (u64::from(key(i, score)) << 32) | i as u64)
        .collect();
    keyed.sort_unstable();
    keyed
        .into_iter()
        .map(|k| (k & 0xFFFF_FFFF) as usize)
        .collect()
}

/// `2022-11-28` → 20221128 (dates in the model are checked `YYYY-MM-DD`).
fn date_number(date: &str) -> u32 {
    date.bytes()
        .filter(u8::is_ascii_digit)
        .fold(0, |n, d| n * 10 + u32::from(d - b'0'))
}
