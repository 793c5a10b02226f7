//! The sources of one exhibition and how far each has got: the loading state machine,
//! kept pure so that index expansion, ordering and failure isolation are tested natively.
//! The fetch layer only moves bytes in and calls [`Sources::finish`].

use super::merge::{Exhibition, SourceProblem};
use super::model::{About, Catalogue};
use super::parse::{parse_document, Document};
use super::problem::{Issue, LoadError, Problem};
use super::text::Text;

#[derive(Debug, Clone, PartialEq)]
pub enum SlotState {
    Pending {
        received: u64,
        total: Option<u64>,
    },
    Catalogue {
        catalogue: Box<Catalogue>,
        problems: Vec<Problem>,
    },
    /// An index that has been expanded into the slots that follow it.
    Index {
        title: Option<Text>,
        about: Box<About>,
        problems: Vec<Problem>,
    },
    Failed(LoadError),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    pub url: String,
    pub state: SlotState,
    /// The index that listed this source (`None` for the sources the view names).
    pub listed_by: Option<usize>,
}

/// Every source in the order it was listed: an index's catalogues take its place in that order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sources {
    pub slots: Vec<Slot>,
    /// Display order: slot numbers, with each index followed by what it listed.
    order: Vec<usize>,
}

impl Sources {
    pub fn new(urls: &[String]) -> Sources {
        let mut s = Sources::default();
        for url in urls {
            if let Some(slot) = s.push(url, None) {
                s.order.push(slot);
            }
        }
        s
    }

    fn push(&mut self, url: &str, listed_by: Option<usize>) -> Option<usize> {
        if self.slots.iter().any(|s| s.url == url) {
            return None;
        }
        self.slots.push(Slot {
            url: url.to_owned(),
            state: SlotState::Pending {
                received: 0,
                total: None,
            },
            listed_by,
        });
        Some(self.slots.len() - 1)
    }

    /// Whether `slot` is `index` or one of the indexes that led to it.
    fn leads_to(&self, index: usize, slot: usize) -> bool {
        let mut at = Some(slot);
        while let Some(i) = at {
            if i == index {
                return true;
            }
            at = self.slots[i].listed_by;
        }
        false
    }

    /// Loads a failed source again: it is pending once more. Returns whether it was failed
    /// (what a Retry button may ask for; a loaded or loading source is left alone).
    pub fn retry(&mut self, slot: usize) -> bool {
        match self.slots.get_mut(slot) {
            Some(
                s @ Slot {
                    state: SlotState::Failed(_),
                    ..
                },
            ) => {
                s.state = SlotState::Pending {
                    received: 0,
                    total: None,
                };
                true
            }
            _ => false,
        }
    }

    pub fn progress(&mut self, slot: usize, received: u64, total: Option<u64>) {
        if let Some(Slot {
            state: state @ SlotState::Pending { .. },
            ..
        }) = self.slots.get_mut(slot)
        {
            *state = SlotState::Pending { received, total };
        }
    }

    /// Records what a fetch of `slot` produced and returns the new slots it asks to load
    /// (an index's catalogues). A URL already listed is not loaded twice, which also ends
    /// cycles; an index that lists itself or an index that led to it is told so (a problem of
    /// that index), any other source listed twice is simply shared.
    pub fn finish(&mut self, slot: usize, fetched: Result<String, LoadError>) -> Vec<usize> {
        let Some(url) = self.slots.get(slot).map(|s| s.url.clone()) else {
            return Vec::new();
        };
        self.finish_read(slot, fetched.and_then(|json| parse_document(&json, &url)))
    }

