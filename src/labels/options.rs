//! What the interface calls facets, their options, locks, sort orders and the constraints a
//! visitor may loosen.

use std::sync::OnceLock;

use crate::catalogue::{Cooperation, Exhibition, IpStatus};
use crate::embed::Lock;
use crate::i18n::{lookup, t, tf, Lang, Msg};
use crate::navigation::Chip;
use crate::search::{Constraint, Facet, Sort, TrlRange};
use crate::url_state::ViewState;

pub fn facet_name(lang: Lang, facet: Facet) -> &'static str {
    t(
        lang,
        match facet {
            Facet::Country => Msg::FacetCountry,
            Facet::Institution => Msg::FacetInstitution,
            Facet::Field => Msg::FacetField,
            Facet::Ip => Msg::FacetIp,
            Facet::Coop => Msg::FacetCoop,
            Facet::Event => Msg::FacetEvent,
        },
    )
}

pub fn ip_label(lang: Lang, ip: IpStatus) -> &'static str {
    t(
        lang,
        match ip {
            IpStatus::Granted => Msg::IpGranted,
            IpStatus::Pending => Msg::IpPending,
            IpStatus::Unpublished => Msg::IpUnpublished,
            IpStatus::None => Msg::IpNone,
        },
    )
}

pub fn coop_label(lang: Lang, mode: Cooperation) -> &'static str {
    t(
        lang,
        match mode {
            Cooperation::Licensing => Msg::CoopLicensing,
            Cooperation::JointResearch => Msg::CoopJointResearch,
            Cooperation::Transfer => Msg::CoopTransfer,
            Cooperation::Investment => Msg::CoopInvestment,
            Cooperation::Consulting => Msg::CoopConsulting,
        },
    )
}

pub fn sort_name(lang: Lang, sort: Sort) -> &'static str {
    t(
        lang,
        match sort {
            Sort::Relevance => Msg::SortRelevance,
            Sort::Title => Msg::SortTitle,
            Sort::Trl => Msg::SortTrl,
            Sort::Updated => Msg::SortUpdated,
        },
    )
}

/// What the embed-code page calls a lock: the control it pins.
pub fn lock_name(lang: Lang, lock: Lock) -> &'static str {
    match lock {
        Lock::Facet(f) => facet_name(lang, f),
        Lock::Trl => t(lang, Msg::TrlHeading),
        Lock::Query => t(lang, Msg::SearchLabel),
        Lock::Lang => t(lang, Msg::LanguageLabel),
    }
}

/// Names a country the i18n tables do not: (language code, ISO 3166-1 code) → name.
pub type CountryNamer = fn(&str, &str) -> Option<String>;

/// The platform's namer (the browser's `Intl.DisplayNames`), set once at start-up; natively
/// there is none and such a code stands for itself.
static COUNTRY_NAMER: OnceLock<CountryNamer> = OnceLock::new();

/// Names countries beyond our tables with `namer` from now on (the first call wins).
pub fn name_countries_with(namer: CountryNamer) {
    let _ = COUNTRY_NAMER.set(namer);
}

/// A country's name: ours where we translated it, else the platform's, else the code itself.
pub fn country_name(lang: Lang, code: &str) -> String {
    lookup(lang, &format!("country.{code}"))
        .map(str::to_owned)
        .or_else(|| COUNTRY_NAMER.get().and_then(|name| name(lang.code(), code)))
        .unwrap_or_else(|| code.to_owned())
}

/// The visible label of one facet option, in `lang`.
pub fn option_label(exhibition: &Exhibition, lang: Lang, facet: Facet, value: &str) -> String {
    let code = lang.code();
    match facet {
        Facet::Country => country_name(lang, value),
        Facet::Institution => exhibition
            .institution(value)
            .map_or_else(|| value.to_owned(), |i| i.name.get(code).text.to_owned()),
        Facet::Field => exhibition
            .field(value)
            .map_or_else(|| value.to_owned(), |f| f.name.get(code).text.to_owned()),
        Facet::Event => exhibition
            .event(value)
            .map_or_else(|| value.to_owned(), |e| e.name.get(code).text.to_owned()),
        Facet::Ip => IpStatus::parse(value)
            .map_or_else(|| value.to_owned(), |ip| ip_label(lang, ip).to_owned()),
        Facet::Coop => Cooperation::parse(value)
            .map_or_else(|| value.to_owned(), |c| coop_label(lang, c).to_owned()),
    }
}

/// What a visitor may type to find an option in a long facet: its label, and for
/// universities, fields and sessions their names in every language the catalogue gives
/// (someone reading the English interface may still type 京都).
pub fn option_search_text(
    exhibition: &Exhibition,
    lang: Lang,
    facet: Facet,
    value: &str,
) -> String {
    let names = match facet {
        Facet::Institution => exhibition.institution(value).map(|i| &i.name),
        Facet::Field => exhibition.field(value).map(|f| &f.name),
        Facet::Event => exhibition.event(value).map(|e| &e.name),
        Facet::Country | Facet::Ip | Facet::Coop => None,
    };
    let mut text = option_label(exhibition, lang, facet, value);
    for name in names.into_iter().flat_map(|n| n.all()) {
        text.push('\n');
        text.push_str(name);
    }
    text
}

