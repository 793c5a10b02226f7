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
    pub date: Option<String>,
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
