//! What matched, on screen: catalogue text cut into marked and unmarked stretches (drawn as
//! `<mark>` elements around text nodes, never as markup), a summary's snippet around its first
//! match, why an exhibit matched when not by the visitor's own words, and "Did you mean …?".

use crate::catalogue::Exhibition;
use crate::i18n::{t, tf, Lang, Msg};
use crate::search::{explain, marks, snippet_start, Mark, Plan, ViaKind};

/// A stretch of catalogue text, marked when the query matched it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub marked: bool,
}

/// `text` cut at its marks; one unmarked segment when nothing matched.
pub fn segments(text: &str, plan: &Plan) -> Vec<Segment> {
    cut(text, 0, &marks(plan, text))
}

/// Characters of a summary shown before its first match, at most; a card shows a few lines.
const SNIPPET_LEAD: usize = 80;

/// A summary's segments from a little before its first match, with "…" in front when the
/// start is cut off, so the match is in the lines a card shows.
pub fn summary_segments(text: &str, plan: &Plan) -> Vec<Segment> {
    let marks = marks(plan, text);
    let start = snippet_start(text, &marks, SNIPPET_LEAD);
    let mut out = cut(text, start, &marks);
    if start > 0 {
        out.insert(
            0,
            Segment {
                text: "…".into(),
                marked: false,
            },
        );
    }
    out
}

/// `text` from byte `from` on, cut at `marks`.
fn cut(text: &str, from: usize, marks: &[Mark]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = from;
    let unmarked = |s: &str| Segment {
        text: s.to_owned(),
        marked: false,
    };
    for mark in marks.iter().filter(|m| m.range.end > from) {
        let start = mark.range.start.max(from);
        if start > at {
            out.push(unmarked(&text[at..start]));
        }
        out.push(Segment {
            text: text[start..mark.range.end].to_owned(),
            marked: true,
        });
        at = mark.range.end;
    }
    if at < text.len() || out.is_empty() {
        out.push(unmarked(&text[at..]));
    }
    out
}

/// Why exhibit `index` matched, one sentence per term it matched only through another
/// language's word or a near spelling ("Found as “无人机” (“ドローン” in another language)").
pub fn why_matched(exhibition: &Exhibition, index: usize, plan: &Plan, lang: Lang) -> Vec<String> {
    if !plan.can_match_indirectly() {
        return Vec::new();
    }
    let exhibit = &exhibition.exhibits[index];
    let names = (exhibition
        .institution(&exhibit.institution)
        .map(|i| &i.name)
        .into_iter())
    .chain(
        exhibit
            .fields
            .iter()
            .filter_map(|f| exhibition.field(f))
            .map(|f| &f.name),
    );
    let texts = (std::iter::once(&exhibit.title))
        .chain(std::iter::once(&exhibit.summary))
        .chain(&exhibit.keywords)
        .chain(names)
        .flat_map(|text| text.all());
    explain(plan, texts)
        .into_iter()
        .map(|via| {
            let msg = match via.kind {
                ViaKind::Thesaurus => Msg::MatchThesaurus,
                ViaKind::Typo => Msg::MatchTypo,
            };
            tf(lang, msg, &[("asked", &via.asked), ("found", &via.found)])
        })
        .collect()
}

/// "Did you mean {suggestion}?" around the suggestion: the text before it and after it, so
/// the suggestion itself can be a button.
pub fn did_you_mean(lang: Lang) -> (&'static str, &'static str) {
    let template = t(lang, Msg::EmptySuggest);
    template
        .split_once("{suggestion}")
        .unwrap_or((template, ""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::labels::fixture::merged;
    use crate::search::SearchIndex;

    fn plan(query: &str) -> Plan {
        Plan::build(query, |_| Vec::new())
    }

    fn shown(segments: &[Segment]) -> String {
        (segments.iter())
            .map(|s| {
                if s.marked {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn text_is_cut_at_its_marks_and_nothing_is_lost() {
        assert_eq!(
            shown(&segments("Solid-state battery pack", &plan("battery"))),
            "Solid-state [battery] pack"
        );
        assert_eq!(
            shown(&segments("稻作と稲作", &plan("稲作"))),
            "[稻作]と[稲作]"
        );
        // Text that looks like markup is only text.
        assert_eq!(
            shown(&segments("<mark>x</mark>", &plan("x"))),
            "<mark>[x]</mark>"
        );
        assert_eq!(
            segments("nothing", &plan("zz")),
            [Segment {
                text: "nothing".into(),
                marked: false
            }]
        );
        assert_eq!(segments("", &plan("zz")).len(), 1);
    }

    #[test]
    fn a_long_summary_starts_near_its_first_match() {
        let text = format!(
            "{} the hydrogen catalyst.",
            "Background sentence. ".repeat(10)
        );
        let shown = shown(&summary_segments(&text, &plan("hydrogen")));
        assert!(shown.starts_with('…'), "{shown}");
        assert!(shown.contains("[hydrogen]"));
        assert!(shown.len() < text.len());
    }

    #[test]
    fn why_names_the_other_language_or_the_spelling() {
        let ex = merged(
            r#"{"format": "showcase/1", "id": "x", "title": "X",
              "institutions": [{"id": "u", "name": "U", "country": "CN"}],
              "exhibits": [
                {"id": "a", "title": {"zh": "无人机植保"}, "summary": "-", "institution": "u", "fields": []},
                {"id": "b", "title": {"ja": "散布"}, "summary": "battery", "institution": "u", "fields": [], "keywords": [{"zh": "无人机", "ja": "ドローン"}]}
              ]}"#,
        );
        let index = SearchIndex::build(&ex);
        let p = index.plan(&ex, "ドローン");
        assert_eq!(
            why_matched(&ex, 0, &p, Lang::En),
            ["Found as “无人机” (“ドローン” in another language)"]
        );
        assert!(why_matched(&ex, 1, &p, Lang::En).is_empty());
        let typo = index.plan(&ex, "batery");
        assert_eq!(
            why_matched(&ex, 1, &typo, Lang::Ja),
            ["「battery」として一致（「batery」に近い綴り）"]
        );
    }

    #[test]
    fn did_you_mean_surrounds_the_suggestion_in_every_language() {
        for lang in Lang::ALL {
            let (before, after) = did_you_mean(lang);
            assert!(!before.is_empty(), "{lang:?}");
            assert!(!before.contains('{') && !after.contains('{'));
        }
    }
}
