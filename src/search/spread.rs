//! How a set of results spreads over each facet and over TRL: the statistics page's numbers.
//! Counted from the facet index the engine answers with, so a chart says what a filter would
//! find.

use super::engine::SearchIndex;
use super::filters::{Facet, PerFacet};

/// The results counted per option. An exhibit with several fields (or sessions, or modes)
/// counts once for each; an exhibit without a value counts for none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Spread {
    /// How many results were counted.
    pub total: usize,
    /// Per facet, every option at least one result has, with how many have it, in option
    /// (catalogue) order.
    pub options: PerFacet<Vec<(String, usize)>>,
    /// Results at each TRL, 1 to 9.
    pub trl: [usize; 9],
    /// Results that give no TRL.
    pub trl_unknown: usize,
}

impl Spread {
    /// How many different options of `facet` the results have (universities, countries,
    /// sessions of the totals line).
    pub fn distinct(&self, facet: Facet) -> usize {
        self.options[facet].len()
    }

    /// The options of `facet` by count, most first, ties in catalogue order; at most `limit`.
    pub fn top(&self, facet: Facet, limit: usize) -> Vec<(String, usize)> {
        let mut ranked = self.options[facet].clone();
        ranked.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        ranked.truncate(limit);
        ranked
    }
}

impl SearchIndex {
    /// `results` (exhibit indices, as an outcome lists them) counted per option.
    pub fn spread(&self, results: &[usize]) -> Spread {
        let facets = self.facets();
        let mut counts: PerFacet<Vec<usize>> =
            PerFacet::from_fn(|f| vec![0; facets.options(f).len()]);
        let mut trl = [0; 9];
        let mut trl_unknown = 0;
        for &doc in results {
            for (facet, slots) in counts.iter_mut() {
                for &id in facets.of(doc, facet) {
                    slots[id as usize] += 1;
                }
            }
            match facets.trl()[doc] {
                Some(level @ 1..=9) => trl[usize::from(level) - 1] += 1,
                _ => trl_unknown += 1,
            }
        }
        let options = PerFacet::from_fn(|facet| {
            (facets.options(facet).iter())
                .zip(&counts[facet])
                .filter(|(_, &n)| n > 0)
                .map(|(value, &n)| (value.clone(), n))
                .collect()
        });
        Spread {
            total: results.len(),
            options,
            trl,
            trl_unknown,
        }
    }
}
