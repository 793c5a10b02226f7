//! The documents as they are written: serde structs that mirror the JSON, private to the
//! catalogue module. `parse` reads them, `check` turns them into the model.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::text::Text;

pub const CATALOGUE_FORMAT: &str = "showcase/1";
pub const INDEX_FORMAT: &str = "showcase-index/1";

/// `showcase/1.2` → (`showcase`, `1`): minor versions only add optional keys.
pub(super) fn format_family(format: &str) -> Option<(&str, &str)> {
    let (name, version) = format.split_once('/')?;
    Some((name, version.split('.').next()?))
}

/// Only the format, to tell documents apart. Raw, so that a format of the wrong type is
/// quoted as the author wrote it (and serde_json's `Value`, with its float printing, stays out
/// of the wasm).
#[derive(Deserialize)]
pub(super) struct Probe<'a> {
    #[serde(borrow)]
    pub format: Option<&'a RawValue>,
}

#[derive(Deserialize)]
pub(super) struct RawIndex {
    pub title: Option<Text>,
    pub catalogues: Vec<Box<RawValue>>,
    /// Format 1.1; raw, so that a bad value costs only itself.
    pub about: Option<Box<RawValue>>,
    pub organisers: Option<Box<RawValue>>,
}

/// One of an index's organisers (format 1.1).
#[derive(Deserialize)]
pub(super) struct RawOrganiser {
    pub name: Text,
    pub role: Text,
    pub url: Option<String>,
}

/// A catalogue document. The careful path reads each list as raw entries (`Box<RawValue>`,
/// parsed one by one afterwards); the one-pass path as typed ones.
#[derive(Deserialize)]
pub(super) struct RawCatalogue<I, N, E, X> {
    /// Checked by the caller (the careful path already knows it is a supported one).
    pub format: String,
    id: String,
    title: Text,
    description: Option<Text>,
    updated: Option<String>,
    #[serde(default)]
    sample: bool,
    #[serde(default = "Vec::new")]
    institutions: Vec<I>,
    #[serde(default = "Vec::new")]
    fields: Vec<N>,
    #[serde(default = "Vec::new")]
    events: Vec<E>,
    #[serde(default = "Vec::new")]
    exhibits: Vec<X>,
}

/// Read the careful way: every entry raw, to be read on its own.
pub(super) type CarefulCatalogue =
    RawCatalogue<Box<RawValue>, Box<RawValue>, Box<RawValue>, Box<RawValue>>;
/// Read in one typed pass: a catalogue in which every entry has the right shape.
pub(super) type WholeCatalogue<'a> =
    RawCatalogue<RawInstitution, RawNamed, RawEvent<'a>, RawExhibit<'a>>;

/// A catalogue's own identity and description: everything but its lists.
pub(super) struct Head {
    pub id: String,
    pub title: Text,
    pub description: Option<Text>,
    pub updated: Option<String>,
    pub sample: bool,
}

/// A catalogue's four lists.
pub(super) struct Lists<I, N, E, X> {
    pub institutions: Vec<I>,
    pub fields: Vec<N>,
    pub events: Vec<E>,
    pub exhibits: Vec<X>,
}

/// The entries that have the right shape, each with its index in the document.
pub(super) type Entries<'a> = Lists<
    (usize, RawInstitution),
    (usize, RawNamed),
    (usize, RawEvent<'a>),
    (usize, RawExhibit<'a>),
>;

impl<I, N, E, X> RawCatalogue<I, N, E, X> {
    pub fn split(self) -> (Head, Lists<I, N, E, X>) {
        let head = Head {
            id: self.id,
            title: self.title,
            description: self.description,
            updated: self.updated,
            sample: self.sample,
        };
        let lists = Lists {
            institutions: self.institutions,
            fields: self.fields,
            events: self.events,
            exhibits: self.exhibits,
        };
        (head, lists)
    }
}

impl<'a> Lists<RawInstitution, RawNamed, RawEvent<'a>, RawExhibit<'a>> {
    /// Every entry of a catalogue read in one pass, numbered in document order.
    pub fn numbered(self) -> Entries<'a> {
        fn numbered<T>(items: Vec<T>) -> Vec<(usize, T)> {
            items.into_iter().enumerate().collect()
        }
        Lists {
            institutions: numbered(self.institutions),
            fields: numbered(self.fields),
            events: numbered(self.events),
            exhibits: numbered(self.exhibits),
        }
    }
}

#[derive(Deserialize)]
pub(super) struct RawInstitution {
    pub id: String,
    pub name: Text,
    pub country: String,
    pub url: Option<String>,
    pub logo: Option<String>,
}

/// A field: an id with a name.
#[derive(Deserialize)]
pub(super) struct RawNamed {
    pub id: String,
    pub name: Text,
}

/// An event; everything after `date` is format 1.1.
#[derive(Deserialize)]
pub(super) struct RawEvent<'a> {
    pub id: String,
    pub name: Text,
    pub date: Option<String>,
    #[serde(borrow)]
    pub kind: Option<Cow<'a, str>>,
    pub description: Option<Text>,
    pub start: Option<String>,
    pub end: Option<String>,
    #[serde(default)]
    pub institutions: Vec<String>,
}

/// Format 1.1.
#[derive(Deserialize)]
pub(super) struct RawPatent<'a> {
    pub number: String,
    pub office: Option<String>,
    #[serde(borrow)]
    pub status: Option<Cow<'a, str>>,
    pub url: Option<String>,
    pub title: Option<Text>,
}

/// Format 1.1.
#[derive(Deserialize)]
pub(super) struct RawInventor {
    pub name: Text,
    pub url: Option<String>,
}

/// Format 1.1.
#[derive(Deserialize)]
pub(super) struct RawMedia<'a> {
    #[serde(borrow)]
    pub kind: Cow<'a, str>,
    pub url: String,
    pub caption: Option<Text>,
}

#[derive(Deserialize)]
pub(super) struct RawContact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct RawLink {
    pub label: Text,
    pub url: String,
}

/// Values that only pick an option (`ip`, `cooperation`) borrow from the document.
#[derive(Deserialize)]
pub(super) struct RawExhibit<'a> {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub institution: String,
    #[serde(default)]
    pub fields: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<Text>,
    pub trl: Option<i64>,
    #[serde(borrow)]
    pub ip: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    pub cooperation: Vec<Cow<'a, str>>,
    pub image: Option<String>,
    pub contact: Option<RawContact>,
    #[serde(default)]
    pub links: Vec<RawLink>,
    #[serde(default)]
    pub events: Vec<String>,
    pub updated: Option<String>,
    #[serde(default, borrow)]
    pub patents: Vec<RawPatent<'a>>,
    #[serde(default)]
    pub inventors: Vec<RawInventor>,
    #[serde(default, borrow)]
    pub media: Vec<RawMedia<'a>>,
}
