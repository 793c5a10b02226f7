//! What a visitor does after finding an exhibit: keep it on a shortlist, compare, share, write
//! to the universities, export, print with a QR code, and see related exhibits. Plain
//! functions of the exhibition and the visitor's list, so every decision is tested natively;
//! `ui` renders the answers and `web::storage` keeps the list between visits.
//!
//! `shortlist` the kept exhibits and their stored form · `compare` the side-by-side rows ·
//! `letters` one prefilled e-mail per institution · `related` similar exhibits · `qr` a QR code
//! as an SVG path · `scope` what a locked embed lets out · `export` CSV and catalogue JSON of a selection (used by the lazily loaded
//! bundle only, since it reads through the authoring tools).

mod compare;
pub mod export;
mod letters;
mod qr;
mod related;
mod scope;
mod shortlist;

pub use compare::{compare, CompareRow, COMPARE_AT_LEAST, COMPARE_AT_MOST};
pub use letters::{letters, Letter};
pub use qr::{qr_code, QrCode};
pub use related::{related, similarity, RELATED_AT_MOST};
pub use scope::Scope;
pub use shortlist::{storage_key, Entry, Kept, Shortlist, KEPT_AT_MOST};

#[cfg(test)]
mod fixture;
