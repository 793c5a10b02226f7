//! Search across scripts and languages: every exhibit here is written in one script only, as
//! real catalogues are; a query in another script, language or spelling still finds it.

use proptest::prelude::*;

use super::*;

const MONOLINGUAL: &str = r#"{
  "format": "showcase/1", "id": "m", "title": "M",
  "institutions": [
    {"id": "a", "name": {"ja": "東北大学"}, "country": "JP"},
    {"id": "b", "name": {"zh": "浙江大学"}, "country": "CN"}
  ],
  "fields": [{"id": "energy", "name": {"en": "Energy", "zh": "能源", "ja": "エネルギー"}}],
  "exhibits": [
    {"id": "rice-ja", "title": {"ja": "稲作向け気象センサー"}, "summary": {"ja": "水田の気象を測る。"}, "institution": "a", "fields": []},
    {"id": "rice-zh", "title": {"zh": "稻作节水灌溉"}, "summary": {"zh": "节水。"}, "institution": "b", "fields": []},
    {"id": "power-zh", "title": {"zh": "小型风力发电机"}, "summary": {"zh": "用于农村的发电系统。"}, "institution": "b", "fields": ["energy"]},
    {"id": "steel-tw", "title": {"zh-TW": "鐵鋼廢料再利用"}, "summary": {"zh-TW": "廢鐵回收。"}, "institution": "b", "fields": []},
    {"id": "steel-ja", "title": {"ja": "鉄鋼スラグの肥料化"}, "summary": {"ja": "鉄鋼業の副産物。"}, "institution": "a", "fields": []},
    {"id": "weather-zh", "title": {"zh": "气象卫星数据同化"}, "summary": {"zh": "数值预报。"}, "institution": "b", "fields": []},
    {"id": "drone-ja", "title": {"ja": "農薬散布ロボット"}, "summary": {"ja": "圃場で使う。"}, "institution": "a", "fields": [],
     "keywords": [{"zh": "无人机", "ja": "ドローン"}]},
    {"id": "drone-zh", "title": {"zh": "无人机植保"}, "summary": {"zh": "喷洒农药。"}, "institution": "b", "fields": []},
    {"id": "battery", "title": {"en": "Solid-state battery separator"}, "summary": {"en": "Read by a sensor in the cell."}, "institution": "a", "fields": ["energy"]},
    {"id": "sensor", "title": {"en": "Soil moisture sensor network"}, "summary": {"en": "Low-power radio."}, "institution": "a", "fields": []},
    {"id": "sensors", "title": {"en": "Sensors for hydrogen storage"}, "summary": {"en": "Leak detection."}, "institution": "b", "fields": [],
     "keywords": [{"en": "machine learning", "zh": "机器学习"}]},
    {"id": "ml-zh", "title": {"zh": "机器学习辅助育种"}, "summary": {"zh": "育种。"}, "institution": "b", "fields": []}
  ]
}"#;

fn find(query: &str) -> Vec<String> {
    let ex = exhibition_of(MONOLINGUAL);
    ids(&ex, &run(&ex, query, Filters::default(), Sort::Relevance))
}

#[test]
fn a_query_finds_the_same_characters_in_any_script() {
    assert_eq!(find("稲作"), ["rice-ja", "rice-zh"]);
    assert_eq!(find("稻作"), ["rice-zh", "rice-ja"]);
    assert_eq!(find("发电"), ["power-zh"]);
    assert_eq!(find("発電"), ["power-zh"]);
    assert_eq!(find("鐵鋼"), ["steel-tw", "steel-ja"]);
    assert_eq!(find("鉄鋼"), ["steel-ja", "steel-tw"]);
    assert_eq!(find("気象"), ["rice-ja", "weather-zh"]);
    assert_eq!(find("气象"), ["weather-zh", "rice-ja"]);
    // Institution names fold too.
    assert_eq!(find("東北"), find("东北"));
}

#[test]
fn the_catalogues_translations_find_other_languages() {
    // drone-ja has the keyword in both languages; drone-zh only says 无人机.
    assert_eq!(find("ドローン"), ["drone-ja", "drone-zh"]);
    // A field name in three languages: エネルギー finds what 能源 and Energy find.
    assert_eq!(find("エネルギー"), ["power-zh", "battery"]);
    // A multi-word keyword is looked up whole.
    assert_eq!(find("machine learning"), ["sensors", "ml-zh"]);
    let ex = exhibition_of(MONOLINGUAL);
    let o = run(&ex, "ドローン", Filters::default(), Sort::Relevance);
    let zh = ex.exhibits.iter().position(|e| e.id == "drone-zh").unwrap();
    let texts = ex.exhibits[zh]
        .title
        .all()
        .chain(ex.exhibits[zh].summary.all());
    assert_eq!(
        explain(&o.plan, texts),
        [Via {
            asked: "ドローン".into(),
            found: "无人机".into(),
            kind: ViaKind::Thesaurus
        }]
    );
}