    /// [`Sources::finish`] with a document already read (the check page's preview).
    pub fn finish_read(&mut self, slot: usize, read: Result<Document, LoadError>) -> Vec<usize> {
        if slot >= self.slots.len() {
            return Vec::new();
        }
        let (state, listed) = match read {
            Ok(Document::Catalogue {
                catalogue,
                problems,
            }) => (
                SlotState::Catalogue {
                    catalogue: Box::new(catalogue),
                    problems,
                },
                Vec::new(),
            ),
            Ok(Document::Index {
                title,
                about,
                catalogues,
                mut problems,
            }) => {
                problems.extend(self.cycles(slot, &catalogues));
                let about = Box::new(about);
                let state = SlotState::Index {
                    title,
                    about,
                    problems,
                };
                (state, catalogues)
            }
            Err(e) => (SlotState::Failed(e), Vec::new()),
        };
        self.slots[slot].state = state;
        let added: Vec<usize> = listed
            .iter()
            .filter_map(|u| self.push(u, Some(slot)))
            .collect();
        let at = self
            .order
            .iter()
            .position(|&s| s == slot)
            .map_or(self.order.len(), |i| i + 1);
        self.order.splice(at..at, added.iter().copied());
        added
    }

    /// The entries of the index at `slot` that list it or an index that led to it.
    fn cycles(&self, slot: usize, listed: &[String]) -> Vec<Problem> {
        let own = &self.slots[slot].url;
        listed
            .iter()
            .enumerate()
            .filter_map(|(i, url)| {
                let issue = if url == own {
                    Issue::ListsItself
                } else {
                    let earlier = self.slots.iter().position(|s| &s.url == url)?;
                    if !self.leads_to(earlier, slot) {
                        return None;
                    }
                    Issue::IndexCycle(url.clone())
                };
                Some(Problem {
                    path: format!("$.catalogues[{i}]"),
                    issue,
                })
            })
            .collect()
    }

    /// Slots in display order.
    fn ordered(&self) -> impl Iterator<Item = &Slot> {
        self.order.iter().map(|&i| &self.slots[i])
    }

    /// The exhibition's own name: the title of the first listed index, or of the only
    /// catalogue when a single one was asked for. `None` for a mixed bag of sources.
    pub fn title(&self) -> Option<&Text> {
        let first = self.ordered().next()?;
        match &first.state {
            SlotState::Index { title, .. } => title.as_ref(),
            SlotState::Catalogue { catalogue, .. } if self.order.len() == 1 => {
                Some(&catalogue.title)
            }
            _ => None,
        }
    }

    /// Whether the exhibition's name may still arrive: the first listed source, which
    /// [`Sources::title`] reads it from, has not been read yet.
    pub fn title_pending(&self) -> bool {
        self.ordered()
            .next()
            .is_some_and(|first| matches!(first.state, SlotState::Pending { .. }))
    }

    /// What the exhibition says about itself, by the same rule as [`Sources::title`]: the
    /// first listed index's `about` and `organisers`, or, for a single catalogue, its
    /// description. `None` when neither says anything.
    pub fn about(&self) -> Option<About> {
        let first = self.ordered().next()?;
        let about = match &first.state {
            SlotState::Index { about, .. } => (**about).clone(),
            SlotState::Catalogue { catalogue, .. } if self.order.len() == 1 => About {
                text: catalogue.description.clone(),
                organisers: Vec::new(),
            },
            _ => return None,
        };
        (!about.is_empty()).then_some(about)
    }

    pub fn done(&self) -> usize {
        self.slots
            .iter()
            .filter(|s| !matches!(s.state, SlotState::Pending { .. }))
            .count()
    }

    pub fn is_loading(&self) -> bool {
        self.done() < self.slots.len()
    }

    /// Bytes received so far by the sources still loading, and their announced total if all
    /// announced one.
    pub fn bytes_pending(&self) -> (u64, Option<u64>) {
        let mut received = 0;
        let mut total = Some(0);
        for s in &self.slots {
            if let SlotState::Pending {
                received: r,
                total: t,
            } = s.state
            {
                received += r;
                total = total.zip(t).map(|(a, b)| a + b);
            }
        }
        (received, total)
    }

