//! Failed sources and problems inside catalogues, in the visitor's language. Parser details
//! (serde's wording, JSON paths) stay as they are: they are for whoever maintains the
//! catalogue.

use crate::catalogue::{Issue, LinkError, LoadError, SourceProblem};
use crate::i18n::{t, tf, Lang, Msg};

/// A source's failure.
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
        LoadError::Timeout { seconds } => tf(
            lang,
            Msg::ErrorTimeout,
            &[("seconds", &seconds.to_string())],
        ),
    }
}

/// A problem inside a catalogue: source, location, what happened.
pub fn problem(lang: Lang, p: &SourceProblem) -> String {
    format!(
        "{} — {}: {}",
        p.source,
        p.problem.path,
        issue(lang, &p.problem.issue)
    )
}

/// What is wrong, without where: the words the app, the check page and the CLI share.
pub fn issue(lang: Lang, issue: &Issue) -> String {
    let value = |msg: Msg, v: &str| tf(lang, msg, &[("value", v)]);
    match issue {
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
        Issue::PatentStatus(v) => value(Msg::ProblemPatentStatus, v),
        Issue::EmptyPatentNumber => t(lang, Msg::ProblemEmptyPatentNumber).to_owned(),
        Issue::EmptyName => t(lang, Msg::ProblemEmptyName).to_owned(),
        Issue::MediaKind(v) => value(Msg::ProblemMediaKind, v),
        Issue::EventKind(v) => value(Msg::ProblemEventKind, v),
        Issue::DateTime(v) => value(Msg::ProblemDateTime, v),
        Issue::ListsItself => t(lang, Msg::ProblemListsItself).to_owned(),
        Issue::IndexCycle(url) => value(Msg::ProblemIndexCycle, url),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