#[test]
fn alphabetic_words_forgive_typos_by_length() {
    assert_eq!(find("batery"), ["battery"]);
    // "sensr" is one edit from "sensor" (in two exhibits) and two from "sensors".
    assert_eq!(find("sensr "), ["sensor", "battery"]);
    assert_eq!(find("hydorgen"), ["sensors"]);
    // Four letters or fewer: no typos ("cel" is not "cell"), but the word being typed matches
    // the words it starts.
    assert!(find("cel ").is_empty());
    assert_eq!(find("cel"), ["battery"]);
    // CJK is never fuzzed.
    assert!(find("稲花").is_empty());
}

#[test]
fn ranking_follows_the_documented_order() {
    // Exact in a title, exact in a summary, then the typo ("sensors") even though it is in a
    // title.
    assert_eq!(find("sensor "), ["sensor", "battery", "sensors"]);
    // The word being typed: exact first, then the words it starts.
    assert_eq!(find("sensor"), ["sensor", "battery", "sensors"]);
    // The whole query as a phrase outranks its words apart.
    assert_eq!(find("moisture sensor"), ["sensor"]);
    assert_eq!(find("sensor network"), ["sensor"]);
}

#[test]
fn when_nothing_matches_the_nearest_spelling_is_suggested() {
    let ex = exhibition_of(MONOLINGUAL);
    let suggest = |q: &str| run(&ex, q, Filters::default(), Sort::Relevance).suggestion;
    assert_eq!(suggest("hydrgn").as_deref(), Some("hydrogen"));
    assert_eq!(
        suggest("soil moistr netwk").as_deref(),
        Some("soil moisture network")
    );
    // A word that is there, or nothing near: no suggestion.
    assert_eq!(suggest("battery"), None);
    assert_eq!(suggest("xylophone"), None);
    // A suggestion must have results under the active filters.
    let energy = with(&[(Facet::Field, "energy")]);
    assert_eq!(run(&ex, "hydrgn", energy, Sort::Relevance).suggestion, None);
}

/// Members of a few variant classes: any may stand for any other.
const CLASSES: [&str; 6] = ["稲稻", "発發发", "鉄鐵铁", "気氣气", "電电", "鋼钢"];

proptest! {
    /// A query in any script finds what the same query in another script finds.
    #[test]
    fn every_script_of_a_query_finds_the_same(picks in prop::collection::vec((0usize..6, 0usize..3, 0usize..3), 1..4)) {
        let ex = exhibition_of(MONOLINGUAL);
        let spell = |which: usize| -> String {
            picks.iter().map(|&(class, a, b)| {
                let members: Vec<char> = CLASSES[class].chars().collect();
                members[[a, b][which] % members.len()]
            }).collect()
        };
        let found = |q: String| {
            let mut r = run(&ex, &q, Filters::default(), Sort::Relevance).results;
            r.sort_unstable();
            r
        };
        prop_assert_eq!(found(spell(0)), found(spell(1)));
    }

    /// A document that matches every term exactly always outranks one that needs a typo.
    #[test]
    fn typo_matches_never_outrank_exact_ones(query in prop::sample::select(vec!["sensor ", "battery ", "storage ", "network ", "separator "])) {
        let ex = exhibition_of(MONOLINGUAL);
        let index = SearchIndex::build(&ex);
        let scores = index.scores(&ex, query);
        let plan = index.plan(&ex, query);
        let exact = |doc: usize| {
            let e = &ex.exhibits[doc];
            let texts: Vec<&str> = e.title.all().chain(e.summary.all()).collect();
            marks(&plan, &texts.join(" ")).iter().all(|m| m.kind == crate::search::score::Kind::Exact)
                && !marks(&plan, &texts.join(" ")).is_empty()
        };
        for a in (0..scores.len()).filter(|&d| scores[d].is_some() && exact(d)) {
            for b in (0..scores.len()).filter(|&d| scores[d].is_some() && !exact(d)) {
                prop_assert!(scores[a] > scores[b], "{} vs {}", ex.exhibits[a].id, ex.exhibits[b].id);
            }
        }
    }
}
