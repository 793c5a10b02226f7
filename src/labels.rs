//! What the interface calls things: facet names and options, error messages, mailto links.
//! Plain functions of the core types and a language, so the components stay free of logic
//! and every wording decision is tested natively.

use crate::catalogue::{
    Cooperation, Exhibit, Exhibition, IpStatus, Issue, LinkError, LoadError, SourceProblem,
    Sources, Text,
};
use crate::i18n::{lookup, number, t, tf, Lang, Msg};
use crate::search::{Constraint, Facet, TrlRange};

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

/// Country names we have translated; other codes show as the code itself.
pub fn country_name(lang: Lang, code: &str) -> String {
    lookup(lang, &format!("country.{code}")).map_or_else(|| code.to_owned(), str::to_owned)
}

/// The visible label of one facet option, in `lang`.
pub fn option_label(ex: &Exhibition, lang: Lang, facet: Facet, value: &str) -> String {
    let code = lang.code();
    match facet {
        Facet::Country => country_name(lang, value),
        Facet::Institution => ex
            .institution(value)
            .map_or_else(|| value.to_owned(), |i| i.name.get(code).text.to_owned()),
        Facet::Field => ex
            .field(value)
            .map_or_else(|| value.to_owned(), |f| f.name.get(code).text.to_owned()),
        Facet::Event => ex
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
pub fn option_search_text(ex: &Exhibition, lang: Lang, facet: Facet, value: &str) -> String {
    let names = match facet {
        Facet::Institution => ex.institution(value).map(|i| &i.name),
        Facet::Field => ex.field(value).map(|f| &f.name),
        Facet::Event => ex.event(value).map(|e| &e.name),
        Facet::Country | Facet::Ip | Facet::Coop => None,
    };
    let mut text = option_label(ex, lang, facet, value);
    for name in names.into_iter().flat_map(|n| n.all()) {
        text.push('\n');
        text.push_str(name);
    }
    text
}

/// "Country: Japan", or "Field: Agriculture / ICT" for several options of one facet.
pub fn filter_label(ex: &Exhibition, lang: Lang, facet: Facet, values: &[String]) -> String {
    let names: Vec<String> = values
        .iter()
        .map(|v| option_label(ex, lang, facet, v))
        .collect();
    format!("{}: {}", facet_name(lang, facet), names.join(" / "))
}

/// "TRL 5".
pub fn trl_level(lang: Lang, level: u8) -> String {
    tf(lang, Msg::TrlLevel, &[("level", &level.to_string())])
}

/// The `lang` attribute for catalogue text shown in the UI language `code`: set only when the
/// text is in another language, so screen readers switch voice exactly when needed.
pub fn content_lang(text: &Text, code: &str) -> Option<String> {
    text.lang_of(code).filter(|l| *l != code).map(str::to_owned)
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

/// How the empty state names a constraint the visitor could loosen.
pub fn constraint_label(
    ex: &Exhibition,
    lang: Lang,
    c: Constraint,
    query: &str,
    selected: &[String],
    trl: Option<TrlRange>,
) -> String {
    match c {
        Constraint::Text => tf(lang, Msg::EmptyQuery, &[("query", query)]),
        Constraint::Facet(facet) => filter_label(ex, lang, facet, selected),
        Constraint::Trl => trl.map(|r| trl_range_label(lang, r)).unwrap_or_default(),
    }
}

/// A source's failure, in the visitor's language. Parser details (serde's wording) stay as
/// they are: they are for whoever maintains the catalogue.
pub fn load_error(lang: Lang, e: &LoadError) -> String {
    match e {
        LoadError::Network(_) => t(lang, Msg::ErrorNetwork).to_owned(),
        LoadError::Http { status } => tf(lang, Msg::ErrorHttp, &[("status", &status.to_string())]),
        LoadError::Json {
            line,
            column,
            message,
        } => tf(
            lang,
            Msg::ErrorJson,
            &[
                ("line", &line.to_string()),
                ("column", &column.to_string()),
                ("message", message),
            ],
        ),
        LoadError::MissingFormat => t(lang, Msg::ErrorMissingFormat).to_owned(),
        LoadError::UnsupportedFormat(format) => {
            tf(lang, Msg::ErrorUnsupported, &[("format", format)])
        }
        LoadError::Invalid { path, message } => tf(
            lang,
            Msg::ErrorInvalid,
            &[("path", path), ("message", message)],
        ),
    }
}

/// A problem inside a catalogue, in the visitor's language: source, location, what happened.
pub fn problem(lang: Lang, p: &SourceProblem) -> String {
    let value = |msg: Msg, v: &str| tf(lang, msg, &[("value", v)]);
    let issue = match &p.problem.issue {
        Issue::Malformed(message) => tf(lang, Msg::ProblemMalformed, &[("message", message)]),
        Issue::ListedTwice => t(lang, Msg::ProblemListedTwice).to_owned(),
        Issue::Url(LinkError::Empty) => t(lang, Msg::ProblemUrlEmpty).to_owned(),
        Issue::Url(LinkError::Scheme(scheme)) => {
            tf(lang, Msg::ProblemUrlScheme, &[("scheme", scheme)])
        }
        Issue::Url(LinkError::Unsafe) => t(lang, Msg::ProblemUrlUnsafe).to_owned(),
        Issue::Date(v) => value(Msg::ProblemDate, v),
        Issue::Id(v) => value(Msg::ProblemId, v),
        Issue::DuplicateId(v) => value(Msg::ProblemDuplicateId, v),
        Issue::Country(v) => value(Msg::ProblemCountry, v),
        Issue::EmptyTitle => t(lang, Msg::ProblemEmptyTitle).to_owned(),
        Issue::Trl(n) => value(Msg::ProblemTrl, &n.to_string()),
        Issue::IpStatus(v) => value(Msg::ProblemIp, v),
        Issue::Cooperation(v) => value(Msg::ProblemCooperation, v),
        Issue::Email(v) => value(Msg::ProblemEmail, v),
        Issue::CountryConflict { given, kept } => tf(
            lang,
            Msg::ProblemCountryConflict,
            &[("given", given), ("kept", kept)],
        ),
        Issue::DuplicateExhibit(source) => {
            tf(lang, Msg::ProblemDuplicateExhibit, &[("source", source)])
        }
        Issue::UnknownInstitution(v) => value(Msg::ProblemUnknownInstitution, v),
        Issue::UnknownField(v) => value(Msg::ProblemUnknownField, v),
        Issue::UnknownEvent(v) => value(Msg::ProblemUnknownEvent, v),
    };
    format!("{} — {}: {issue}", p.source, p.problem.path)
}

/// A catalogue date (`YYYY-MM-DD`, already validated) the way the language writes dates:
/// "November 28, 2022", "2022年11月28日".
pub fn date(lang: Lang, iso: &str) -> String {
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<usize>().unwrap_or(0));
    let (year, month, day) = match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m @ 1..=12), Some(d)) => (y, m, d),
        _ => return iso.to_owned(),
    };
    let month_name = t(lang, Msg::DateMonths)
        .split(',')
        .nth(month - 1)
        .unwrap_or_default();
    tf(
        lang,
        Msg::DatePattern,
        &[
            ("year", &year.to_string()),
            ("month", month_name),
            ("day", &day.to_string()),
        ],
    )
}

