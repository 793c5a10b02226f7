//! What the detail lists beyond the facts (format 1.1): patents, inventors and media, in the
//! visitor's language. A buyer checks these first, so each item says what it is without
//! opening anything. Every list has one shape, so the detail renders them all with one view.

use super::text::Shown;
use crate::catalogue::{Exhibit, MediaKind, PatentStatus};
use crate::i18n::{t, Lang, Msg};

/// One entry of a list in the detail: a patent, an inventor, a video or a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DossierItem {
    /// "JP2021-123456 (JP)", "Hanako Sato", "Field trial (Video)".
    pub text: Shown,
    /// Where the entry links to, if anywhere.
    pub href: Option<String>,
    /// A patent's status.
    pub badge: Option<&'static str>,
    /// A patent's title.
    pub note: Option<Shown>,
}

/// A list of the detail with its heading; the UI renders every list the same way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DossierList {
    pub heading: Msg,
    /// A class and test id for the list ("patents", "inventors", "media").
    pub name: &'static str,
    pub items: Vec<DossierItem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub src: String,
    /// The caption, also the image's alternative text.
    pub caption: Shown,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dossier {
    /// Patents, inventors, then videos and documents; lists without entries are left out.
    pub lists: Vec<DossierList>,
    /// The media images, shown as pictures with their captions under the media heading.
    pub pictures: Vec<Picture>,
}

impl Dossier {
    pub fn of(exhibit: &Exhibit, lang: Lang) -> Dossier {
        let plain = |text: String| Shown { text, lang: None };
        let patents = (exhibit.patents.iter())
            .map(|p| DossierItem {
                text: plain(match &p.office {
                    Some(office) if !p.number.starts_with(office.as_str()) => {
                        format!("{} ({office})", p.number)
                    }
                    _ => p.number.clone(),
                }),
                href: p.url.clone(),
                badge: p.status.map(|s| patent_status(lang, s)),
                note: p.title.as_ref().map(|title| Shown::of(title, lang)),
            })
            .collect();
        let inventors = (exhibit.inventors.iter())
            .map(|i| DossierItem {
                text: Shown::of(&i.name, lang),
                href: i.url.clone(),
                badge: None,
                note: None,
            })
            .collect();
        let mut pictures = Vec::new();
        let mut linked = Vec::new();
        for m in &exhibit.media {
            let kind = media_kind(lang, m.kind);
            let caption = match &m.caption {
                Some(caption) => Shown::of(caption, lang),
                None => plain(kind.to_owned()),
            };
            if m.kind == MediaKind::Image {
                pictures.push(Picture {
                    src: m.url.clone(),
                    caption,
                });
            } else {
                // A video is a link, never an embedded player that could start on its own.
                let text = match m.caption {
                    Some(_) => Shown {
                        text: format!("{} ({kind})", caption.text),
                        lang: caption.lang,
                    },
                    None => caption,
                };
                linked.push(DossierItem {
                    text,
                    href: Some(m.url.clone()),
                    badge: None,
                    note: None,
                });
            }
        }
        let lists = [
            (Msg::DetailPatents, "patents", patents),
            (Msg::DetailInventors, "inventors", inventors),
            (Msg::DetailMedia, "media", linked),
        ];
        Dossier {
            lists: (lists.into_iter())
                .filter(|(_, _, items)| !items.is_empty())
                .map(|(heading, name, items)| DossierList {
                    heading,
                    name,
                    items,
                })
                .collect(),
            pictures,
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
    use crate::catalogue::Exhibit;
    use crate::labels::fixture::merged;

    fn merged_bare() -> Exhibit {
        let ex = merged(
            r#"{"format": "showcase/1", "id": "x", "title": "X",
              "institutions": [{"id": "u", "name": "U", "country": "JP"}],
              "exhibits": [{"id": "a", "title": "A", "summary": "", "institution": "u"}]}"#,
        );
        (*ex.exhibits[0]).clone()
    }

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
        let names: Vec<&str> = ja.lists.iter().map(|l| l.name).collect();
        assert_eq!(names, ["patents", "inventors", "media"]);
        let patents = &ja.lists[0].items;
        assert_eq!(
            patents[0].text.text, "JP2021-123456",
            "an office already in the number is not repeated"
        );
        assert_eq!(patents[0].badge, Some("特許取得済み"));
        assert_eq!(patents[1].text.text, "2021/000001 (WO)");
        assert_eq!(patents[1].note.as_ref().unwrap().text, "弁");
        assert_eq!(ja.lists[1].items[0].text.text, "佐藤花子");
        assert_eq!(
            ja.lists[2].items[0].text.text, "動画",
            "a video without caption is named by its kind"
        );
        assert_eq!(ja.pictures[0].caption.lang.as_deref(), Some("en"));
        let zh = Dossier::of(&ex.exhibits[0], Lang::Zh);
        assert_eq!(zh.lists[0].items[0].badge, Some("已授权"));
        assert_eq!(zh.lists[2].items[0].text.text, "视频");
        let bare = Dossier::of(&merged_bare(), Lang::En);
        assert!(bare.lists.is_empty() && bare.pictures.is_empty());
    }
}
