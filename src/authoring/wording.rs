//! What the authoring tools say, in the reader's language: the spreadsheet issues, the advice
//! and the CSV errors. The CLI says it in `--lang` (English by default), the check page in the
//! visitor's language; problems of the catalogue itself keep the app's words (`labels`).
//! The texts live in the authors' tables (`i18n::carry_author_texts`).

use super::advice::Advice;
use super::csv_text::CsvError;
use super::issue::ImportIssue;
use crate::i18n::{t, tf, Lang, Msg};

pub fn import_issue(lang: Lang, issue: &ImportIssue) -> String {
    let one = |msg: Msg, name: &str, value: &str| tf(lang, msg, &[(name, value)]);
    match issue {
        ImportIssue::EmptySheet => t(lang, Msg::AuthoringEmptySheet).to_owned(),
        ImportIssue::NoHeader => t(lang, Msg::AuthoringNoHeader).to_owned(),
        ImportIssue::MissingColumn(c) => one(Msg::AuthoringMissingColumn, "column", c),
        ImportIssue::DuplicateColumn { name, first } => tf(
            lang,
            Msg::AuthoringDuplicateColumn,
            &[("column", name), ("first", first)],
        ),
        ImportIssue::UnknownColumn(c) => one(Msg::AuthoringUnknownColumn, "column", c),
        ImportIssue::UnknownSheet(s) => one(Msg::AuthoringUnknownSheet, "sheet", s),
        ImportIssue::NoKey(c) => one(Msg::AuthoringNoKey, "column", c),
        ImportIssue::NotTrl(v) => one(Msg::AuthoringNotTrl, "value", v),
        ImportIssue::NotBool(v) => one(Msg::AuthoringNotBool, "value", v),
        ImportIssue::NotLink(v) => one(Msg::AuthoringNotLink, "value", v),
        ImportIssue::UnknownExhibit(v) => one(Msg::AuthoringUnknownExhibit, "value", v),
        ImportIssue::Merged(range) => one(Msg::AuthoringMerged, "range", &range.to_string()),
        ImportIssue::ExtraHeadRow(row) => one(Msg::AuthoringExtraHeadRow, "row", &row.to_string()),
        ImportIssue::NoHead(field) => one(Msg::AuthoringNoHead, "field", field),
    }
}

pub fn advice(lang: Lang, advice: &Advice) -> String {
    match advice {
        Advice::NoUpdated => t(lang, Msg::AuthoringNoUpdated).to_owned(),
        Advice::NoContact => t(lang, Msg::AuthoringNoContact).to_owned(),
        Advice::MissingLanguage { what, langs } => {
            let msg = match *what {
                "title" => Msg::AuthoringMissingTitle,
                _ => Msg::AuthoringMissingSummary,
            };
            tf(lang, msg, &[("langs", &either_of(lang, langs))])
        }
    }
}

pub fn csv_error(lang: Lang, error: &CsvError) -> String {
    match error {
        CsvError::Empty => t(lang, Msg::AuthoringCsvEmpty).to_owned(),
        CsvError::NotUtf8 { offset } => tf(
            lang,
            Msg::AuthoringCsvNotUtf8,
            &[("offset", &offset.to_string())],
        ),
        CsvError::OddUtf16 => t(lang, Msg::AuthoringCsvOddUtf16).to_owned(),
        CsvError::Csv(reason) => tf(lang, Msg::AuthoringCsvUnreadable, &[("reason", reason)]),
    }
}

/// `"ja"`, `"ja" or "en"`, `"ja", "en" or "ko"` — with the language's own separators.
fn either_of(lang: Lang, items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|l| format!("\"{l}\"")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!(
            "{}{}{last}",
            rest.join(t(lang, Msg::AuthoringListSeparator)),
            t(lang, Msg::AuthoringListOr)
        ),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English wording is the issues' own (`Display`, which the CLI's tests pin down).
    #[test]
    fn english_is_the_wording_of_the_issues_themselves() {
        let issues = [
            ImportIssue::EmptySheet,
            ImportIssue::NoHeader,
            ImportIssue::MissingColumn("id"),
            ImportIssue::DuplicateColumn {
                name: "trl".into(),
                first: "F".into(),
            },
            ImportIssue::UnknownColumn("colour".into()),
            ImportIssue::UnknownSheet("notes".into()),
            ImportIssue::NoKey("id"),
            ImportIssue::NotTrl("twelve".into()),
            ImportIssue::NotBool("maybe".into()),
            ImportIssue::NotLink("x".into()),
            ImportIssue::UnknownExhibit("x".into()),
            ImportIssue::ExtraHeadRow(3),
            ImportIssue::NoHead("title"),
        ];
        for issue in &issues {
            assert_eq!(import_issue(Lang::En, issue), issue.to_string());
            assert_ne!(
                import_issue(Lang::Ja, issue),
                issue.to_string(),
                "{issue:?} in Japanese"
            );
        }
        let advices = [
            Advice::NoUpdated,
            Advice::NoContact,
            Advice::MissingLanguage {
                what: "summary",
                langs: vec!["ja".into()],
            },
            Advice::MissingLanguage {
                what: "title",
                langs: vec!["en".into(), "ja".into(), "ko".into()],
            },
        ];
        for a in &advices {
            assert_eq!(advice(Lang::En, a), a.to_string());
        }
        for e in [
            CsvError::Empty,
            CsvError::NotUtf8 { offset: 3 },
            CsvError::OddUtf16,
            CsvError::Csv("x".into()),
        ] {
            assert_eq!(csv_error(Lang::En, &e), e.to_string());
        }
    }

    #[test]
    fn lists_of_languages_read_in_each_language() {
        let langs = vec!["en".into(), "ja".into(), "ko".into()];
        let a = Advice::MissingLanguage {
            what: "title",
            langs,
        };
        assert_eq!(
            advice(Lang::Zh, &a),
            "缺少 \"en\"、\"ja\" 或 \"ko\" 的标题，而目录的其他地方使用了该语言"
        );
        assert!(advice(Lang::Ja, &a).starts_with("\"en\"、\"ja\" または \"ko\" のタイトル"));
    }
}
