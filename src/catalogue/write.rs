//! The model written back as a catalogue document: what the check page offers as the
//! corrected catalogue and what authoring tools write. Whatever was refused while reading is
//! simply absent, so writing a read catalogue is "fixed as the app would".
//!
//! Borrowing mirrors of the model, not `Serialize` on the model itself: the wire names live
//! here and in `wire`, and the first-visit bundle, which never writes, carries none of it.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use super::model::*;
use super::text::Text;
use super::wire::CATALOGUE_FORMAT;

/// The format a catalogue needs: 1.1 only when it uses a 1.1 key, so a 1.0 reader is never
/// told it cannot read a document it could.
pub fn format_of(catalogue: &Catalogue) -> &'static str {
    let v11 = catalogue
        .exhibits
        .iter()
        .any(|e| !(e.patents.is_empty() && e.inventors.is_empty() && e.media.is_empty()))
        || catalogue.events.iter().any(|e| {
            e.kind.is_some()
                || e.description.is_some()
                || e.start.is_some()
                || e.end.is_some()
                || !e.institutions.is_empty()
        });
    if v11 {
        "showcase/1.1"
    } else {
        CATALOGUE_FORMAT
    }
}

/// `catalogue` as pretty-printed JSON. URLs are written as the model holds them (resolved
/// against the source, which leaves them relative when the source was a bare file name).
pub fn to_json(catalogue: &Catalogue) -> String {
    let mut out = serde_json::to_string_pretty(&Doc(catalogue)).unwrap_or_default();
    out.push('\n');
    out
}

struct Doc<'a>(&'a Catalogue);

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(text) => s.serialize_str(text),
            Text::Tagged(pairs) => {
                let mut map = s.serialize_map(Some(pairs.len()))?;
                for (tag, text) in pairs {
                    map.serialize_entry(tag.as_str(), text)?;
                }
                map.end()
            }
        }
    }
}

#[derive(Serialize)]
struct OutCatalogue<'a> {
    format: &'static str,
    id: &'a str,
    title: &'a Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    updated: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    sample: bool,
    institutions: Vec<OutInstitution<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<OutField<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    events: Vec<OutEvent<'a>>,
    exhibits: Vec<OutExhibit<'a>>,
}

impl Serialize for Doc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        OutCatalogue {
            format: format_of(c),
            id: &c.id,
            title: &c.title,
            description: c.description.as_ref(),
            updated: c.updated.as_deref(),
            sample: c.sample,
            institutions: c.institutions.iter().map(OutInstitution::of).collect(),
            fields: (c.fields.iter())
                .map(|f| OutField {
                    id: &f.id,
                    name: &f.name,
                })
                .collect(),
            events: c.events.iter().map(OutEvent::of).collect(),
            exhibits: c.exhibits.iter().map(|e| OutExhibit::of(e)).collect(),
        }
        .serialize(s)
    }
}

#[derive(Serialize)]
struct OutInstitution<'a> {
    id: &'a str,
    name: &'a Text,
    country: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    logo: Option<&'a str>,
}

impl<'a> OutInstitution<'a> {
    fn of(i: &'a Institution) -> Self {
        OutInstitution {
            id: &i.id,
            name: &i.name,
            country: &i.country,
            url: i.url.as_deref(),
            logo: i.logo.as_deref(),
        }
    }
}

#[derive(Serialize)]
struct OutField<'a> {
    id: &'a str,
    name: &'a Text,
}

#[derive(Serialize)]
struct OutEvent<'a> {
    id: &'a str,
    name: &'a Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    institutions: &'a Vec<String>,
}

impl<'a> OutEvent<'a> {
    fn of(e: &'a Event) -> Self {
        // A date the reader derived from the start is not written back as a second key.
        let derived = e.start.as_deref().map(|s| &s[..10]) == e.date.as_deref();
        OutEvent {
            id: &e.id,
            name: &e.name,
            date: e.date.as_deref().filter(|_| !derived),
            kind: e.kind.map(EventKind::as_str),
            description: e.description.as_ref(),
            start: e.start.as_deref(),
            end: e.end.as_deref(),
            institutions: &e.institutions,
        }
    }
}

#[derive(Serialize)]
struct OutContact<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct OutLink<'a> {
    label: &'a Text,
    url: &'a str,
}

#[derive(Serialize)]
struct OutPatent<'a> {
    number: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    office: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a Text>,
}

#[derive(Serialize)]
struct OutInventor<'a> {
    name: &'a Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct OutMedia<'a> {
    kind: &'static str,
    url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    caption: Option<&'a Text>,
}

#[derive(Serialize)]
struct OutExhibit<'a> {
    id: &'a str,
    title: &'a Text,
    summary: &'a Text,
    institution: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    fields: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    keywords: &'a [Text],
    #[serde(skip_serializing_if = "Option::is_none")]
    trl: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ip: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cooperation: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    contact: Option<OutContact<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    links: Vec<OutLink<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    events: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    updated: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    patents: Vec<OutPatent<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    inventors: Vec<OutInventor<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    media: Vec<OutMedia<'a>>,
}

impl<'a> OutExhibit<'a> {
    fn of(e: &'a Exhibit) -> Self {
        OutExhibit {
            id: &e.id,
            title: &e.title,
            summary: &e.summary,
            institution: &e.institution,
            fields: &e.fields,
            keywords: &e.keywords,
            trl: e.trl,
            ip: e.ip.map(IpStatus::as_str),
            cooperation: e.cooperation.iter().map(|c| c.as_str()).collect(),
            image: e.image.as_deref(),
            contact: e.contact.as_ref().map(|c| OutContact {
                name: c.name.as_deref(),
                email: c.email.as_deref(),
                url: c.url.as_deref(),
            }),
            links: (e.links.iter())
                .map(|l| OutLink {
                    label: &l.label,
                    url: &l.url,
                })
                .collect(),
            events: &e.events,
            updated: e.updated.as_deref(),
            patents: (e.patents.iter())
                .map(|p| OutPatent {
                    number: &p.number,
                    office: p.office.as_deref(),
                    status: p.status.map(PatentStatus::as_str),
                    url: p.url.as_deref(),
                    title: p.title.as_ref(),
                })
                .collect(),
            inventors: (e.inventors.iter())
                .map(|i| OutInventor {
                    name: &i.name,
                    url: i.url.as_deref(),
                })
                .collect(),
            media: (e.media.iter())
                .map(|m| OutMedia {
                    kind: m.kind.as_str(),
                    url: &m.url,
                    caption: m.caption.as_ref(),
                })
                .collect(),
        }
    }
}
