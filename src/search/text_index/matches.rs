//! Match lists: the documents a term (or a whole plan) matches, as `(document, value)` pairs
//! in document order, and the set operations a plan combines them with. Sparse, so combining
//! terms and counting facets cost what a query matches; only collecting one term's postings
//! passes over a byte per document.

use crate::search::score::{Hit, Tally};

/// What one term matched: each document once, with its best hit, in document order.
pub type Matches = Vec<(u32, Hit)>;

/// Orders `pairs` by document, keeping each document's best hit: through an array of one
/// byte per document, which costs less than sorting a large list and no more than a page of
/// memory for a small one (and spares the wasm a sort of its own).
pub fn collect(pairs: Vec<(u32, Hit)>, docs: usize) -> Matches {
    let mut dense = vec![Hit::NONE; docs];
    for (doc, hit) in pairs {
        let best = &mut dense[doc as usize];
        *best = (*best).max(hit);
    }
    (dense.into_iter().enumerate())
        .filter(|(_, hit)| hit.is_some())
        .map(|(doc, hit)| (doc as u32, hit))
        .collect()
}

/// Documents in either list, with the better hit.
pub fn union(a: Matches, b: Matches) -> Matches {
    if a.is_empty() {
        return b;
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(&(da, ha)), Some(&(db, hb))) if da == db => {
                a.next();
                b.next();
                (da, ha.max(hb))
            }
            (Some(&(da, _)), Some(&(db, _))) if da < db => a.next().unwrap_or_default(),
            (Some(_), Some(_)) | (None, Some(_)) => b.next().unwrap_or_default(),
            (Some(_), None) => a.next().unwrap_or_default(),
            (None, None) => return out,
        };
        out.push(next);
    }
}

/// Documents in both lists, combined by `both`.
pub fn intersect<A: Copy, B: Copy, C>(
    a: &[(u32, A)],
    b: &[(u32, B)],
    mut both: impl FnMut(A, B) -> Option<C>,
) -> Vec<(u32, C)> {
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                if let Some(c) = both(a[i].1, b[j].1) {
                    out.push((a[i].0, c));
                }
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// The plan's running tally after one more clause matched `matches`.
pub fn add_clause(tallies: Option<Vec<(u32, Tally)>>, matches: &Matches) -> Vec<(u32, Tally)> {
    match tallies {
        None => (matches.iter())
            .filter_map(|&(doc, hit)| Some((doc, Tally::START.add(hit)?)))
            .collect(),
        Some(tallies) => intersect(&tallies, matches, |t, h| t.add(h)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::score::{Kind, Place};
    use proptest::prelude::*;

    fn hit(k: u8) -> Hit {
        let kinds = [
            Kind::Typo,
            Kind::Thesaurus,
            Kind::Prefix,
            Kind::Folded,
            Kind::Exact,
        ];
        Hit::new(kinds[usize::from(k) % 5], Place::Summary)
    }

    fn dense(m: &Matches, n: usize) -> Vec<Hit> {
        let mut d = vec![Hit::NONE; n];
        for &(doc, h) in m {
            d[doc as usize] = h;
        }
        d
    }

    proptest! {
        /// The sparse operations agree with the same operations over dense arrays.
        #[test]
        fn sparse_lists_agree_with_dense_arrays(
            a in prop::collection::vec((0u32..40, 0u8..5), 0..60),
            b in prop::collection::vec((0u32..40, 0u8..5), 0..60),
        ) {
            let n = 40;
            let a: Vec<(u32, Hit)> = a.into_iter().map(|(d, k)| (d, hit(k))).collect();
            let b: Vec<(u32, Hit)> = b.into_iter().map(|(d, k)| (d, hit(k))).collect();
            let mut expect_a = vec![Hit::NONE; n];
            for &(d, h) in &a { expect_a[d as usize] = expect_a[d as usize].max(h); }
            let mut expect_b = vec![Hit::NONE; n];
            for &(d, h) in &b { expect_b[d as usize] = expect_b[d as usize].max(h); }
            let (ca, cb) = (collect(a.clone(), n), collect(b.clone(), n));
            prop_assert!(ca.windows(2).all(|w| w[0].0 < w[1].0));
            prop_assert_eq!(dense(&ca, n), expect_a.clone());
            prop_assert_eq!(dense(&cb, n), expect_b.clone());
            let u = union(ca.clone(), cb.clone());
            let expect_u: Vec<Hit> = expect_a.iter().zip(&expect_b).map(|(x, y)| (*x).max(*y)).collect();
            prop_assert_eq!(dense(&u, n), expect_u);
            let i = intersect(&ca, &cb, |x, y| Some(x.min(y)));
            let expect_i: Vec<Hit> = expect_a.iter().zip(&expect_b)
                .map(|(x, y)| if x.is_some() && y.is_some() { (*x).min(*y) } else { Hit::NONE }).collect();
            prop_assert_eq!(dense(&i, n), expect_i);
        }
    }
}
