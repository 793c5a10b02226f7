//! Multilingual catalogue text: a plain string, or language tags mapped to strings.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

/// A piece of catalogue text. Display picks the UI language, then `en`, then any present
/// language, and reports which language it fell back to so the UI can say so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    /// Ordered as in the document, so "any present" is the first one the author wrote.
    Tagged(Vec<(Tag, String)>),
}

/// A language tag as the catalogue wrote it. The common ones are shared constants: a large
/// catalogue holds hundreds of thousands of them, and allocating each was a tenth of parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag(Repr);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Repr {
    Common(&'static str),
    Other(Box<str>),
}

const COMMON_TAGS: [&str; 14] = [
    "en", "zh", "ja", "ko", "zh-Hans", "zh-Hant", "zh-CN", "zh-TW", "zh-HK", "ja-JP", "en-US",
    "en-GB", "fr", "de",
];

impl Tag {
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Common(s) => s,
            Repr::Other(s) => s,
        }
    }
}

impl From<&str> for Tag {
    fn from(s: &str) -> Self {
        match COMMON_TAGS.iter().find(|c| **c == s) {
            Some(common) => Tag(Repr::Common(common)),
            None => Tag(Repr::Other(s.into())),
        }
    }
}

impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TagVisitor;
        impl Visitor<'_> for TagVisitor {
            type Value = Tag;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a language tag")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Tag, E> {
                Ok(Tag::from(v))
            }
        }
        deserializer.deserialize_str(TagVisitor)
    }
}

/// The chosen string and the language tag it is in, when that is known and differs from
/// the requested one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    /// `Some(tag)` when the text is not in the requested language.
    pub fallback: Option<&'a str>,
}

impl Text {
    /// Picks the string for `lang` with the documented fallback: `lang` → `en` → first present.
    pub fn get(&self, lang: &str) -> Localized<'_> {
        match self {
            Text::Plain(s) => Localized {
                text: s,
                fallback: None,
            },
            Text::Tagged(pairs) => {
                let find = |want: &str| {
                    pairs
                        .iter()
                        .find(|(tag, s)| !s.is_empty() && tag_matches(tag.as_str(), want))
                };
                if let Some((_, s)) = find(lang) {
                    return Localized {
                        text: s,
                        fallback: None,
                    };
                }
                let other = find("en").or_else(|| pairs.iter().find(|(_, s)| !s.is_empty()));
                match other {
                    Some((tag, s)) => Localized {
                        text: s,
                        fallback: Some(tag.as_str()),
                    },
                    None => Localized {
                        text: "",
                        fallback: None,
                    },
                }
            }
        }
    }

    /// Every string in every language, for the search index.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        let (plain, tagged): (Option<&str>, &[(Tag, String)]) = match self {
            Text::Plain(s) => (Some(s), &[]),
            Text::Tagged(pairs) => (None, pairs),
        };
        plain
            .into_iter()
            .chain(tagged.iter().map(|(_, s)| s.as_str()))
    }

    pub fn is_blank(&self) -> bool {
        self.all().all(|s| s.trim().is_empty())
    }

    /// The language tag of the text shown for `lang`, when the author declared it.
    pub fn lang_of<'a>(&'a self, lang: &'a str) -> Option<&'a str> {
        match self {
            Text::Plain(_) => None,
            Text::Tagged(_) => Some(self.get(lang).fallback.unwrap_or(lang)),
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string or an object of language tags to strings")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::Plain(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(Text::Plain(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(3));
        while let Some((tag, text)) = map.next_entry::<Tag, String>()? {
            pairs.push((tag, text));
        }
        Ok(Text::Tagged(pairs))
    }
}

/// `zh-Hans` and `zh-CN` count as `zh`; tags compare case-insensitively (BCP 47).
fn tag_matches(tag: &str, want: &str) -> bool {
    let primary = tag.split(['-', '_']).next().unwrap_or(tag);
    primary.eq_ignore_ascii_case(want) || tag.eq_ignore_ascii_case(want)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagged(pairs: &[(&str, &str)]) -> Text {
        Text::Tagged(
            pairs
                .iter()
                .map(|(a, b)| (Tag::from(*a), b.to_string()))
                .collect(),
        )
    }

    #[test]
    fn plain_text_is_the_same_in_every_language() {
        let t = Text::from("Rice");
        assert_eq!(t.get("ja").text, "Rice");
        assert_eq!(t.get("ja").fallback, None);
    }

    #[test]
    fn picks_the_ui_language_then_english_then_any() {
        let t = tagged(&[("ja", "稲"), ("en", "Rice"), ("zh", "水稻")]);
        assert_eq!(t.get("zh").text, "水稻");
        let t = tagged(&[("ja", "稲"), ("en", "Rice")]);
        assert_eq!(
            t.get("zh"),
            Localized {
                text: "Rice",
                fallback: Some("en")
            }
        );
        let t = tagged(&[("ja", "稲")]);
        assert_eq!(
            t.get("zh"),
            Localized {
                text: "稲",
                fallback: Some("ja")
            }
        );
    }

    #[test]
    fn regional_tags_match_their_language_and_empty_strings_do_not_count() {
        let t = tagged(&[("zh-Hans", "水稻"), ("ja", ""), ("en", "Rice")]);
        assert_eq!(t.get("zh").text, "水稻");
        assert_eq!(t.get("ja").text, "Rice");
        assert_eq!(t.lang_of("ja"), Some("en"));
    }

    #[test]
    fn deserializes_both_shapes() {
        let t: Text = serde_json::from_str(r#"{"en":"A","ja":"エー"}"#).unwrap();
        assert_eq!(t.all().collect::<Vec<_>>(), vec!["A", "エー"]);
        let t: Text = serde_json::from_str(r#""plain""#).unwrap();
        assert_eq!(t, Text::from("plain"));
        assert!(serde_json::from_str::<Text>("42").is_err());
    }
}
