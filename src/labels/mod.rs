//! What the interface calls things, in the visitor's language: plain functions of the core
//! types and a language, so the components stay free of logic and every wording decision is
//! tested natively.
//!
//! `options` facets, options, locks, orders and constraints · `exhibit` the facts a card and
//! the detail show · `text` catalogue text on screen and its fallback note · `dates` ·
//! `matched` highlights, snippets and why a result matched · `contact` mailto links · `dossier`
//! patents, inventors and media · `errors` failed sources and catalogue problems · `progress` the
//! loading bar.

mod contact;
mod dates;
mod dossier;
mod errors;
mod exhibit;
mod matched;
mod options;
mod progress;
mod text;

pub use contact::{email_link, mailto};
pub use dates::{date, day_span};
pub use dossier::{media_kind, patent_status, Dossier, DossierItem, DossierList, Picture};
pub use errors::{issue, load_error, problem};
pub use exhibit::ExhibitFacts;
pub use matched::{did_you_mean, segments, summary_segments, why_matched, Segment};
pub use options::{
    chip_label, constraint_label, coop_label, country_name, facet_name, filter_label, ip_label,
    lock_name, name_countries_with, option_label, option_search_text, sort_name, trl_level,
    trl_range_label,
};
pub use progress::{loading_text, progress_thousandths};
pub use text::{content_lang, fallback_note, Shown};

#[cfg(test)]
mod fixture;