/// "Country: Japan", or "Field: Agriculture / ICT" for several options of one facet.
pub fn filter_label(
    exhibition: &Exhibition,
    lang: Lang,
    facet: Facet,
    values: &[String],
) -> String {
    let names: Vec<String> = values
        .iter()
        .map(|v| option_label(exhibition, lang, facet, v))
        .collect();
    format!("{}: {}", facet_name(lang, facet), names.join(" / "))
}

/// "TRL 5".
pub fn trl_level(lang: Lang, level: u8) -> String {
    tf(lang, Msg::TrlLevel, &[("level", &level.to_string())])
}

pub fn trl_range_label(lang: Lang, range: TrlRange) -> String {
    tf(
        lang,
        Msg::TrlRange,
        &[
            ("min", &range.min.to_string()),
            ("max", &range.max.to_string()),
        ],
    )
}

/// What a chip says: the one filter it removes.
pub fn chip_label(exhibition: &Exhibition, lang: Lang, chip: &Chip, view: &ViewState) -> String {
    match chip {
        Chip::Facet(facet, value) => {
            filter_label(exhibition, lang, *facet, std::slice::from_ref(value))
        }
        Chip::Trl => (view.filters.trl)
            .map(|r| trl_range_label(lang, r))
            .unwrap_or_default(),
    }
}

/// How the empty state names a constraint of `view` the visitor could loosen.
pub fn constraint_label(
    exhibition: &Exhibition,
    lang: Lang,
    constraint: Constraint,
    view: &ViewState,
) -> String {
    match constraint {
        Constraint::Text => tf(lang, Msg::EmptyQuery, &[("query", &view.query)]),
        Constraint::Facet(facet) => {
            filter_label(exhibition, lang, facet, view.filters.selected(facet))
        }
        Constraint::Trl => (view.filters.trl)
            .map(|r| trl_range_label(lang, r))
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::fixture::exhibition;

    #[test]
    fn options_are_named_in_the_ui_language() {
        let ex = exhibition();
        assert_eq!(
            option_label(&ex, Lang::Ja, Facet::Institution, "kyoto-u"),
            "京都大学"
        );
        assert_eq!(
            option_label(&ex, Lang::Zh, Facet::Institution, "kyoto-u"),
            "Kyoto University"
        );
        assert_eq!(option_label(&ex, Lang::Zh, Facet::Country, "JP"), "日本");
        assert_eq!(option_label(&ex, Lang::En, Facet::Country, "KR"), "KR");
        assert_eq!(
            option_label(&ex, Lang::En, Facet::Coop, "joint-research"),
            "Joint research"
        );
        assert_eq!(
            option_label(&ex, Lang::Ja, Facet::Ip, "granted"),
            "特許登録済み"
        );
        assert_eq!(
            option_label(&ex, Lang::En, Facet::Institution, "ghost"),
            "ghost"
        );
    }

    #[test]
    fn an_option_is_found_by_any_of_its_names() {
        let ex = exhibition();
        let text = option_search_text(&ex, Lang::En, Facet::Institution, "kyoto-u");
        assert!(
            text.contains("Kyoto University") && text.contains("京都大学"),
            "{text}"
        );
        let country = option_search_text(&ex, Lang::Ja, Facet::Country, "JP");
        assert_eq!(country, country_name(Lang::Ja, "JP"));
    }

    #[test]
    fn chips_and_loosenings_name_their_filter() {
        let ex = exhibition();
        let view = ViewState::from_query("q=rice&institution=kyoto-u&trl=3-5");
        let chip = Chip::Facet(Facet::Institution, "kyoto-u".into());
        assert_eq!(
            chip_label(&ex, Lang::En, &chip, &view),
            "University: Kyoto University"
        );
        assert_eq!(chip_label(&ex, Lang::En, &Chip::Trl, &view), "TRL 3–5");
        assert_eq!(
            constraint_label(&ex, Lang::En, Constraint::Text, &view),
            "Search “rice”"
        );
        assert_eq!(
            constraint_label(&ex, Lang::Ja, Constraint::Trl, &view),
            chip_label(&ex, Lang::Ja, &Chip::Trl, &view)
        );
    }

    #[test]
    fn locks_and_orders_have_names_in_every_language() {
        for lang in Lang::ALL {
            for lock in Lock::ALL {
                assert!(!lock_name(lang, lock).is_empty());
            }
            let names: Vec<&str> = Sort::ALL.iter().map(|s| sort_name(lang, *s)).collect();
            let mut unique = names.clone();
            unique.dedup();
            assert_eq!(unique.len(), Sort::ALL.len(), "{names:?}");
        }
        assert_eq!(lock_name(Lang::En, Lock::Facet(Facet::Field)), "Field");
    }
}
