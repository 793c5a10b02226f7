//! Authoring advice: what the format allows but readers miss. Not a `Problem` of the core (the
//! app shows such a catalogue without complaint), so these are warnings, fatal only with
//! `--strict`. Worded for the author's tools in their language by `wording`.

use crate::catalogue::{Catalogue, Exhibit, Text};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Advice {
    #[error("the catalogue has no \"updated\" date, so readers cannot tell how current it is")]
    NoUpdated,
    #[error("has no {what} in {}, which the catalogue uses elsewhere", quoted(.langs))]
    MissingLanguage {
        what: &'static str,
        langs: Vec<String>,
    },
    #[error("has no contact (name, e-mail or URL), so interested companies cannot reach anyone")]
    NoContact,
}

/// Advice for one catalogue: each with the path of what it is about. `exhibit_path` gives an
/// exhibit's place in the document by id (the model has dropped faulty entries, so its index
/// is not the document's).
pub(super) fn advise(
    catalogue: &Catalogue,
    exhibit_path: impl Fn(&str) -> Option<String>,
) -> Vec<(String, Advice)> {
    let mut out = Vec::new();
    if catalogue.updated.is_none() {
        out.push(("$".to_owned(), Advice::NoUpdated));
    }
    let languages = languages(catalogue);
    for exhibit in &catalogue.exhibits {
        let Some(path) = exhibit_path(&exhibit.id) else {
            continue;
        };
        for (what, key, text) in [
            ("title", "title", &exhibit.title),
            ("summary", "summary", &exhibit.summary),
        ] {
            let langs = missing(text, &languages);
            if !langs.is_empty() {
                out.push((
                    format!("{path}.{key}"),
                    Advice::MissingLanguage { what, langs },
                ));
            }
        }
        if !has_contact(exhibit) {
            out.push((path, Advice::NoContact));
        }
    }
    out
}

/// `"ja"`, `"ja" or "en"`, `"ja", "en" or "ko"`.
fn quoted(langs: &[String]) -> String {
    let quoted: Vec<String> = langs.iter().map(|l| format!("\"{l}\"")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The languages the catalogue's exhibit titles and summaries are written in, in first-seen
/// order.
fn languages(catalogue: &Catalogue) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for exhibit in &catalogue.exhibits {
        for text in [&exhibit.title, &exhibit.summary] {
            if let Text::Tagged(pairs) = text {
                for (tag, s) in pairs {
                    if !s.trim().is_empty() && !out.iter().any(|l| l == tag.as_str()) {
                        out.push(tag.as_str().to_owned());
                    }
                }
            }
        }
    }
    out
}

/// The catalogue's languages a tagged text lacks; a plain text has no language to lack.
fn missing(text: &Text, languages: &[String]) -> Vec<String> {
    let Text::Tagged(pairs) = text else {
        return Vec::new();
    };
    let has =
        |lang: &str| (pairs.iter()).any(|(tag, s)| tag.as_str() == lang && !s.trim().is_empty());
    languages.iter().filter(|l| !has(l)).cloned().collect()
}

fn has_contact(exhibit: &Exhibit) -> bool {
    exhibit
        .contact
        .as_ref()
        .is_some_and(|c| c.name.is_some() || c.email.is_some() || c.url.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{parse_document, Document};

    fn catalogue(json: &str) -> Catalogue {
        match parse_document(json, "a.json") {
            Ok(Document::Catalogue { catalogue, .. }) => catalogue,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_missing_language_contact_or_date_is_advised_at_its_path() {
        let c = catalogue(
            r#"{"format": "showcase/1", "id": "c", "title": "C", "exhibits": [
              {"id": "a", "title": {"en": "A", "ja": "エー"}, "summary": {"en": "S"},
               "institution": "u", "contact": {"email": "a@b.example"}},
              {"id": "b", "title": {"en": "B"}, "summary": "plain", "institution": "u"}]}"#,
        );
        let found = advise(&c, |id| {
            Some(format!("$.exhibits[{}]", if id == "a" { 0 } else { 1 }))
        });
        let found: Vec<(String, String)> =
            found.into_iter().map(|(p, a)| (p, a.to_string())).collect();
        assert_eq!(found[0].0, "$");
        assert_eq!(found[1].0, "$.exhibits[0].summary");
        assert_eq!(
            found[1].1,
            "has no summary in \"ja\", which the catalogue uses elsewhere"
        );
        assert_eq!(found[2].0, "$.exhibits[1].title");
        let both = Advice::MissingLanguage {
            what: "title",
            langs: vec!["en".into(), "ja".into(), "ko".into()],
        };
        assert!(both
            .to_string()
            .starts_with("has no title in \"en\", \"ja\" or \"ko\","));
        assert_eq!(
            found[3],
            ("$.exhibits[1]".into(), Advice::NoContact.to_string())
        );
        assert_eq!(found.len(), 4);
    }
}
