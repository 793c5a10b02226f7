//! Entries of the right shape → the validated model. What fails validation becomes a located
//! problem and costs only its entry or value.

use rustc_hash::FxHashSet as HashSet;
use std::sync::Arc;

use super::links::{safe_url, LinkKind};
use super::model::*;
use super::problem::{Issue, LoadError, Problem};
use super::validate::{is_country, is_date, is_date_time, is_email, is_slug};
use super::wire::{
    Entries, Head, RawEvent, RawExhibit, RawInstitution, RawInventor, RawMedia, RawNamed, RawPatent,
};

/// Checks a catalogue whose entries were read; `problems` are those found while reading, to
/// which the checks add theirs.
pub(super) fn check_catalogue(
    head: Head,
    entries: Entries<'_>,
    source: &str,
    problems: Vec<Problem>,
) -> Result<(Catalogue, Vec<Problem>), LoadError> {
    if !is_slug(&head.id) {
        return Err(LoadError::Invalid {
            path: "$.id".into(),
            message: format!("\"{}\" is not a valid id", head.id),
        });
    }
    let mut checker = Checker { source, problems };
    let catalogue = Catalogue {
        updated: checker.date(head.updated, || "$.updated".into()),
        institutions: checker.institutions(entries.institutions),
        fields: checker.fields(entries.fields),
        events: checker.events(entries.events),
        exhibits: checker.exhibits(entries.exhibits),
        source: source.to_owned(),
        id: head.id,
        title: head.title,
        description: head.description,
        sample: head.sample,
    };
    Ok((catalogue, checker.problems))
}

/// Where an entry sits in its document. Paths are spelled out only for a problem: a
/// catalogue of 100,000 valid exhibits allocates none.
#[derive(Clone, Copy)]
struct At {
    list: &'static str,
    index: usize,
}

impl At {
    fn path(self, rest: &str) -> String {
        format!("$.{}[{}]{rest}", self.list, self.index)
    }
}