    /// How much of the loading is done, 0.0 to 1.0: finished sources, plus the received part of
    /// those still streaming when every one of them announced its size. Compressed transfers
    /// announce fewer bytes than they deliver, so an overshoot counts as unknown.
    pub fn fraction(&self) -> f64 {
        let slots = self.slots.len().max(1) as f64;
        let done = self.done() as f64;
        match self.bytes_pending() {
            (received, Some(total)) if total > 0 && received <= total => {
                let pending = slots - done;
                (done + pending * received as f64 / total as f64) / slots
            }
            _ => done / slots,
        }
    }

    pub fn failures(&self) -> impl Iterator<Item = (&str, &LoadError)> {
        self.failed_slots().map(|(_, url, e)| (url, e))
    }

    /// The URLs that loaded (catalogues and indexes), in display order: what an offline
    /// visit needs again.
    pub fn loaded_urls(&self) -> Vec<String> {
        (self.ordered())
            .filter(|s| {
                matches!(
                    s.state,
                    SlotState::Catalogue { .. } | SlotState::Index { .. }
                )
            })
            .map(|s| s.url.clone())
            .collect()
    }

    /// The failed sources in display order, with their slot numbers (for [`Sources::retry`]).
    pub fn failed_slots(&self) -> impl Iterator<Item = (usize, &str, &LoadError)> {
        self.order
            .iter()
            .filter_map(|&i| match &self.slots[i].state {
                SlotState::Failed(e) => Some((i, self.slots[i].url.as_str(), e)),
                _ => None,
            })
    }

