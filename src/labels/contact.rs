//! Ways to reach the people behind an exhibit.

use crate::catalogue::Exhibit;
use crate::i18n::{tf, Lang, Msg};

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

/// The exhibit's e-mail link, when it gives an address: the `mailto:` and what the link says
/// ("Email Dr Li", or the address when no name is given).
pub fn email_link(lang: Lang, exhibit: &Exhibit) -> Option<(String, String)> {
    let contact = exhibit.contact.as_ref()?;
    let address = contact.email.as_ref()?;
    let who = contact.name.as_ref().unwrap_or(address);
    Some((
        mailto(lang, address, exhibit),
        tf(lang, Msg::DetailEmail, &[("name", who)]),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::fixture::exhibition;

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
    fn the_email_link_names_the_contact_or_the_address() {
        let ex = exhibition();
        let mut exhibit = (*ex.exhibits[0]).clone();
        assert_eq!(email_link(Lang::En, &exhibit), None);
        exhibit.contact = Some(crate::catalogue::Contact {
            name: None,
            email: Some("tto@example.org".into()),
            url: None,
        });
        let (href, text) = email_link(Lang::En, &exhibit).unwrap();
        assert!(href.starts_with("mailto:tto@example.org?subject="));
        assert!(text.contains("tto@example.org"), "{text}");
        exhibit.contact.as_mut().unwrap().name = Some("Dr Li".into());
        assert!(email_link(Lang::En, &exhibit).unwrap().1.contains("Dr Li"));
    }
}
