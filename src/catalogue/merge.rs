//! Several catalogues → one exhibition. Institutions, fields and events with the same id are
//! one entity (the first definition wins, later ones may add languages); exhibit ids stay unique.

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use super::model::*;
use super::problem::{Issue, Problem};
use super::text::Text;

/// A problem together with the source it was found in, for the status panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceProblem {
    pub source: String,
    pub problem: Problem,
}

/// What the UI shows about a loaded catalogue besides its exhibits.
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogueInfo {
    pub source: String,
    pub id: String,
    pub title: Text,
    pub description: Option<Text>,
    pub updated: Option<String>,
    pub sample: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Exhibition {
    pub catalogues: Vec<CatalogueInfo>,
    pub institutions: Vec<Institution>,
    pub fields: Vec<Field>,
    pub events: Vec<Event>,
    pub exhibits: Vec<Arc<Exhibit>>,
    /// Index into `catalogues` for each exhibit.
    pub exhibit_catalogue: Vec<usize>,
    pub problems: Vec<SourceProblem>,
    institution_by_id: HashMap<String, usize>,
    field_by_id: HashMap<String, usize>,
    event_by_id: HashMap<String, usize>,
    exhibit_by_id: HashMap<String, usize>,
    /// (catalogue, event id, institution id) for each participant an event names, checked
    /// once every catalogue is in.
    event_participants: Vec<(usize, String, String)>,
}

impl Exhibition {
    /// Merges in the given order, which is the order the user or index listed the sources in,
    /// never the order the network delivered them.
    pub fn merge<'a>(catalogues: impl IntoIterator<Item = &'a Catalogue>) -> Exhibition {
        let mut exhibition = Exhibition::default();
        for catalogue in catalogues {
            exhibition.add(catalogue);
        }
        exhibition.check_references();
        exhibition
    }

    fn add(&mut self, catalogue: &Catalogue) {
        let catalogue_index = self.catalogues.len();
        self.catalogues.push(CatalogueInfo {
            source: catalogue.source.clone(),
            id: catalogue.id.clone(),
            title: catalogue.title.clone(),
            description: catalogue.description.clone(),
            updated: catalogue.updated.clone(),
            sample: catalogue.sample,
        });
        for institution in &catalogue.institutions {
            match self.institution_by_id.get(&institution.id) {
                Some(&i) => {
                    let known = &mut self.institutions[i];
                    if known.country != institution.country {
                        self.problems.push(SourceProblem {
                            source: catalogue.source.clone(),
                            problem: Problem {
                                path: format!("institution \"{}\"", institution.id),
                                issue: Issue::CountryConflict {
                                    given: institution.country.clone(),
                                    kept: known.country.clone(),
                                },
                            },
                        });
                    }
                    add_languages(&mut known.name, &institution.name);
                    known.url = known.url.take().or_else(|| institution.url.clone());
                    known.logo = known.logo.take().or_else(|| institution.logo.clone());
                }
                None => {
                    self.institution_by_id
                        .insert(institution.id.clone(), self.institutions.len());
                    self.institutions.push(institution.clone());
                }
            }
        }
        for field in &catalogue.fields {
            match self.field_by_id.get(&field.id) {
                Some(&i) => add_languages(&mut self.fields[i].name, &field.name),
                None => {
                    self.field_by_id.insert(field.id.clone(), self.fields.len());
                    self.fields.push(field.clone());
                }
            }
        }
        for event in &catalogue.events {
            match self.event_by_id.get(&event.id) {
                Some(&i) => {
                    let known = &mut self.events[i];
                    add_languages(&mut known.name, &event.name);
                    known.date = known.date.take().or_else(|| event.date.clone());
                    known.kind = known.kind.or(event.kind);
                    known.start = known.start.take().or_else(|| event.start.clone());
                    known.end = known.end.take().or_else(|| event.end.clone());
                    match (&mut known.description, &event.description) {
                        (Some(have), Some(more)) => add_languages(have, more),
                        (have @ None, more) => have.clone_from(more),
                        _ => {}
                    }
                    // Each country's catalogue names its own universities at a shared session.
                    for id in &event.institutions {
                        if !known.institutions.contains(id) {
                            known.institutions.push(id.clone());
                        }
                    }
                }
                None => {
                    self.event_by_id.insert(event.id.clone(), self.events.len());
                    self.events.push(event.clone());
                }
            }
            for id in &event.institutions {
                (self.event_participants).push((catalogue_index, event.id.clone(), id.clone()));
            }
        }
        for exhibit in &catalogue.exhibits {
            if let Some(&i) = self.exhibit_by_id.get(&exhibit.id) {
                let first = &self.catalogues[self.exhibit_catalogue[i]].source;
                self.problems.push(SourceProblem {
                    source: catalogue.source.clone(),
                    problem: Problem {
                        path: format!("exhibit \"{}\"", exhibit.id),
                        issue: Issue::DuplicateExhibit(first.clone()),
                    },
                });
                continue;
            }
            self.exhibit_by_id
                .insert(exhibit.id.clone(), self.exhibits.len());
            self.exhibits.push(Arc::clone(exhibit));
            self.exhibit_catalogue.push(catalogue_index);
        }
    }

    /// Runs once all catalogues are in, because an exhibit may rely on a taxonomy that another
    /// catalogue of the same exhibition defines.
    fn check_references(&mut self) {
        let mut problems = Vec::new();
        for (i, exhibit) in self.exhibits.iter_mut().enumerate() {
            let source = &self.catalogues[self.exhibit_catalogue[i]].source;
            let mut report = |issue: Issue| {
                problems.push(SourceProblem {
                    source: source.clone(),
                    problem: Problem {
                        path: format!("exhibit \"{}\"", exhibit.id),
                        issue,
                    },
                })
            };
            if !self.institution_by_id.contains_key(&exhibit.institution) {
                report(Issue::UnknownInstitution(exhibit.institution.clone()));
            }
            let unknown_field = |f: &String| !self.field_by_id.contains_key(f);
            let unknown_event = |e: &String| !self.event_by_id.contains_key(e);
            for f in exhibit.fields.iter().filter(|f| unknown_field(f)) {
                report(Issue::UnknownField(f.clone()));
            }
            for e in exhibit.events.iter().filter(|e| unknown_event(e)) {
                report(Issue::UnknownEvent(e.clone()));
            }
            // Only an exhibit that names something unknown is copied, to drop those names.
            if exhibit.fields.iter().any(unknown_field) || exhibit.events.iter().any(unknown_event)
            {
                let exhibit = Arc::make_mut(exhibit);
                exhibit.fields.retain(|f| !unknown_field(f));
                exhibit.events.retain(|e| !unknown_event(e));
            }
        }
        let known = |id: &String| self.institution_by_id.contains_key(id);
        for (catalogue, event, id) in std::mem::take(&mut self.event_participants) {
            if !known(&id) {
                problems.push(SourceProblem {
                    source: self.catalogues[catalogue].source.clone(),
                    problem: Problem {
                        path: format!("event \"{event}\""),
                        issue: Issue::UnknownInstitution(id),
                    },
                });
            }
        }
        for event in &mut self.events {
            event.institutions.retain(known);
        }
        self.problems.extend(problems);
    }

    pub fn institution(&self, id: &str) -> Option<&Institution> {
        self.institution_index(id).map(|i| &self.institutions[i])
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.field_index(id).map(|i| &self.fields[i])
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.event_index(id).map(|i| &self.events[i])
    }

    /// Where the institution with this id sits in `institutions`.
    pub fn institution_index(&self, id: &str) -> Option<usize> {
        self.institution_by_id.get(id).copied()
    }

    pub fn field_index(&self, id: &str) -> Option<usize> {
        self.field_by_id.get(id).copied()
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.event_by_id.get(id).copied()
    }

    pub fn exhibit_index(&self, id: &str) -> Option<usize> {
        self.exhibit_by_id.get(id).copied()
    }

    /// True when any loaded catalogue declares its entries illustrative.
    pub fn has_sample(&self) -> bool {
        self.catalogues.iter().any(|c| c.sample)
    }
}

/// A later catalogue may name the same entity in languages the first one lacked.
fn add_languages(known: &mut Text, other: &Text) {
    if let (Text::Tagged(have), Text::Tagged(more)) = (&mut *known, other) {
        for (tag, s) in more {
            if !have.iter().any(|(t, _)| t == tag) {
                have.push((tag.clone(), s.clone()));
            }
        }
    }
}