/// "Shown in 日本語 (ja)" when `text` is not available in the UI language, so nobody takes a
/// fallback for a translation.
pub fn fallback_note(lang: Lang, text: &Text) -> Option<String> {
    let tag = text.get(lang.code()).fallback?;
    let name: &str = match Lang::parse(tag) {
        Some(l) => l.endonym(),
        None => tag,
    };
    Some(format!(
        "{} ({tag})",
        tf(lang, Msg::FellBack, &[("lang", name)])
    ))
}

/// `mailto:` with the subject naming the exhibit, so the enquiry arrives with its context.
pub fn mailto(lang: Lang, email: &str, exhibit: &Exhibit) -> String {
    use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
    let subject = tf(
        lang,
        Msg::DetailEmailSubject,
        &[("title", exhibit.title.get(lang.code()).text)],
    );
    format!(
        "mailto:{email}?subject={}",
        utf8_percent_encode(&subject, NON_ALPHANUMERIC)
    )
}

/// "Loading catalogues… 1 of 3 · 412.5 KB received".
pub fn loading_text(lang: Lang, sources: &Sources) -> String {
    let (received, _) = sources.bytes_pending();
    let mut text = tf(
        lang,
        Msg::LoadingCatalogues,
        &[
            ("done", &number(lang, sources.done())),
            ("total", &number(lang, sources.slots.len())),
        ],
    );
    if received > 0 {
        // Tenths of a kilobyte in integers: float printing would cost the wasm 11 KB.
        let tenths = (received * 10 + 512) / 1024;
        let kb = format!("{}.{}", tenths / 10, tenths % 10);
        text.push_str(" · ");
        text.push_str(&tf(lang, Msg::LoadingBytes, &[("kb", &kb)]));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{parse_document, Document};

    fn exhibition() -> Exhibition {
        let json = r#"{"format": "showcase/1", "id": "x", "title": "X",
          "institutions": [{"id": "kyoto-u", "name": {"en": "Kyoto University", "ja": "京都大学"}, "country": "JP"}],
          "exhibits": [{"id": "a", "title": {"en": "Rice & beans?", "ja": "米と豆"}, "summary": "", "institution": "kyoto-u"}]}"#;
        match parse_document(json, "x.json").unwrap() {
            Document::Catalogue { catalogue, .. } => Exhibition::merge([&catalogue]),
            _ => unreachable!(),
        }
    }

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
    fn mailto_carries_an_encoded_subject_naming_the_exhibit() {
        let ex = exhibition();
        let link = mailto(Lang::En, "tto@example.org", &ex.exhibits[0]);
        assert_eq!(
            link,
            "mailto:tto@example.org?subject=Enquiry%20about%3A%20Rice%20%26%20beans%3F"
        );
        assert!(mailto(Lang::Ja, "a@b.example", &ex.exhibits[0]).contains("%E7%B1%B3"));
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
    fn a_fallback_is_named_only_when_it_happens() {
        let ex = exhibition();
        let title = &ex.exhibits[0].title;
        assert_eq!(fallback_note(Lang::Ja, title), None);
        assert_eq!(
            fallback_note(Lang::Zh, title).as_deref(),
            Some("以English显示 (en)")
        );
        assert_eq!(fallback_note(Lang::En, &Text::from("plain")), None);
    }

    #[test]
    fn loading_says_how_far_it_got() {
        let mut s = Sources::new(&["a.json".into(), "b.json".into()]);
        s.progress(0, 2048, None);
        s.finish(1, Err(LoadError::Http { status: 404 }));
        assert_eq!(
            loading_text(Lang::En, &s),
            "Loading catalogues… 1 of 2 · 2.0 KB received"
        );
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(date(Lang::En, "2022-11-28"), "November 28, 2022");
        assert_eq!(date(Lang::Zh, "2022-11-08"), "2022年11月8日");
        assert_eq!(date(Lang::Ja, "2022-01-29"), "2022年1月29日");
        assert_eq!(date(Lang::En, "2022-13-01"), "2022-13-01");
    }

    #[test]
    fn problems_are_told_in_the_visitor_language_with_their_location() {
        let p = SourceProblem {
            source: "a.json".into(),
            problem: crate::catalogue::Problem {
                path: "$.exhibits[1].trl".into(),
                issue: Issue::Trl(12),
            },
        };
        assert_eq!(
            problem(Lang::En, &p),
            "a.json — $.exhibits[1].trl: 12 is outside the TRL scale 1–9; ignored"
        );
        assert!(problem(Lang::Ja, &p).contains("TRL の範囲"));
        assert!(problem(Lang::Zh, &p).starts_with("a.json — $.exhibits[1].trl: 12 超出"));
    }

    #[test]
    fn errors_are_localized_and_keep_their_location() {
        let e = LoadError::Invalid {
            path: "$.exhibits[1].trl".into(),
            message: "invalid type".into(),
        };
        assert!(load_error(Lang::Ja, &e).contains("$.exhibits[1].trl"));
        assert_eq!(
            load_error(Lang::En, &LoadError::Http { status: 404 }),
            "the server answered HTTP 404"
        );
        assert!(
            load_error(Lang::Zh, &LoadError::UnsupportedFormat("showcase/2".into()))
                .contains("showcase/2")
        );
    }
}