    /// The exhibition made of every catalogue loaded so far, in listed order, with every
    /// problem found along the way.
    pub fn exhibition(&self) -> Exhibition {
        let catalogues: Vec<&Catalogue> = self
            .ordered()
            .filter_map(|s| match &s.state {
                SlotState::Catalogue { catalogue, .. } => Some(catalogue.as_ref()),
                _ => None,
            })
            .collect();
        let mut ex = Exhibition::merge(catalogues);
        let mut problems: Vec<SourceProblem> = Vec::new();
        for s in self.ordered() {
            if let SlotState::Catalogue { problems: p, .. } | SlotState::Index { problems: p, .. } =
                &s.state
            {
                problems.extend(p.iter().map(|problem| SourceProblem {
                    source: s.url.clone(),
                    problem: problem.clone(),
                }));
            }
        }
        problems.append(&mut ex.problems);
        ex.problems = problems;
        ex
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exhibit_ids(s: &Sources) -> Vec<String> {
        s.exhibition()
            .exhibits
            .iter()
            .map(|e| e.id.clone())
            .collect()
    }

    fn cat(id: &str, exhibit: &str) -> String {
        format!(
            r#"{{"format": "showcase/1", "id": "{id}", "title": "{id}",
            "institutions": [{{"id": "u", "name": "U", "country": "CN"}}],
            "exhibits": [{{"id": "{exhibit}", "title": "T", "summary": "", "institution": "u"}}]}}"#
        )
    }

    #[test]
    fn an_index_expands_in_place_and_failures_stay_isolated() {
        let mut s = Sources::new(&[
            "https://h.example/idx.json".into(),
            "https://h.example/z.json".into(),
        ]);
        assert_eq!((s.done(), s.slots.len()), (0, 2));
        // The second source arrives first; order must not follow the network.
        assert!(s.finish(1, Ok(cat("z", "z1"))).is_empty());
        let added = s.finish(
            0,
            Ok(r#"{"format": "showcase-index/1", "catalogues": ["a.json", "b.json", "bad.json", "z.json"]}"#.into()),
        );
        assert_eq!(added, [2, 3, 4]);
        assert_eq!(s.slots[2].url, "https://h.example/a.json");
        s.finish(3, Ok(cat("b", "b1")));
        s.finish(4, Err(LoadError::Http { status: 404 }));
        assert!(s.is_loading());
        let ids = exhibit_ids(&s);
        assert_eq!(ids, ["b1", "z1"]);
        s.finish(2, Ok(cat("a", "a1")));
        assert!(!s.is_loading());
        let ids = exhibit_ids(&s);
        assert_eq!(ids, ["a1", "b1", "z1"]);
        assert_eq!(
            s.loaded_urls(),
            [
                "https://h.example/idx.json",
                "https://h.example/a.json",
                "https://h.example/b.json",
                "https://h.example/z.json"
            ]
        );
        let failures: Vec<_> = s.failures().collect();
        assert_eq!(
            failures,
            [(
                "https://h.example/bad.json",
                &LoadError::Http { status: 404 }
            )]
        );
    }

    #[test]
    fn a_broken_document_is_a_failure_of_its_slot_only() {
        let mut s = Sources::new(&["a.json".into(), "b.json".into()]);
        s.finish(0, Ok("{not json".into()));
        s.finish(1, Ok(cat("b", "b1")));
        assert!(matches!(
            s.failures().next(),
            Some(("a.json", LoadError::Json { .. }))
        ));
        assert_eq!(s.exhibition().exhibits.len(), 1);
    }

    #[test]
    fn problems_are_attributed_to_their_source() {
        let mut s = Sources::new(&["a.json".into()]);
        s.finish(
            0,
            Ok(cat("a", "a1").replace(r#""summary": """#, r#""summary": "", "trl": 99"#)),
        );
        let ex = s.exhibition();
        assert_eq!(ex.problems.len(), 1);
        assert_eq!(ex.problems[0].source, "a.json");
        assert_eq!(ex.problems[0].problem.path, "$.exhibits[0].trl");
    }

    #[test]
    fn progress_sums_pending_bytes() {
        let mut s = Sources::new(&["a.json".into(), "b.json".into()]);
        s.progress(0, 100, Some(1000));
        s.progress(1, 50, None);
        assert_eq!(s.bytes_pending(), (150, None));
        s.finish(1, Err(LoadError::Network("x".into())));
        assert_eq!(s.bytes_pending(), (100, Some(1000)));
    }

    #[test]
    fn the_fraction_grows_with_bytes_and_finished_sources() {
        let mut s = Sources::new(&["a.json".into(), "b.json".into()]);
        assert_eq!(s.fraction(), 0.0);
        s.progress(0, 500, Some(1000));
        s.progress(1, 0, Some(1000));
        assert_eq!(s.fraction(), 0.25);
        s.progress(0, 3000, Some(1000));
        assert_eq!(s.fraction(), 0.0);
        s.finish(1, Err(LoadError::Network("x".into())));
        assert_eq!(s.fraction(), 0.5);
    }

    #[test]
    fn the_exhibition_is_named_by_its_index_or_its_only_catalogue() {
        let index =
            r#"{"format": "showcase-index/1", "title": {"en": "Forum"}, "catalogues": ["a.json"]}"#;
        let mut s = Sources::new(&["i.json".into(), "z.json".into()]);
        assert_eq!(s.title(), None);
        assert!(s.title_pending());
        s.finish(0, Ok(index.into()));
        assert_eq!(
            s.title(),
            Some(&Text::Tagged(vec![("en".into(), "Forum".into())]))
        );
        assert!(!s.title_pending(), "the index named it; z.json cannot");
        let mut single = Sources::new(&["a.json".into()]);
        single.finish(0, Ok(cat("a", "a1")));
        assert_eq!(single.title(), Some(&Text::from("a")));
        let mut two = Sources::new(&["a.json".into(), "b.json".into()]);
        two.finish(1, Ok(cat("b", "b1")));
        assert!(
            two.title_pending(),
            "the first listed may still be an index"
        );
        two.finish(0, Ok(cat("a", "a1")));
        assert_eq!(two.title(), None);
        assert!(!two.title_pending());
        let mut failed = Sources::new(&["i.json".into()]);
        failed.finish(0, Err(LoadError::Network("x".into())));
        assert!(!failed.title_pending());
    }

    #[test]
    fn the_exhibition_is_described_by_its_index_or_its_only_catalogue() {
        let index = r#"{"format": "showcase-index/1.1", "about": "Since 2010.",
            "organisers": [{"name": "JST", "role": "Co-host"}], "catalogues": ["a.json"]}"#;
        let mut s = Sources::new(&["i.json".into()]);
        assert_eq!(s.about(), None);
        s.finish(0, Ok(index.into()));
        let about = s.about().unwrap();
        assert_eq!(about.text, Some(Text::from("Since 2010.")));
        assert_eq!(about.organisers.len(), 1);
        let mut single = Sources::new(&["a.json".into()]);
        single.finish(0, Ok(cat("a", "a1")));
        assert_eq!(
            single.about(),
            None,
            "a catalogue without a description says nothing"
        );
        let described = r#"{"format": "showcase/1", "id": "d", "title": "D", "description": "About D", "exhibits": []}"#;
        let mut single = Sources::new(&["d.json".into()]);
        single.finish(0, Ok(described.into()));
        assert_eq!(single.about().unwrap().text, Some(Text::from("About D")));
        let mut bare = Sources::new(&["i.json".into()]);
        bare.finish(
            0,
            Ok(r#"{"format": "showcase-index/1", "catalogues": []}"#.into()),
        );
        assert_eq!(bare.about(), None);
    }

    fn index(listed: &[&str]) -> String {
        format!(r#"{{"format": "showcase-index/1", "catalogues": {listed:?}}}"#)
    }

    #[test]
    fn indexes_that_list_each_other_end_and_are_reported() {
        let mut s = Sources::new(&["https://h.example/a.json".into()]);
        let added = s.finish(0, Ok(index(&["b.json"])));
        assert_eq!(added, [1]);
        assert!(s.exhibition().problems.is_empty());
        let again = s.finish(1, Ok(index(&["c.json", "a.json"])));
        assert_eq!(again, [2]);
        let problems = s.exhibition().problems;
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].source, "https://h.example/b.json");
        assert_eq!(problems[0].problem.path, "$.catalogues[1]");
        assert_eq!(
            problems[0].problem.issue,
            Issue::IndexCycle("https://h.example/a.json".into())
        );
    }

    #[test]
    fn an_index_that_lists_itself_is_reported_once_and_loaded_once() {
        let mut s = Sources::new(&["https://h.example/i.json".into()]);
        let added = s.finish(0, Ok(index(&["i.json", "x.json"])));
        assert_eq!(added, [1]);
        let problems = s.exhibition().problems;
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].problem.path, "$.catalogues[0]");
        assert_eq!(problems[0].problem.issue, Issue::ListsItself);
    }

    #[test]
    fn a_catalogue_two_indexes_share_is_loaded_once_without_a_report() {
        let mut s = Sources::new(&[
            "https://h.example/i.json".into(),
            "https://h.example/j.json".into(),
        ]);
        assert_eq!(s.finish(0, Ok(index(&["c.json"]))), [2]);
        assert!(s.finish(1, Ok(index(&["c.json"]))).is_empty());
        assert!(s.exhibition().problems.is_empty());
    }

    #[test]
    fn only_a_failed_source_is_retried() {
        let mut s = Sources::new(&["a.json".into(), "b.json".into()]);
        s.finish(0, Err(LoadError::Timeout { seconds: 30 }));
        s.finish(1, Ok(cat("b", "b1")));
        assert_eq!(s.failed_slots().map(|(i, ..)| i).collect::<Vec<_>>(), [0]);
        assert!(!s.retry(1));
        assert!(s.retry(0));
        assert!(s.is_loading());
        assert_eq!(s.failures().count(), 0);
        assert!(!s.retry(0));
        s.finish(0, Ok(cat("a", "a1")));
        assert_eq!(exhibit_ids(&s), ["a1", "b1"]);
    }
}
