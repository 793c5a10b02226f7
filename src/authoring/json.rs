//! The catalogue an import writes: typed serde structs in the format's key order, each entry
//! remembering the sheet row it came from (so problems found in the JSON map back to cells).

// Text serialises as the format writes it (`catalogue::write`): a string, or language tags to
// strings in the author's order.
use crate::catalogue::Text;

fn is_false(b: &bool) -> bool {
    !b
}

#[derive(Debug, serde::Serialize)]
pub struct OutCatalogue {
    /// The catalogue sheet's row the head was read from.
    #[serde(skip)]
    pub head_row: Option<usize>,
    pub format: &'static str,
    pub id: String,
    pub title: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    pub sample: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub institutions: Vec<OutInstitution>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<OutField>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<OutEvent>,
    pub exhibits: Vec<OutExhibit>,
}

#[derive(Debug, serde::Serialize)]
pub struct OutInstitution {
    #[serde(skip)]
    pub row: usize,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
}

#[derive(Debug, serde::Serialize)]
pub struct OutField {
    #[serde(skip)]
    pub row: usize,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
}

#[derive(Debug, serde::Serialize)]
pub struct OutEvent {
    #[serde(skip)]
    pub row: usize,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub institutions: Vec<String>,
}

impl OutCatalogue {
    /// Uses keys of format 1.1, so must say so.
    pub fn is_1_1(&self) -> bool {
        self.events.iter().any(OutEvent::is_1_1)
            || (self.exhibits.iter())
                .any(|e| !e.patents.is_empty() || !e.inventors.is_empty() || !e.media.is_empty())
    }
}

impl OutEvent {
    /// Uses keys of format 1.1.
    pub fn is_1_1(&self) -> bool {
        self.kind.is_some()
            || self.description.is_some()
            || self.start.is_some()
            || self.end.is_some()
            || !self.institutions.is_empty()
    }
}

#[derive(Debug, serde::Serialize)]
pub struct OutContact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, serde::Serialize)]
pub struct OutLink {
    pub label: Text,
    pub url: String,
}

#[derive(Debug, serde::Serialize)]
pub struct OutExhibit {
    #[serde(skip)]
    pub row: usize,
    pub id: String,
    /// Always written: an empty one is the check's "the title is empty".
    pub title: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trl: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cooperation: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<OutContact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<OutLink>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub patents: Vec<OutPatent>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inventors: Vec<OutInventor>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<OutMedia>,
}

#[derive(Debug, serde::Serialize)]
pub struct OutPatent {
    #[serde(skip)]
    pub row: usize,
    pub number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
}

#[derive(Debug, serde::Serialize)]
pub struct OutInventor {
    #[serde(skip)]
    pub row: usize,
    pub name: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, serde::Serialize)]
pub struct OutMedia {
    #[serde(skip)]
    pub row: usize,
    pub kind: String,
    pub url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<Text>,
}
