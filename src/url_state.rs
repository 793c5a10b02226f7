//! The URL-state codec: everything on screen ⇄ the query string, and nothing else.
//!
//! Only the query string is used (no path routes), so every link works on any static host
//! without rewrite rules. Parameters this version does not know are carried through untouched,
//! so links made by newer versions (or for a host page) survive a round trip.

use crate::catalogue::{is_country, Cooperation, IpStatus};
use crate::i18n::Lang;
use crate::search::{Constraint, Facet, Filters, Query, Sort, TrlRange};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Catalogue or index URLs; empty means the bundled default.
    pub catalogues: Vec<String>,
    pub query: String,
    pub filters: Filters,
    pub sort: Sort,
    /// Which page of results, from 0 (`p=1` in the URL is the first).
    pub page: usize,
    /// The exhibit whose detail is open.
    pub exhibit: Option<String>,
    /// Explicitly chosen UI language; `None` lets the browser's preference decide.
    pub lang: Option<Lang>,
    /// Unknown parameters, in their original order.
    pub extra: Vec<(String, String)>,
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`). Never fails: values that do not
    /// make sense are dropped, as a hand-edited link should still open the exhibition.
    pub fn from_query(query: &str) -> ViewState {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = ViewState::default();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let value = value.trim();
            match key.as_ref() {
                "catalogue" if !value.is_empty() => {
                    if !state.catalogues.iter().any(|c| c == value) {
                        state.catalogues.push(value.to_owned());
                    }
                }
                "q" => state.query = value.to_owned(),
                "trl" => state.filters.trl = TrlRange::parse(value),
                "sort" => state.sort = Sort::parse(value).unwrap_or_default(),
                "p" => {
                    state.page = value
                        .parse::<usize>()
                        .ok()
                        .filter(|&p| p >= 1)
                        .map_or(0, |p| p - 1)
                }
                "exhibit" if !value.is_empty() => state.exhibit = Some(value.to_owned()),
                "lang" => state.lang = Lang::parse(value),
                name => match Facet::from_param(name) {
                    Some(facet) if valid_option(facet, value) => state.filters.select(facet, value),
                    Some(_) => {}
                    None if matches!(name, "catalogue" | "exhibit") => {}
                    None => state.extra.push((key.into_owned(), value.to_owned())),
                },
            }
        }
        state
    }

    /// The canonical query string, without `?`; empty for the default view.
    pub fn to_query(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for c in &self.catalogues {
            out.append_pair("catalogue", c);
        }
        if !self.query.trim().is_empty() {
            out.append_pair("q", &self.query);
        }
        for (facet, value) in self.filters.active() {
            out.append_pair(facet.param(), value);
        }
        if let Some(trl) = self.filters.trl {
            out.append_pair("trl", &trl.to_param());
        }
        if self.sort != Sort::default() {
            out.append_pair("sort", self.sort.as_str());
        }
        if self.page > 0 {
            out.append_pair("p", &(self.page + 1).to_string());
        }
        if let Some(id) = &self.exhibit {
            out.append_pair("exhibit", id);
        }
        if let Some(lang) = self.lang {
            out.append_pair("lang", lang.code());
        }
        for (k, v) in &self.extra {
            out.append_pair(k, v);
        }
        out.finish()
    }

    /// What this view asks the search engine.
    pub fn question(&self) -> Query {
        Query {
            text: self.query.clone(),
            filters: self.filters.clone(),
            sort: self.sort,
        }
    }

    /// A new question starts on its first page of answers: any change of the query, filters,
    /// sort or catalogues since `previous` sends `self` back to page one.
    pub fn restart_paging(&mut self, previous: &ViewState) {
        let same_question = self.query == previous.query
            && self.filters == previous.filters
            && self.sort == previous.sort
            && self.catalogues == previous.catalogues;
        if !same_question {
            self.page = 0;
        }
    }

    /// Drops one constraint of the results (what the empty state offers).
    pub fn loosen(&mut self, constraint: Constraint) {
        match constraint {
            Constraint::Text => self.query.clear(),
            Constraint::Facet(f) => self.filters.clear_facet(f),
            Constraint::Trl => self.filters.trl = None,
        }
    }

    /// "Clear all": no search text and no filters (locks put back what is pinned).
    pub fn clear_question(&mut self) {
        self.filters = Filters::default();
        self.query.clear();
    }

    /// True when going from `self` to `next` is a discrete step that deserves its own history
    /// entry; typing in the search box only replaces the current one.
    pub fn is_new_step(&self, next: &ViewState) -> bool {
        let mut same_but_query = next.clone();
        same_but_query.query.clone_from(&self.query);
        same_but_query != *self
    }
}

fn valid_option(facet: Facet, value: &str) -> bool {
    match facet {
        _ if value.is_empty() => false,
        Facet::Ip => IpStatus::parse(value).is_some(),
        Facet::Coop => Cooperation::parse(value).is_some(),
        Facet::Country => is_country(value),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_every_documented_parameter() {
        let s = ViewState::from_query(
            "?catalogue=a.json&catalogue=https%3A%2F%2Fp.example%2Fb.json&q=%E8%BE%B2%E6%A5%AD+AI\
             &country=JP&institution=kyoto-u&field=agriculture&field=tcm&ip=granted&coop=licensing\
             &event=seminar-tcm&trl=3-7&sort=trl&exhibit=x-1&lang=ja&embed=1",
        );
        assert_eq!(s.catalogues, ["a.json", "https://p.example/b.json"]);
        assert_eq!(s.query, "農業 AI");
        assert_eq!(s.filters.selected(Facet::Field), ["agriculture", "tcm"]);
        assert_eq!(s.filters.selected(Facet::Country), ["JP"]);
        assert_eq!(s.filters.trl, Some(TrlRange { min: 3, max: 7 }));
        assert_eq!(s.sort, Sort::Trl);
        assert_eq!(s.exhibit.as_deref(), Some("x-1"));
        assert_eq!(s.lang, Some(Lang::Ja));
        assert_eq!(s.extra, [("embed".to_string(), "1".to_string())]);
    }

    #[test]
    fn nonsense_values_are_dropped_not_fatal() {
        let s = ViewState::from_query("ip=stolen&coop=&trl=0-12&sort=random&lang=xx&country=japan");
        assert_eq!(s, ViewState::default());
        assert_eq!(
            ViewState::from_query("trl=9-2").filters.trl,
            Some(TrlRange::new(2, 9))
        );
    }

    #[test]
    fn the_default_view_is_an_empty_query_string() {
        assert_eq!(ViewState::default().to_query(), "");
        assert_eq!(ViewState::from_query("?sort=relevance&q=+").to_query(), "");
    }

    #[test]
    fn pages_count_from_one_in_the_url_and_restart_with_a_new_question() {
        let s = ViewState::from_query("q=rice&p=3");
        assert_eq!(s.page, 2);
        assert_eq!(s.to_query(), "q=rice&p=3");
        assert_eq!(ViewState::from_query("p=0").page, 0);
        assert_eq!(ViewState::from_query("p=x").to_query(), "");
        let mut next = s.clone();
        next.lang = Some(Lang::Ja);
        next.restart_paging(&s);
        assert_eq!(next.page, 2, "changing the language keeps the page");
        next.filters.select(Facet::Field, "tcm");
        next.restart_paging(&s);
        assert_eq!(next.page, 0);
    }

    #[test]
    fn a_constraint_is_loosened_alone_and_clear_all_keeps_the_rest_of_the_view() {
        let mut s = ViewState::from_query("q=rice&field=tcm&country=JP&trl=3-5&lang=ja&sort=trl");
        s.loosen(Constraint::Facet(Facet::Field));
        assert_eq!(s.to_query(), "q=rice&country=JP&trl=3-5&sort=trl&lang=ja");
        s.loosen(Constraint::Trl);
        s.loosen(Constraint::Text);
        assert_eq!(s.to_query(), "country=JP&sort=trl&lang=ja");
        s.clear_question();
        assert_eq!(s.to_query(), "sort=trl&lang=ja");
        let question = ViewState::from_query("q=ai&ip=granted&sort=title").question();
        assert_eq!(question.text, "ai");
        assert_eq!(question.sort, Sort::Title);
        assert!(question.filters.is_selected(Facet::Ip, "granted"));
    }

    #[test]
    fn typing_is_not_a_new_step_but_filtering_is() {
        let a = ViewState::from_query("q=ric");
        let b = ViewState::from_query("q=rice");
        assert!(!a.is_new_step(&b));
        assert!(a.is_new_step(&ViewState::from_query("q=rice&field=agriculture")));
    }

    fn arb_state() -> impl Strategy<Value = ViewState> {
        let id = "[a-z0-9][a-z0-9-]{0,8}";
        (
            proptest::collection::vec("[a-z/:.?&=%# ]{1,12}", 0..3),
            "\\PC{0,10}",
            proptest::collection::vec((0usize..6, id), 0..6),
            proptest::option::of((1u8..=9, 1u8..=9)),
            0usize..4,
            (proptest::option::of(id), 0usize..40),
            proptest::option::of(0usize..3),
            proptest::collection::vec(("x[a-z]{1,4}", "\\PC{0,6}"), 0..2),
        )
            .prop_map(|(cats, q, sel, trl, sort, (exhibit, page), lang, extra)| {
                let mut s = ViewState::default();
                for c in cats {
                    let c = c.trim().to_owned();
                    if !c.is_empty() && !s.catalogues.contains(&c) {
                        s.catalogues.push(c);
                    }
                }
                s.query = if q.trim().is_empty() {
                    String::new()
                } else {
                    q.trim().to_owned()
                };
                for (slot, v) in sel {
                    let facet = Facet::ALL[slot];
                    let v = match facet {
                        Facet::Ip => IpStatus::ALL[v.len() % IpStatus::ALL.len()]
                            .as_str()
                            .to_owned(),
                        Facet::Coop => Cooperation::ALL[v.len() % 5].as_str().to_owned(),
                        Facet::Country => v
                            .to_ascii_uppercase()
                            .chars()
                            .filter(char::is_ascii_uppercase)
                            .chain("XY".chars())
                            .take(2)
                            .collect(),
                        _ => v,
                    };
                    s.filters.select(facet, &v);
                }
                s.filters.trl = trl.map(|(a, b)| TrlRange::new(a, b));
                s.sort = Sort::ALL[sort];
                s.exhibit = exhibit;
                s.page = page;
                s.lang = lang.map(|i| Lang::ALL[i]);
                s.extra = extra
                    .into_iter()
                    .map(|(k, v)| (k, v.trim().to_owned()))
                    .collect();
                s
            })
    }

    proptest! {
        #[test]
        fn every_state_survives_the_round_trip(state in arb_state()) {
            let query = state.to_query();
            prop_assert_eq!(ViewState::from_query(&query), state.clone());
            prop_assert_eq!(ViewState::from_query(&format!("?{query}")).to_query(), query);
        }
    }
}
