//! Related exhibits for a detail: those sharing the most with it, by a fixed, explainable
//! score — a shared field counts most, then a shared keyword (in any language), then the same
//! institution, then a shared session. Ties keep catalogue order, so the list never shuffles.

use crate::catalogue::{Exhibit, Exhibition};
use crate::search::normalize;

pub const RELATED_AT_MOST: usize = 6;

const FIELD: u32 = 4;
const KEYWORD: u32 = 3;
const INSTITUTION: u32 = 2;
const EVENT: u32 = 1;

/// How much `a` and `b` share; symmetric, 0 when nothing.
pub fn similarity(a: &Exhibit, b: &Exhibit) -> u32 {
    similarity_with(a, &keywords(a), b, &keywords(b))
}

fn similarity_with(a: &Exhibit, a_words: &[String], b: &Exhibit, b_words: &[String]) -> u32 {
    let shared = |x: &[String], y: &[String]| x.iter().filter(|v| y.contains(v)).count() as u32;
    let words = a_words.iter().filter(|w| b_words.contains(w)).count() as u32;
    FIELD * shared(&a.fields, &b.fields)
        + KEYWORD * words
        + INSTITUTION * u32::from(a.institution == b.institution)
        + EVENT * shared(&a.events, &b.events)
}

/// An exhibit's keywords in every language it gives them, in the search's normal form
/// ("Paddy", "paddy" and "ｐａｄｄｙ" are one), each once.
fn keywords(e: &Exhibit) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for text in e.keywords.iter().flat_map(|k| k.all()) {
        let word = normalize(text);
        if !word.is_empty() && !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

/// Up to [`RELATED_AT_MOST`] exhibits most similar to `exhibition.exhibits[index]`, best
/// first; none that share nothing, none that `allowed` refuses (what a locked embed hides).
pub fn related(
    exhibition: &Exhibition,
    index: usize,
    allowed: &dyn Fn(usize) -> bool,
) -> Vec<usize> {
    let this = &exhibition.exhibits[index];
    let words = keywords(this);
    // The best so far, kept in order by insertion: a list of six needs no sort.
    let mut best: Vec<(u32, usize)> = Vec::with_capacity(RELATED_AT_MOST + 1);
    let candidates = (exhibition.exhibits.iter().enumerate())
        .filter(|(i, _)| *i != index && allowed(*i))
        .filter_map(|(i, other)| {
            // Cheap test first: most exhibits of a large exhibition share nothing at all.
            let may_share = other.institution == this.institution
                || other.fields.iter().any(|f| this.fields.contains(f))
                || other.events.iter().any(|e| this.events.contains(e))
                || !other.keywords.is_empty() && !words.is_empty();
            let score = match may_share {
                true => similarity_with(this, &words, other, &keywords(other)),
                false => 0,
            };
            (score > 0).then_some((score, i))
        });
    for (score, i) in candidates {
        // Candidates come in index order, so among equal scores the earlier one stays first.
        let at = best
            .iter()
            .position(|&(s, _)| s < score)
            .unwrap_or(best.len());
        if at < RELATED_AT_MOST {
            best.insert(at, (score, i));
            best.truncate(RELATED_AT_MOST);
        }
    }
    best.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::follow_up::fixture::exhibition;
    use proptest::prelude::*;

    #[test]
    fn the_most_similar_come_first_and_the_unrelated_not_at_all() {
        let ex = exhibition();
        // rice: agri, keywords paddy/水田, kyoto, seminar.
        // paddy-robot: agri + Paddy + kyoto = 4 + 3 + 2; seed: agri + paddy + seminar = 4 + 3 + 1.
        assert_eq!(similarity(&ex.exhibits[0], &ex.exhibits[1]), 9);
        assert_eq!(similarity(&ex.exhibits[0], &ex.exhibits[3]), 8);
        assert_eq!(related(&ex, 0, &|_| true), [1, 3]);
        assert_eq!(related(&ex, 4, &|_| true), Vec::<usize>::new());
        // solar shares energy with seed only.
        assert_eq!(related(&ex, 2, &|_| true), [3]);
        assert_eq!(
            related(&ex, 0, &|i| i != 1),
            [3],
            "what a lock hides is not offered"
        );
    }

    fn arb_exhibit() -> impl Strategy<Value = Exhibit> {
        let ids = || proptest::sample::subsequence(vec!["a", "b", "c", "d"], 0..4);
        (ids(), ids(), ids(), 0..3usize).prop_map(|(fields, words, events, inst)| Exhibit {
            id: "x".into(),
            title: "T".into(),
            summary: "".into(),
            institution: format!("i{inst}"),
            fields: fields.iter().map(|s| s.to_string()).collect(),
            keywords: words.iter().map(|s| (*s).into()).collect(),
            trl: None,
            ip: None,
            cooperation: vec![],
            image: None,
            contact: None,
            links: vec![],
            events: events.iter().map(|s| s.to_string()).collect(),
            updated: None,
            patents: vec![],
            inventors: vec![],
            media: vec![],
        })
    }

    proptest! {
        #[test]
        fn similarity_is_symmetric(a in arb_exhibit(), b in arb_exhibit()) {
            prop_assert_eq!(similarity(&a, &b), similarity(&b, &a));
        }

        #[test]
        fn related_are_the_top_scores_in_order_without_the_exhibit_itself(
            exhibits in proptest::collection::vec(arb_exhibit(), 1..15), pick in 0..15usize
        ) {
            let mut ex = exhibition();
            ex.exhibits = exhibits.into_iter().map(std::sync::Arc::new).collect();
            let index = pick % ex.exhibits.len();
            let got = related(&ex, index, &|i| i % 5 != 4);
            prop_assert!(got.len() <= RELATED_AT_MOST && !got.contains(&index));
            let score = |i: usize| similarity(&ex.exhibits[index], &ex.exhibits[i]);
            prop_assert!(got.iter().all(|&i| score(i) > 0 && i % 5 != 4));
            prop_assert!(got.windows(2).all(|w| score(w[0]) > score(w[1]) || score(w[0]) == score(w[1]) && w[0] < w[1]));
            // Nothing left out scores higher than the last one listed.
            if got.len() == RELATED_AT_MOST {
                let last = score(*got.last().unwrap());
                prop_assert!((0..ex.exhibits.len()).filter(|i| *i != index && i % 5 != 4 && !got.contains(i)).all(|i| score(i) <= last));
            } else {
                let listed = (0..ex.exhibits.len()).filter(|&i| i != index && i % 5 != 4 && score(i) > 0).count();
                prop_assert_eq!(listed, got.len());
            }
        }
    }
}
