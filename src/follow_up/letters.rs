//! "Write to the universities": one prefilled e-mail per institution, listing the kept
//! exhibits of that institution with their links. Only composed, never sent: the visitor
//! sees the list of `mailto:` links and sends what they choose from their own mail program.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::catalogue::Exhibition;
use crate::i18n::{t, tf, tn, Lang, Msg};
use crate::labels::Shown;

/// Characters left as they are in a `mailto:` query value (RFC 6068 allows these unencoded);
/// everything else, line breaks included, is percent-encoded as UTF-8.
const MAILTO_VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_');

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// The institution written to (its bare id when no catalogue names it).
    pub institution: Shown,
    /// Its kept exhibits, in the order kept; the letter lists them all.
    pub exhibits: Vec<usize>,
    /// The addresses the letter goes to: every distinct e-mail its exhibits give.
    pub recipients: Vec<String>,
    /// The prefilled `mailto:`; `None` when none of the exhibits gives an address.
    pub href: Option<String>,
    /// Those of `exhibits` without an e-mail address (said so next to the letter).
    pub without_address: Vec<usize>,
}

/// The letters for `kept` (exhibit indices, in the order kept), grouped by institution in
/// the order of their first kept exhibit. `link` gives an exhibit's permanent (absolute)
/// link by id; `exhibition` is the showcase's name for the subject line.
pub fn letters(
    exhibition: &Exhibition,
    kept: &[usize],
    lang: Lang,
    showcase: &str,
    link: &dyn Fn(&str) -> String,
) -> Vec<Letter> {
    let mut groups: Vec<(&str, Vec<usize>)> = Vec::new();
    for &i in kept {
        let institution = exhibition.exhibits[i].institution.as_str();
        match groups.iter_mut().find(|(id, _)| *id == institution) {
            Some((_, members)) => members.push(i),
            None => groups.push((institution, vec![i])),
        }
    }
    (groups.into_iter())
        .map(|(id, exhibits)| compose(exhibition, id, exhibits, lang, showcase, link))
        .collect()
}

fn compose(
    exhibition: &Exhibition,
    institution_id: &str,
    exhibits: Vec<usize>,
    lang: Lang,
    showcase: &str,
    link: &dyn Fn(&str) -> String,
) -> Letter {
    let code = lang.code();
    let institution = match exhibition.institution(institution_id) {
        Some(i) => Shown::of(&i.name, lang),
        None => Shown {
            text: institution_id.to_owned(),
            lang: None,
        },
    };
    let mut recipients: Vec<String> = Vec::new();
    let mut without_address = Vec::new();
    for &i in &exhibits {
        let email = exhibition.exhibits[i].contact.as_ref();
        match email.and_then(|c| c.email.as_ref()) {
            Some(e) if !recipients.contains(e) => recipients.push(e.clone()),
            Some(_) => {}
            None => without_address.push(i),
        }
    }
    let n = exhibits.len();
    let args = [("exhibition", showcase), ("institution", &institution.text)];
    let subject = tn(lang, Msg::LetterSubject, n, &args);
    let mut body = format!("{}\n\n{}\n\n", t(lang, Msg::LetterGreeting), {
        tn(lang, Msg::LetterIntro, n, &args)
    });
    for &i in &exhibits {
        let e = &exhibition.exhibits[i];
        body.push_str(&format!(
            "- {}\n  {}\n",
            e.title.get(code).text,
            link(&e.id)
        ));
    }
    body.push('\n');
    body.push_str(&tf(lang, Msg::LetterClosing, &args));
    let href = (!recipients.is_empty()).then(|| {
        format!(
            "mailto:{}?subject={}&body={}",
            recipients.join(","),
            utf8_percent_encode(&subject, MAILTO_VALUE),
            // RFC 6068: line breaks in a body are CRLF.
            utf8_percent_encode(&body.replace('\n', "\r\n"), MAILTO_VALUE)
        )
    });
    Letter {
        institution,
        exhibits,
        recipients,
        href,
        without_address,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::follow_up::fixture::exhibition;
    use percent_encoding::percent_decode_str;

    fn link(id: &str) -> String {
        format!("https://cdn.example/?exhibit={id}")
    }

    /// The subject and body a mail program would show.
    fn opened(href: &str) -> (String, String, String) {
        let (to, query) = href
            .strip_prefix("mailto:")
            .unwrap()
            .split_once('?')
            .unwrap();
        let mut subject = String::new();
        let mut body = String::new();
        for pair in query.split('&') {
            let (k, v) = pair.split_once('=').unwrap();
            let v = percent_decode_str(v).decode_utf8().unwrap().into_owned();
            match k {
                "subject" => subject = v,
                "body" => body = v,
                other => panic!("unexpected {other}"),
            }
        }
        (to.to_owned(), subject, body)
    }

    #[test]
    fn one_letter_per_institution_in_the_order_first_kept_listing_its_exhibits() {
        let ex = exhibition();
        // solar (whu), rice (kyoto), seed (hust), paddy-robot (kyoto)
        let letters = letters(&ex, &[2, 0, 3, 1], Lang::En, "The Forum", &link);
        let names: Vec<&str> = letters
            .iter()
            .map(|l| l.institution.text.as_str())
            .collect();
        assert_eq!(names, ["Wuhan University", "Kyoto University", "HUST"]);
        let kyoto = &letters[1];
        assert_eq!(kyoto.exhibits, [0, 1]);
        assert_eq!(
            kyoto.recipients,
            ["tto@kyoto.example", "robots@kyoto.example"]
        );
        let (to, subject, body) = opened(kyoto.href.as_deref().unwrap());
        assert_eq!(to, "tto@kyoto.example,robots@kyoto.example");
        assert!(
            subject.contains("2 inventions") && subject.contains("The Forum"),
            "{subject}"
        );
        assert!(
            body.contains("- Rice & beans?\r\n  https://cdn.example/?exhibit=rice\r\n"),
            "{body}"
        );
        assert!(body.contains("Paddy robot") && body.contains("exhibit=paddy-robot"));
        assert!(!body.contains("Solar"));
    }

    #[test]
    fn an_institution_without_any_address_gets_no_link_and_says_which_exhibits() {
        let ex = exhibition();
        let letters = letters(&ex, &[2, 4], Lang::En, "F", &link);
        assert_eq!(letters[0].href, None);
        assert_eq!(letters[0].without_address, [2]);
        assert_eq!(letters[1].institution.text, "nobody");
        assert_eq!(letters[1].href, None);
    }

    #[test]
    fn letters_are_worded_and_encoded_in_the_visitor_language() {
        let ex = exhibition();
        let letters = letters(&ex, &[0], Lang::Ja, "フォーラム & Co?", &link);
        let href = letters[0].href.as_deref().unwrap();
        assert!(!href.contains(' ') && !href.contains('\n'));
        // `&` and `?` inside values are encoded, so the mail program splits nothing wrongly.
        assert_eq!(href.matches('&').count(), 1);
        assert_eq!(href.matches('?').count(), 1);
        let (_, subject, body) = opened(href);
        assert!(subject.contains("フォーラム & Co?"), "{subject}");
        assert!(body.contains("米と豆"), "{body}");
        assert!(body.starts_with(t(Lang::Ja, Msg::LetterGreeting)));
    }
}