/// Collects problems for one document, with the helpers that turn a bad value into one.
struct Checker<'a> {
    /// The document's URL: relative links resolve against it.
    source: &'a str,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, path: String, issue: Issue) {
        self.problems.push(Problem { path, issue });
    }

    /// Checks each entry of `list` with `check`, which gets the entry's place and the ids seen
    /// so far in the list; what it refuses is left out.
    fn each<T, U>(
        &mut self,
        list: &'static str,
        raw: Vec<(usize, T)>,
        mut check: impl FnMut(&mut Self, At, T, &mut HashSet<String>) -> Option<U>,
    ) -> Vec<U> {
        let mut seen = HashSet::with_capacity_and_hasher(raw.len(), Default::default());
        let mut out = Vec::with_capacity(raw.len());
        for (index, entry) in raw {
            out.extend(check(self, At { list, index }, entry, &mut seen));
        }
        out
    }

    fn institutions(&mut self, raw: Vec<(usize, RawInstitution)>) -> Vec<Institution> {
        self.each("institutions", raw, Self::institution)
    }

    fn institution(
        &mut self,
        at: At,
        raw: RawInstitution,
        seen: &mut HashSet<String>,
    ) -> Option<Institution> {
        if !self.id_ok(&raw.id, at, seen) {
            return None;
        }
        let country = raw.country.trim().to_ascii_uppercase();
        if !is_country(&country) {
            self.report(at.path(".country"), Issue::Country(raw.country));
            return None;
        }
        Some(Institution {
            url: self.url(raw.url, || at.path(".url"), LinkKind::Link),
            logo: self.url(raw.logo, || at.path(".logo"), LinkKind::Resource),
            id: raw.id,
            name: raw.name,
            country,
        })
    }

    fn fields(&mut self, raw: Vec<(usize, RawNamed)>) -> Vec<Field> {
        self.each("fields", raw, |checker, at, field, seen| {
            checker.id_ok(&field.id, at, seen).then_some(Field {
                id: field.id,
                name: field.name,
            })
        })
    }

    fn events(&mut self, raw: Vec<(usize, RawEvent<'_>)>) -> Vec<Event> {
        self.each("events", raw, |checker, at, event, seen| {
            checker
                .id_ok(&event.id, at, seen)
                .then(|| checker.event(at, event))
        })
    }

    fn event(&mut self, at: At, raw: RawEvent<'_>) -> Event {
        let kind = raw.kind.and_then(|s| {
            let parsed = EventKind::parse(&s);
            if parsed.is_none() {
                self.report(at.path(".kind"), Issue::EventKind(s.to_string()));
            }
            parsed
        });
        let start = self.date_time(raw.start, || at.path(".start"));
        let date = self.date(raw.date, || at.path(".date"));
        Event {
            // A 1.1 event may give only its start; its day is the start's.
            date: date.or_else(|| start.as_ref().map(|s| s[..10].to_owned())),
            start,
            end: self.date_time(raw.end, || at.path(".end")),
            kind,
            description: raw.description,
            institutions: dedup(raw.institutions),
            id: raw.id,
            name: raw.name,
        }
    }

    fn exhibits(&mut self, raw: Vec<(usize, RawExhibit<'_>)>) -> Vec<Arc<Exhibit>> {
        self.each("exhibits", raw, |checker, at, exhibit, seen| {
            if checker.id_ok(&exhibit.id, at, seen) {
                checker.exhibit(at, exhibit).map(Arc::new)
            } else {
                None
            }
        })
    }

    fn exhibit(&mut self, at: At, raw: RawExhibit<'_>) -> Option<Exhibit> {
        if raw.title.is_blank() {
            self.report(at.path(".title"), Issue::EmptyTitle);
            return None;
        }
        let trl = match raw.trl {
            None => None,
            Some(n @ 1..=9) => Some(n as u8),
            Some(n) => {
                self.report(at.path(".trl"), Issue::Trl(n));
                None
            }
        };
        let ip = raw.ip.and_then(|s| {
            let parsed = IpStatus::parse(&s);
            if parsed.is_none() {
                self.report(at.path(".ip"), Issue::IpStatus(s.to_string()));
            }
            parsed
        });
        let mut cooperation = Vec::new();
        for (i, s) in raw.cooperation.iter().enumerate() {
            match Cooperation::parse(s) {
                Some(mode) if !cooperation.contains(&mode) => cooperation.push(mode),
                Some(_) => {}
                None => self.report(
                    at.path(&format!(".cooperation[{i}]")),
                    Issue::Cooperation(s.to_string()),
                ),
            }
        }
        let contact = raw.contact.map(|contact| {
            let email = contact.email.and_then(|e| {
                let e = e.trim().to_owned();
                if is_email(&e) {
                    Some(e)
                } else {
                    self.report(at.path(".contact.email"), Issue::Email(e.clone()));
                    None
                }
            });
            Contact {
                name: contact.name,
                email,
                url: self.url(contact.url, || at.path(".contact.url"), LinkKind::Link),
            }
        });
        let links = (raw.links.into_iter().enumerate())
            .filter_map(|(i, link)| {
                let url = self.url(
                    Some(link.url),
                    || at.path(&format!(".links[{i}].url")),
                    LinkKind::Link,
                )?;
                Some(Link {
                    label: link.label,
                    url,
                })
            })
            .collect();
        let patents = (raw.patents.into_iter().enumerate())
            .filter_map(|(i, patent)| self.patent(at, i, patent))
            .collect();
        let inventors = (raw.inventors.into_iter().enumerate())
            .filter_map(|(i, inventor)| self.inventor(at, i, inventor))
            .collect();
        let media = (raw.media.into_iter().enumerate())
            .filter_map(|(i, media)| self.media(at, i, media))
            .collect();
        Some(Exhibit {
            patents,
            inventors,
            media,
            image: self.url(raw.image, || at.path(".image"), LinkKind::Resource),
            updated: self.date(raw.updated, || at.path(".updated")),
            id: raw.id,
            title: raw.title,
            summary: raw.summary,
            institution: raw.institution,
            fields: dedup(raw.fields),
            keywords: raw.keywords,
            trl,
            ip,
            cooperation,
            contact,
            links,
            events: dedup(raw.events),
        })
    }

    fn patent(&mut self, at: At, i: usize, raw: RawPatent<'_>) -> Option<Patent> {
        let path = |rest: &str| at.path(&format!(".patents[{i}]{rest}"));
        let number = raw.number.trim();
        if number.is_empty() {
            self.report(path(".number"), Issue::EmptyPatentNumber);
            return None;
        }
        let status = raw.status.and_then(|s| {
            let parsed = PatentStatus::parse(&s);
            if parsed.is_none() {
                self.report(path(".status"), Issue::PatentStatus(s.to_string()));
            }
            parsed
        });
        Some(Patent {
            number: number.to_owned(),
            office: raw
                .office
                .map(|o| o.trim().to_owned())
                .filter(|o| !o.is_empty()),
            status,
            url: self.url(raw.url, || path(".url"), LinkKind::Link),
            title: raw.title.filter(|t| !t.is_blank()),
        })
    }

    fn inventor(&mut self, at: At, i: usize, raw: RawInventor) -> Option<Inventor> {
        let path = |rest: &str| at.path(&format!(".inventors[{i}]{rest}"));
        if raw.name.is_blank() {
            self.report(path(".name"), Issue::EmptyName);
            return None;
        }
        Some(Inventor {
            url: self.url(raw.url, || path(".url"), LinkKind::Link),
            name: raw.name,
        })
    }

    fn media(&mut self, at: At, i: usize, raw: RawMedia<'_>) -> Option<Media> {
        let path = |rest: &str| at.path(&format!(".media[{i}]{rest}"));
        let Some(kind) = MediaKind::parse(&raw.kind) else {
            self.report(path(".kind"), Issue::MediaKind(raw.kind.to_string()));
            return None;
        };
        // An image is fetched by the page; a video or document is only linked to.
        let link = if kind == MediaKind::Image {
            LinkKind::Resource
        } else {
            LinkKind::Link
        };
        Some(Media {
            url: self.url(Some(raw.url), || path(".url"), link)?,
            kind,
            caption: raw.caption.filter(|c| !c.is_blank()),
        })
    }

    fn url(
        &mut self,
        raw: Option<String>,
        path: impl FnOnce() -> String,
        kind: LinkKind,
    ) -> Option<String> {
        match safe_url(&raw?, self.source, kind) {
            Ok(url) => Some(url),
            Err(e) => {
                self.report(path(), Issue::Url(e));
                None
            }
        }
    }

    fn date(&mut self, raw: Option<String>, path: impl FnOnce() -> String) -> Option<String> {
        let raw = raw?;
        if is_date(&raw) {
            Some(raw)
        } else {
            self.report(path(), Issue::Date(raw));
            None
        }
    }

    fn date_time(&mut self, raw: Option<String>, path: impl FnOnce() -> String) -> Option<String> {
        let raw = raw?;
        if is_date(&raw) || is_date_time(&raw) {
            Some(raw)
        } else {
            self.report(path(), Issue::DateTime(raw));
            None
        }
    }

    /// Items whose id is malformed or repeated are dropped, so every id in the model is unique.
    /// (`seen` is a set: a linear scan made 100,000 exhibits cost 5·10⁹ comparisons.)
    fn id_ok(&mut self, id: &str, at: At, seen: &mut HashSet<String>) -> bool {
        if !is_slug(id) {
            self.report(at.path(".id"), Issue::Id(id.to_owned()));
            return false;
        }
        if !seen.insert(id.to_owned()) {
            self.report(at.path(".id"), Issue::DuplicateId(id.to_owned()));
            return false;
        }
        true
    }
}

/// Each id once, in first-seen order.
fn dedup(mut ids: Vec<String>) -> Vec<String> {
    let mut seen = Vec::with_capacity(ids.len());
    ids.retain(|id| {
        let fresh = !seen.contains(id);
        if fresh {
            seen.push(id.clone());
        }
        fresh
    });
    ids
}
