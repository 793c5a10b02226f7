//! What the interface says about one exhibit. The card and the detail show the same facts,
//! so they are derived once, here.

use super::dates::{date, day_span};
use super::options::{coop_label, country_name, ip_label, trl_level};
use super::text::{fallback_note, Shown};
use crate::catalogue::{Exhibition, IpStatus};
use crate::i18n::{Lang, Msg};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExhibitFacts {
    pub title: Shown,
    /// "Shown in English (en)" when the title is not in the UI language.
    pub fell_back: Option<String>,
    pub summary: Shown,
    /// The institution's name, or its bare id when no catalogue defines it.
    pub institution: Shown,
    /// The institution's country, named; `None` when the institution is unknown.
    pub country: Option<String>,
    /// The institution's logo (format 1.1 shows it on cards and in the detail).
    pub logo: Option<String>,
    pub fields: Vec<Shown>,
    /// "TRL 5".
    pub trl: Option<String>,
    pub ip: Option<(IpStatus, &'static str)>,
    pub cooperation: Vec<&'static str>,
}

impl ExhibitFacts {
    /// The facts of `exhibition.exhibits[index]` in `lang`.
    pub fn of(exhibition: &Exhibition, index: usize, lang: Lang) -> ExhibitFacts {
        let exhibit = &exhibition.exhibits[index];
        let institution = exhibition.institution(&exhibit.institution);
        ExhibitFacts {
            title: Shown::of(&exhibit.title, lang),
            fell_back: fallback_note(lang, &exhibit.title),
            summary: Shown::of(&exhibit.summary, lang),
            institution: institution.map_or_else(
                || Shown {
                    text: exhibit.institution.clone(),
                    lang: None,
                },
                |i| Shown::of(&i.name, lang),
            ),
            country: institution.map(|i| country_name(lang, &i.country)),
            logo: institution.and_then(|i| i.logo.clone()),
            fields: (exhibit.fields.iter())
                .filter_map(|f| exhibition.field(f))
                .map(|f| Shown::of(&f.name, lang))
                .collect(),
            trl: exhibit.trl.map(|level| trl_level(lang, level)),
            ip: exhibit.ip.map(|ip| (ip, ip_label(lang, ip))),
            cooperation: (exhibit.cooperation.iter())
                .map(|c| coop_label(lang, *c))
                .collect(),
        }
    }

    /// "Kyoto University · Japan": the institution with its country when known.
    pub fn place(&self) -> String {
        match &self.country {
            Some(country) => format!("{} · {country}", self.institution.text),
            None => self.institution.text.clone(),
        }
    }

    /// The detail's list of facts as (label, value), in display order, empty ones left out.
    /// Keywords and sessions appear only here, so the cards never spend time on them.
    pub fn rows(&self, exhibition: &Exhibition, index: usize, lang: Lang) -> Vec<(Msg, String)> {
        let code = lang.code();
        let exhibit = &exhibition.exhibits[index];
        let mut keywords = (exhibit.keywords.iter()).map(|k| k.get(code).text);
        // Each session with its date when known: "TCM seminar (November 28, 2022)".
        let events: Vec<String> = (exhibit.events.iter())
            .filter_map(|id| exhibition.event(id))
            .map(|event| {
                let name = event.name.get(code).text;
                let days = match (&event.start, &event.end, &event.date) {
                    (Some(start), Some(end), _) => Some(day_span(lang, start, end)),
                    (_, _, Some(day)) => Some(date(lang, day)),
                    _ => None,
                };
                match days {
                    Some(days) => format!("{name} ({days})"),
                    None => name.to_owned(),
                }
            })
            .collect();
        let joined = |items: &mut dyn Iterator<Item = &str>| items.collect::<Vec<_>>().join(", ");
        let rows = [
            (Msg::DetailInstitution, self.place()),
            (
                Msg::DetailFields,
                joined(&mut self.fields.iter().map(|f| f.text.as_str())),
            ),
            (Msg::TrlHeading, self.trl.clone().unwrap_or_default()),
            (
                Msg::FacetIp,
                self.ip
                    .map(|(_, label)| label.to_owned())
                    .unwrap_or_default(),
            ),
            (
                Msg::DetailCooperation,
                joined(&mut self.cooperation.iter().copied()),
            ),
            (Msg::DetailKeywords, joined(&mut keywords)),
            (
                Msg::DetailEvents,
                joined(&mut events.iter().map(String::as_str)),
            ),
        ];
        rows.into_iter()
            .filter(|(_, value)| !value.is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::fixture::merged;

    fn exhibition() -> Exhibition {
        merged(
            r#"{"format": "showcase/1", "id": "x", "title": "X",
          "institutions": [{"id": "kyoto-u", "name": {"en": "Kyoto University", "ja": "京都大学"}, "country": "JP"}],
          "fields": [{"id": "agri", "name": {"en": "Agriculture", "zh": "农业"}}],
          "events": [{"id": "s", "name": {"en": "Seminar"}, "date": "2022-11-29"}],
          "exhibits": [
            {"id": "a", "title": {"en": "Rice", "ja": "米"}, "summary": {"en": "S"}, "institution": "kyoto-u",
             "fields": ["agri"], "keywords": ["paddy", {"ja": "水田"}], "trl": 4, "ip": "pending",
             "cooperation": ["licensing", "transfer"], "events": ["s"]},
            {"id": "b", "title": "Bare", "summary": "", "institution": "nobody"}
          ]}"#,
        )
    }

    #[test]
    fn card_and_detail_facts_are_in_the_visitor_language_with_their_own_lang() {
        let ex = exhibition();
        let facts = ExhibitFacts::of(&ex, 0, Lang::Ja);
        assert_eq!(facts.title.text, "米");
        assert_eq!(facts.fell_back, None);
        assert_eq!(facts.summary.lang.as_deref(), Some("en"));
        assert_eq!(facts.institution.text, "京都大学");
        assert_eq!(facts.country.as_deref(), Some("日本"));
        assert_eq!(facts.fields[0].lang.as_deref(), Some("en"));
        assert_eq!(facts.trl.as_deref(), Some("TRL 4"));
        assert_eq!(facts.ip.map(|(ip, _)| ip), Some(IpStatus::Pending));
        assert_eq!(facts.cooperation.len(), 2);
        let rows = facts.rows(&ex, 0, Lang::Ja);
        assert_eq!(rows.last().unwrap().1, "Seminar (2022年11月29日)");
    }

    #[test]
    fn detail_rows_leave_out_what_is_missing() {
        let ex = exhibition();
        let rows = ExhibitFacts::of(&ex, 0, Lang::En).rows(&ex, 0, Lang::En);
        let labels: Vec<Msg> = rows.iter().map(|(m, _)| *m).collect();
        assert_eq!(
            labels,
            [
                Msg::DetailInstitution,
                Msg::DetailFields,
                Msg::TrlHeading,
                Msg::FacetIp,
                Msg::DetailCooperation,
                Msg::DetailKeywords,
                Msg::DetailEvents
            ]
        );
        assert_eq!(rows[0].1, "Kyoto University · Japan");
        assert_eq!(rows[5].1, "paddy, 水田");
        let bare = ExhibitFacts::of(&ex, 1, Lang::En);
        assert_eq!(
            bare.rows(&ex, 1, Lang::En),
            [(Msg::DetailInstitution, "nobody".to_owned())]
        );
        assert_eq!(bare.country, None);
    }
}
