//! What a locked embed lets out of it — into its shortlist, comparisons, exports and related
//! exhibits: a flag per exhibit, or everything when nothing is locked.

/// Which exhibits (by index) may be shown.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// `None`: every exhibit.
    inside: Option<Vec<bool>>,
}

impl Scope {
    /// Every exhibit.
    pub fn everything() -> Scope {
        Scope::default()
    }

    /// Only `results` (indices of an exhibition of `len` exhibits).
    pub fn of(len: usize, results: &[usize]) -> Scope {
        let mut inside = vec![false; len];
        for &i in results {
            inside[i] = true;
        }
        Scope {
            inside: Some(inside),
        }
    }

    pub fn allows(&self, index: usize) -> bool {
        self.inside
            .as_ref()
            .is_none_or(|s| s.get(index).copied().unwrap_or(false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scope_allows_its_results_or_everything() {
        let scope = Scope::of(4, &[3, 1]);
        let allowed: Vec<usize> = (0..6).filter(|&i| scope.allows(i)).collect();
        assert_eq!(allowed, [1, 3]);
        assert!((0..6).all(|i| Scope::everything().allows(i)));
    }
}
