//! Catalogue text on screen: which language it is in, and the note when it is not the
//! visitor's.

use crate::catalogue::Text;
use crate::i18n::{tf, Lang, Msg};

/// A piece of catalogue text as shown: the string for the UI language (or its fallback) and,
/// when it is in another language, that language's tag for the element's `lang`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub text: String,
    pub lang: Option<String>,
}

impl Shown {
    pub fn of(text: &Text, lang: Lang) -> Shown {
        let code = lang.code();
        Shown {
            text: text.get(code).text.to_owned(),
            lang: content_lang(text, code),
        }
    }
}

/// The `lang` attribute for catalogue text shown in the UI language `code`: set only when the
/// text is in another language, so screen readers switch voice exactly when needed.
pub fn content_lang(text: &Text, code: &str) -> Option<String> {
    text.lang_of(code).filter(|l| *l != code).map(str::to_owned)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::fixture::exhibition;

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
    fn shown_text_carries_a_lang_only_in_another_language() {
        let ex = exhibition();
        let title = &ex.exhibits[0].title;
        assert_eq!(
            Shown::of(title, Lang::Ja),
            Shown {
                text: "米と豆".into(),
                lang: None
            }
        );
        assert_eq!(Shown::of(title, Lang::Zh).lang.as_deref(), Some("en"));
    }
}
