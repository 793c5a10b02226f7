use super::*;
use proptest::prelude::*;

fn plan(query: &str) -> Plan {
    Plan::build(query, |_| Vec::new())
}

fn marked<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
    marks(&plan(query), text)
        .into_iter()
        .map(|m| &text[m.range])
        .collect()
}

#[test]
fn words_scripts_and_typos_are_marked_in_the_original_text() {
    assert_eq!(
        marked("A Solid-State Battery for EVs", "battery"),
        ["Battery"]
    );
    assert_eq!(marked("Ｂａｔｔｅｒｙ pack", "batery"), ["Ｂａｔｔｅｒｙ"]);
    assert_eq!(marked("稻作の抗旱品種", "稲作"), ["稻作"]);
    assert_eq!(
        marked("钢铁 and 鐵鋼", "鉄鋼"),
        ["钢铁"]
            .iter()
            .take(0)
            .chain(["鐵鋼"].iter())
            .copied()
            .collect::<Vec<_>>()
    );
    // The word being typed is marked where it starts a word, not inside one.
    assert_eq!(marked("hydrogen and dehydration", "hydro"), ["hydrogen"]);
    assert!(marked("nothing here", "xylophone").is_empty());
}

#[test]
fn a_composed_kana_is_marked_with_its_voicing_mark() {
    // ｶﾞｽ is two half-width characters for ガ: the mark covers both.
    assert_eq!(marked("ｶﾞｽ発電", "ガス"), ["ｶﾞｽ"]);
}

#[test]
fn a_snippet_starts_near_the_first_mark() {
    let text = "word ".repeat(40) + "hydrogen storage";
    let m = marks(&plan("hydrogen"), &text);
    let start = snippet_start(&text, &m, 60);
    assert!(start > 0 && start < m[0].range.start);
    assert!(text[start..].starts_with("word"));
    assert_eq!(
        snippet_start(
            "hydrogen first",
            &marks(&plan("hydrogen"), "hydrogen first"),
            60
        ),
        0
    );
}

#[test]
fn explain_says_when_a_typo_or_another_language_matched() {
    let typo = explain(&plan("batery"), ["Solid-state battery"]);
    assert_eq!(
        typo,
        [Via {
            asked: "batery".into(),
            found: "battery".into(),
            kind: ViaKind::Typo
        }]
    );
    assert!(explain(&plan("battery"), ["Solid-state battery"]).is_empty());
    let thesaurus = Plan::build("ドローン", |s| match s {
        "ドローン" => vec!["无人机".to_owned()],
        _ => vec![],
    });
    assert_eq!(
        explain(&thesaurus, ["基于无人机的水稻监测"]),
        [Via {
            asked: "ドローン".into(),
            found: "无人机".into(),
            kind: ViaKind::Thesaurus
        }]
    );
}

proptest! {
    /// Whatever the text, every mark is a whole stretch of it whose normal form is what the
    /// term matched: the term itself (CJK), or a word it matches (alphabetic).
    #[test]
    fn marks_cover_exactly_the_matched_text(
        before in "[a-zA-Z 稲稻作ｶﾞ]{0,12}",
        after in "[a-zA-Z 稲稻作ｶﾞ]{0,12}",
        term in prop::sample::select(vec!["稲作", "rice", "paddy"]),
    ) {
        let text = format!("{before} {term} {after}");
        let plan = plan(&format!("{term} "));
        let found = marks(&plan, &text);
        prop_assert!(!found.is_empty());
        for m in &found {
            let normal = crate::search::normalize(&text[m.range.clone()]);
            let piece = &plan.clauses[0].alternatives[0].pieces[0];
            match piece.run {
                Run::Cjk => prop_assert!(normal.contains(&piece.text), "{normal}"),
                Run::Word => prop_assert!(word_match(&piece.text, &normal, false).is_some(), "{normal}"),
            }
        }
        for pair in found.windows(2) {
            prop_assert!(pair[0].range.end < pair[1].range.start);
        }
    }
}

#[test]
fn explain_quotes_the_visitor_and_the_exhibit_as_they_wrote() {
    // The index holds folded, lower-cased strings; the reason shows neither.
    let plan = Plan::build("東京", |s| match s {
        "东京" => vec!["tokyo".to_owned()],
        _ => vec![],
    });
    assert_eq!(
        explain(&plan, ["Tokyo Tech"]),
        [Via {
            asked: "東京".into(),
            found: "Tokyo".into(),
            kind: ViaKind::Thesaurus
        }]
    );
    let typo = explain(&Plan::build("batery", |_| vec![]), ["Solid-State BATTERY"]);
    assert_eq!(typo[0].found, "BATTERY");
}
