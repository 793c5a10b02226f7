//! The catalogue as the rest of the app sees it: validated, with safe absolute URLs.

use super::text::Text;
use std::sync::Arc;

/// How an exhibit's intellectual property stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IpStatus {
    Granted,
    Pending,
    Unpublished,
    None,
}

/// Ways a company or researcher can work with the inventors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cooperation {
    Licensing,
    JointResearch,
    Transfer,
    Investment,
    Consulting,
}

macro_rules! wire_names {
    ($ty:ty { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$(<$ty>::$variant),+];

            /// The value as written in catalogues and URLs.
            pub fn as_str(self) -> &'static str {
                match self { $(<$ty>::$variant => $name),+ }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($name => Some(<$ty>::$variant),)+ _ => None }
            }
        }
    };
}

wire_names!(IpStatus {
    Granted = "granted",
    Pending = "pending",
    Unpublished = "unpublished",
    None = "none",
});

wire_names!(Cooperation {
    Licensing = "licensing",
    JointResearch = "joint-research",
    Transfer = "transfer",
    Investment = "investment",
    Consulting = "consulting",
});

/// Where a patent stands (format 1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PatentStatus {
    Granted,
    Pending,
    Expired,
}

wire_names!(PatentStatus {
    Granted = "granted",
    Pending = "pending",
    Expired = "expired",
});

/// What a media item is; a video is always a link, never an embedded player (format 1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MediaKind {
    Image,
    Video,
    Document,
}

wire_names!(MediaKind {
    Image = "image",
    Video = "video",
    Document = "document",
});

/// What sort of session an event is (format 1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    Forum,
    SubForum,
    Seminar,
    Exhibition,
}

wire_names!(EventKind {
    Forum = "forum",
    SubForum = "sub-forum",
    Seminar = "seminar",
    Exhibition = "exhibition",
});

#[derive(Debug, Clone, PartialEq)]
pub struct Institution {
    pub id: String,
    pub name: Text,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
    pub url: Option<String>,
    pub logo: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub id: String,
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub name: Text,
    /// The 1.0 key: the day the event is on (YYYY-MM-DD).
    pub date: Option<String>,
    pub kind: Option<EventKind>,
    pub description: Option<Text>,
    /// A date (YYYY-MM-DD) or a date-time with its offset (`2022-11-28T09:30+08:00`).
    pub start: Option<String>,
    pub end: Option<String>,
    /// Ids of the institutions taking part, in the catalogue's order; after merging, only
    /// known ones.
    pub institutions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Patent {
    /// As the office writes it (`JP2021-123456`, `CN114000000A`); never empty.
    pub number: String,
    /// The office or country that granted or examines it (`JP`, `CN`, `EP`, `WO`, ...).
    pub office: Option<String>,
    pub status: Option<PatentStatus>,
    pub url: Option<String>,
    pub title: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Inventor {
    pub name: Text,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Media {
    pub kind: MediaKind,
    pub url: String,
    /// Also the image's alternative text.
    pub caption: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub label: Text,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Exhibit {
    pub id: String,
    pub title: Text,
    pub summary: Text,
    pub institution: String,
    pub fields: Vec<String>,
    pub keywords: Vec<Text>,
    pub trl: Option<u8>,
    pub ip: Option<IpStatus>,
    pub cooperation: Vec<Cooperation>,
    pub image: Option<String>,
    pub contact: Option<Contact>,
    pub links: Vec<Link>,
    pub events: Vec<String>,
    pub updated: Option<String>,
    pub patents: Vec<Patent>,
    pub inventors: Vec<Inventor>,
    pub media: Vec<Media>,
}

/// What an index says about its exhibition (index format 1.1), for the programme page's
/// "About" section: another exhibition gets its own text by changing data, not code.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct About {
    /// History, numbers, purpose; paragraphs are separated by a blank line.
    pub text: Option<Text>,
    pub organisers: Vec<Organiser>,
}

impl About {
    pub fn is_empty(&self) -> bool {
        self.text.is_none() && self.organisers.is_empty()
    }
}

/// Who organises the exhibition and in which role ("Co-host", "Presented by").
#[derive(Debug, Clone, PartialEq)]
pub struct Organiser {
    pub name: Text,
    pub role: Text,
    pub url: Option<String>,
}

/// One catalogue file after parsing and validation.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    /// Where it was loaded from; relative URLs inside were resolved against it.
    pub source: String,
    pub id: String,
    pub title: Text,
    pub description: Option<Text>,
    pub updated: Option<String>,
    pub sample: bool,
    pub institutions: Vec<Institution>,
    pub fields: Vec<Field>,
    pub events: Vec<Event>,
    /// Shared with every exhibition merged from this catalogue: merging copies no exhibit.
    pub exhibits: Vec<Arc<Exhibit>>,
}
