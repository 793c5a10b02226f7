//! What the detail lists beyond the facts (format 1.1): patents, inventors and media, in the
//! visitor's language. A buyer checks these first, so each item says what it is without
//! opening anything.

use super::text::Shown;
use crate::catalogue::{Exhibit, MediaKind, PatentStatus};
use crate::i18n::{t, Lang, Msg};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatentLine {
    /// "JP2021-123456 (JP)": the number with its office when given.
    pub number: String,
    pub status: Option<&'static str>,
    pub title: Option<Shown>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonLine {
    pub name: Shown,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaLine {
    pub kind: MediaKind,
    /// The caption, or the kind's name when there is none ("Video").
    pub label: Shown,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dossier {
    pub patents: Vec<PatentLine>,
    pub inventors: Vec<PersonLine>,
    /// Images first (shown as pictures), then videos and documents (shown as links).
    pub media: Vec<MediaLine>,
}

impl Dossier {
    pub fn of(exhibit: &Exhibit, lang: Lang) -> Dossier {
        let patents = (exhibit.patents.iter())
            .map(|p| PatentLine {
                number: match &p.office {
                    Some(office) if !p.number.starts_with(office.as_str()) => {
                        format!("{} ({office})", p.number)
                    }
                    _ => p.number.clone(),
                },
                status: p.status.map(|s| patent_status(lang, s)),
                title: p.title.as_ref().map(|title| Shown::of(title, lang)),
                url: p.url.clone(),
            })
            .collect();
        let inventors = (exhibit.inventors.iter())
            .map(|i| PersonLine {
                name: Shown::of(&i.name, lang),
                url: i.url.clone(),
            })
            .collect();
        let mut media: Vec<MediaLine> = (exhibit.media.iter())
            .map(|m| MediaLine {
                kind: m.kind,
                label: match &m.caption {
                    Some(caption) => Shown::of(caption, lang),
                    None => Shown {
                        text: media_kind(lang, m.kind).to_owned(),
                        lang: None,
                    },
                },
                url: m.url.clone(),
            })
            .collect();
        media.sort_by_key(|m| m.kind != MediaKind::Image);
        Dossier {
            patents,
            inventors,
            media,
        }
    }
}

pub fn patent_status(lang: Lang, status: PatentStatus) -> &'static str {
    t(
        lang,
        match status {
            PatentStatus::Granted => Msg::PatentGranted,
            PatentStatus::Pending => Msg::PatentPending,
            PatentStatus::Expired => Msg::PatentExpired,
        },
    )
}

pub fn media_kind(lang: Lang, kind: MediaKind) -> &'static str {
    t(
        lang,
        match kind {
            MediaKind::Image => Msg::MediaImage,
            MediaKind::Video => Msg::MediaVideo,
            MediaKind::Document => Msg::MediaDocument,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::fixture::merged;

    #[test]
    fn patents_people_and_media_are_told_in_the_visitor_language() {
        let ex = merged(
            r#"{"format": "showcase/1.1", "id": "x", "title": "X",
              "institutions": [{"id": "u", "name": "U", "country": "JP"}],
              "exhibits": [{"id": "a", "title": "A", "summary": "", "institution": "u",
                "patents": [{"number": "JP2021-123456", "office": "JP", "status": "granted"},
                            {"number": "2021/000001", "office": "WO", "title": {"en": "Valve", "ja": "弁"}}],
                "inventors": [{"name": {"en": "Hanako Sato", "ja": "佐藤花子"}, "url": "https://example.org/sato"}],
                "media": [{"kind": "video", "url": "https://example.org/v"},
                          {"kind": "image", "url": "https://example.org/i.png", "caption": {"en": "The rig"}}]}]}"#,
        );
        let ja = Dossier::of(&ex.exhibits[0], Lang::Ja);
        assert_eq!(
            ja.patents[0].number, "JP2021-123456",
            "an office already in the number is not repeated"
        );
        assert_eq!(ja.patents[0].status, Some("特許取得済み"));
        assert_eq!(ja.patents[1].number, "2021/000001 (WO)");
        assert_eq!(ja.patents[1].title.as_ref().unwrap().text, "弁");
        assert_eq!(ja.inventors[0].name.text, "佐藤花子");
        assert_eq!(ja.media[0].kind, MediaKind::Image, "pictures come first");
        assert_eq!(ja.media[0].label.lang.as_deref(), Some("en"));
        assert_eq!(ja.media[1].label.text, "動画");
        let zh = Dossier::of(&ex.exhibits[0], Lang::Zh);
        assert_eq!(zh.patents[0].status, Some("已授权"));
        assert_eq!(zh.media[1].label.text, "视频");
    }
}
