//! What the visitor has narrowed the exhibition to. Shared by the engine and the URL codec.

use std::ops::{Index, IndexMut};

/// A facet: a dimension whose options are ids. Several options of one facet combine with OR,
/// different facets with AND.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Country,
    Institution,
    Field,
    Ip,
    Coop,
    Event,
}

impl Facet {
    /// How many facets there are: the length of every per-facet array.
    pub const COUNT: usize = 6;

    /// In declaration order: `Facet::ALL[f.slot()] == f` (a test holds it).
    pub const ALL: [Facet; Facet::COUNT] = [
        Facet::Country,
        Facet::Institution,
        Facet::Field,
        Facet::Ip,
        Facet::Coop,
        Facet::Event,
    ];

    /// Its name as a URL parameter.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Country => "country",
            Facet::Institution => "institution",
            Facet::Field => "field",
            Facet::Ip => "ip",
            Facet::Coop => "coop",
            Facet::Event => "event",
        }
    }

    pub fn from_param(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.param() == name)
    }

    /// Its place in [`Facet::ALL`], which addresses every per-facet array.
    pub(crate) fn slot(self) -> usize {
        self as usize
    }
}

/// One value for each facet, addressed by the facet itself rather than by a number that
/// must silently agree with [`Facet::ALL`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PerFacet<T>([T; Facet::COUNT]);

impl<T> PerFacet<T> {
    pub fn from_fn(make: impl FnMut(Facet) -> T) -> PerFacet<T> {
        PerFacet(Facet::ALL.map(make))
    }

    /// Every facet with its value, in [`Facet::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Facet, &T)> {
        Facet::ALL.into_iter().zip(&self.0)
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (Facet, &mut T)> {
        Facet::ALL.into_iter().zip(&mut self.0)
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.0.iter()
    }
}

impl<T> Index<Facet> for PerFacet<T> {
    type Output = T;
    fn index(&self, facet: Facet) -> &T {
        &self.0[facet.slot()]
    }
}

impl<T> IndexMut<Facet> for PerFacet<T> {
    fn index_mut(&mut self, facet: Facet) -> &mut T {
        &mut self.0[facet.slot()]
    }
}

/// Inclusive Technology Readiness Level range, always within 1..=9 with `min <= max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrlRange {
    pub min: u8,
    pub max: u8,
}

impl TrlRange {
    pub const FULL: TrlRange = TrlRange { min: 1, max: 9 };

    /// Clamps to the scale and orders the ends, so any two numbers make a valid range.
    pub fn new(a: u8, b: u8) -> TrlRange {
        let (a, b) = (a.clamp(1, 9), b.clamp(1, 9));
        TrlRange {
            min: a.min(b),
            max: a.max(b),
        }
    }

    pub fn contains(self, trl: u8) -> bool {
        (self.min..=self.max).contains(&trl)
    }

    /// `3-7`, or `5` for a one-level range.
    pub fn to_param(self) -> String {
        if self.min == self.max {
            self.min.to_string()
        } else {
            format!("{}-{}", self.min, self.max)
        }
    }

    pub fn parse(s: &str) -> Option<TrlRange> {
        let (a, b) = s.split_once('-').unwrap_or((s, s));
        let a: u8 = a.trim().parse().ok()?;
        let b: u8 = b.trim().parse().ok()?;
        ((1..=9).contains(&a) && (1..=9).contains(&b)).then(|| TrlRange::new(a, b))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    selected: PerFacet<Vec<String>>,
    /// `None` means no TRL restriction; exhibits without a TRL then still show.
    pub trl: Option<TrlRange>,
}

impl Filters {
    pub fn selected(&self, facet: Facet) -> &[String] {
        &self.selected[facet]
    }

    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        self.selected(facet).iter().any(|v| v == value)
    }

    /// Adds the value if absent, removes it if present.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let values = &mut self.selected[facet];
        match values.iter().position(|v| v == value) {
            Some(i) => {
                values.remove(i);
            }
            None => values.push(value.to_owned()),
        }
    }

    pub fn select(&mut self, facet: Facet, value: &str) {
        if !self.is_selected(facet, value) {
            self.selected[facet].push(value.to_owned());
        }
    }

    pub fn clear_facet(&mut self, facet: Facet) {
        self.selected[facet].clear();
    }

    pub fn is_empty(&self) -> bool {
        self.trl.is_none() && self.selected.values().all(Vec::is_empty)
    }

    /// Every active (facet, value) pair, in facet order, for chips.
    pub fn active(&self) -> impl Iterator<Item = (Facet, &str)> {
        Facet::ALL
            .into_iter()
            .flat_map(move |f| self.selected(f).iter().map(move |v| (f, v.as_str())))
    }
}
