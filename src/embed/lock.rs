//! The parts of a view a partner can pin.

use crate::search::{Constraint, Facet};
use crate::url_state::ViewState;

/// A part of the view a partner can pin, named by its URL parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    Facet(Facet),
    Trl,
    Query,
    Lang,
}

impl Lock {
    pub const ALL: [Lock; 9] = [
        Lock::Facet(Facet::Country),
        Lock::Facet(Facet::Institution),
        Lock::Facet(Facet::Field),
        Lock::Facet(Facet::Ip),
        Lock::Facet(Facet::Coop),
        Lock::Facet(Facet::Event),
        Lock::Trl,
        Lock::Query,
        Lock::Lang,
    ];

    pub fn param(self) -> &'static str {
        match self {
            Lock::Facet(f) => f.param(),
            Lock::Trl => "trl",
            Lock::Query => "q",
            Lock::Lang => "lang",
        }
    }

    pub fn parse(name: &str) -> Option<Lock> {
        Lock::ALL.into_iter().find(|l| l.param() == name)
    }

    /// The lock that pins a constraint of the results: a locked one is not the visitor's to
    /// loosen.
    pub fn of(constraint: Constraint) -> Lock {
        match constraint {
            Constraint::Text => Lock::Query,
            Constraint::Facet(f) => Lock::Facet(f),
            Constraint::Trl => Lock::Trl,
        }
    }

    /// Copies this part of `pinned` over `next`.
    pub(super) fn restore(self, pinned: &ViewState, next: &mut ViewState) {
        match self {
            Lock::Facet(f) => {
                next.filters.clear_facet(f);
                for v in pinned.filters.selected(f) {
                    next.filters.select(f, v);
                }
            }
            Lock::Trl => next.filters.trl = pinned.filters.trl,
            Lock::Query => next.query.clone_from(&pinned.query),
            Lock::Lang => next.lang = pinned.lang,
        }
    }
}
