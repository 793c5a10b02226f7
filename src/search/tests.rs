//! Search and facet semantics over a small exhibition written for the purpose.

use proptest::prelude::*;

use super::*;
use crate::catalogue::{parse_document, Document, Exhibition};

const FIXTURE: &str = r#"{
  "format": "showcase/1", "id": "t", "title": "T",
  "institutions": [
    {"id": "hzau", "name": {"en": "Huazhong Agricultural University", "zh": "华中农业大学"}, "country": "CN"},
    {"id": "hbucm", "name": {"en": "Hubei University of Chinese Medicine", "zh": "湖北中医药大学"}, "country": "CN"},
    {"id": "tuat", "name": {"en": "Tokyo University of Agriculture and Technology", "ja": "東京農工大学"}, "country": "JP"},
    {"id": "aizu", "name": {"en": "University of Aizu", "ja": "会津大学"}, "country": "JP"}
  ],
  "fields": [
    {"id": "agriculture", "name": {"en": "Agriculture", "zh": "农业", "ja": "農業"}},
    {"id": "tcm", "name": {"en": "Traditional Chinese medicine", "zh": "中医药", "ja": "中医学"}},
    {"id": "ict", "name": {"en": "Information and AI", "zh": "信息与人工智能", "ja": "情報・AI"}},
    {"id": "low-carbon", "name": {"en": "Low carbon", "zh": "低碳", "ja": "低炭素"}}
  ],
  "events": [{"id": "seminar-tcm", "name": "TCM seminar"}],
  "exhibits": [
    {"id": "rice", "title": {"en": "Drought-tolerant rice", "zh": "抗旱水稻"}, "summary": {"en": "Marker-assisted breeding."},
     "institution": "hzau", "fields": ["agriculture"], "trl": 5, "ip": "granted", "cooperation": ["licensing"], "updated": "2022-11-01"},
    {"id": "herb", "title": {"en": "Herbal extract standard", "zh": "中药提取物标准"}, "summary": {"zh": "中医药质量控制。"},
     "institution": "hbucm", "fields": ["tcm"], "trl": 7, "ip": "pending", "cooperation": ["licensing", "joint-research"],
     "events": ["seminar-tcm"], "updated": "2022-11-20"},
    {"id": "drone", "title": {"en": "Crop-monitoring drones", "ja": "作物監視ドローン"}, "summary": {"ja": "ＡＩで農業を支援する。"},
     "institution": "tuat", "fields": ["agriculture", "ict"], "trl": 3, "cooperation": ["joint-research"]},
    {"id": "edge", "title": {"en": "Edge AI for factories"}, "summary": {"en": "Low-power inference."},
     "institution": "aizu", "fields": ["ict", "low-carbon"], "ip": "none", "cooperation": ["consulting"], "updated": "2022-10-05",
     "keywords": [{"en": "embedded"}, {"ja": "組込み"}]},
    {"id": "soil", "title": {"en": "Soil carbon sensor", "ja": "土壌炭素センサー"}, "summary": {"en": "Measures carbon in farmland (low-carbon agriculture)."},
     "institution": "tuat", "fields": ["agriculture", "low-carbon"], "trl": 6, "ip": "granted", "cooperation": ["licensing", "transfer"]}
  ]
}"#;

fn exhibition() -> Exhibition {
    match parse_document(FIXTURE, "t.json").unwrap() {
        Document::Catalogue {
            catalogue,
            problems,
        } => {
            assert!(problems.is_empty(), "{problems:?}");
            Exhibition::merge([&catalogue])
        }
        other => panic!("{other:?}"),
    }
}

fn ids(ex: &Exhibition, outcome: &Outcome) -> Vec<String> {
    outcome
        .results
        .iter()
        .map(|&i| ex.exhibits[i].id.clone())
        .collect()
}

fn run(ex: &Exhibition, text: &str, filters: Filters, sort: Sort) -> Outcome {
    let index = SearchIndex::build(ex);
    index.run(
        ex,
        &Query {
            text: text.into(),
            filters,
            sort,
        },
        &TitleOrder::simple(ex, "en"),
    )
}

fn count(outcome: &Outcome, facet: Facet, value: &str) -> usize {
    outcome
        .facets
        .iter()
        .find(|f| f.facet == facet)
        .and_then(|f| f.options.iter().find(|o| o.value == value))
        .map_or(0, |o| o.count)
}

fn with(pairs: &[(Facet, &str)]) -> Filters {
    let mut f = Filters::default();
    for (facet, v) in pairs {
        f.select(*facet, v);
    }
    f
}

#[test]
fn the_empty_query_shows_everything_in_catalogue_order() {
    let ex = exhibition();
    let o = run(&ex, "", Filters::default(), Sort::Relevance);
    assert_eq!(ids(&ex, &o), ["rice", "herb", "drone", "edge", "soil"]);
    assert_eq!(count(&o, Facet::Country, "JP"), 3);
    assert_eq!(count(&o, Facet::Field, "agriculture"), 3);
    assert_eq!(o.trl_counts, [0, 0, 1, 0, 1, 1, 1, 0, 0]);
    assert!(o.relax.is_empty());
}

#[test]
fn cjk_two_character_queries_find_their_exhibits() {
    let ex = exhibition();
    // 農業 appears in a Japanese summary and as the Japanese name of the agriculture field.
    let o = run(&ex, "農業", Filters::default(), Sort::Relevance);
    assert_eq!(ids(&ex, &o), ["rice", "drone", "soil"]);
    assert_eq!(
        ids(&ex, &run(&ex, "中医", Filters::default(), Sort::Relevance)),
        ["herb"]
    );
    assert_eq!(
        ids(&ex, &run(&ex, "低碳", Filters::default(), Sort::Relevance)),
        ["edge", "soil"]
    );
    assert_eq!(
        ids(&ex, &run(&ex, "抗旱", Filters::default(), Sort::Relevance)),
        ["rice"]
    );
}

#[test]
fn width_and_case_do_not_matter() {
    let ex = exhibition();
    let full = run(&ex, "ＡＩ", Filters::default(), Sort::Relevance);
    let half = run(&ex, "ai", Filters::default(), Sort::Relevance);
    assert_eq!(ids(&ex, &full), ids(&ex, &half));
    assert!(ids(&ex, &full).contains(&"edge".to_string()));
    assert_eq!(
        ids(
            &ex,
            &run(&ex, "DROUGHT", Filters::default(), Sort::Relevance)
        ),
        ["rice"]
    );
}

#[test]
fn all_terms_must_match_and_title_hits_rank_first() {
    let ex = exhibition();
    assert_eq!(
        ids(
            &ex,
            &run(&ex, "carbon sensor", Filters::default(), Sort::Relevance)
        ),
        ["soil"]
    );
    assert!(
        run(&ex, "carbon xylophone", Filters::default(), Sort::Relevance)
            .results
            .is_empty()
    );
    // "carbon" is in soil's title but only in edge's field name.
    assert_eq!(
        ids(
            &ex,
            &run(&ex, "carbon", Filters::default(), Sort::Relevance)
        ),
        ["soil", "edge"]
    );
    // Keywords and institution names are searched in every language.
    assert_eq!(
        ids(
            &ex,
            &run(&ex, "組込み", Filters::default(), Sort::Relevance)
        ),
        ["edge"]
    );
    assert_eq!(
        ids(&ex, &run(&ex, "会津", Filters::default(), Sort::Relevance)),
        ["edge"]
    );
}

#[test]
fn institution_and_field_names_find_exhibits_and_rank_between_keywords_and_summaries() {
    let ex = exhibition();
    let by = |text| ids(&ex, &run(&ex, text, Filters::default(), Sort::Relevance));
    assert_eq!(by("aizu"), ["edge"]);
    // Japanese names, while nothing else about these exhibits is in Japanese.
    assert_eq!(by("東京農工"), ["drone", "soil"]);
    // A title hit outranks a field name ("Low carbon").
    assert_eq!(by("carbon"), ["soil", "edge"]);
    // A name that starts with the term outranks one that merely contains it.
    assert_eq!(by("universit"), ["edge", "rice", "herb", "drone", "soil"]);
}

#[test]
fn or_within_a_facet_and_across_facets() {
    let ex = exhibition();
    let o = run(
        &ex,
        "",
        with(&[(Facet::Field, "tcm"), (Facet::Field, "ict")]),
        Sort::Relevance,
    );
    assert_eq!(ids(&ex, &o), ["herb", "drone", "edge"]);
    let o = run(
        &ex,
        "",
        with(&[
            (Facet::Field, "agriculture"),
            (Facet::Country, "JP"),
            (Facet::Ip, "granted"),
        ]),
        Sort::Relevance,
    );
    assert_eq!(ids(&ex, &o), ["soil"]);
}

#[test]
fn counts_describe_what_ticking_an_option_would_yield() {
    let ex = exhibition();
    let o = run(&ex, "", with(&[(Facet::Country, "JP")]), Sort::Relevance);
    // Within a facet, counts ignore that facet's own selection…
    assert_eq!(count(&o, Facet::Country, "CN"), 2);
    assert_eq!(count(&o, Facet::Country, "JP"), 3);
    // …and other facets count under it.
    assert_eq!(count(&o, Facet::Field, "agriculture"), 2);
    assert_eq!(count(&o, Facet::Field, "tcm"), 0);
    assert_eq!(count(&o, Facet::Coop, "licensing"), 1);
}

#[test]
fn selected_options_stay_listed_even_at_zero() {
    let ex = exhibition();
    let o = run(
        &ex,
        "",
        with(&[(Facet::Ip, "unpublished")]),
        Sort::Relevance,
    );
    assert!(o.results.is_empty());
    let ip = o.facets.iter().find(|f| f.facet == Facet::Ip).unwrap();
    assert!(ip
        .options
        .iter()
        .any(|opt| opt.value == "unpublished" && opt.selected && opt.count == 0));
    assert_eq!(o.relax, [(Constraint::Facet(Facet::Ip), 5)]);
}

#[test]
fn the_trl_range_excludes_unrated_exhibits_and_counts_levels() {
    let ex = exhibition();
    let mut f = Filters::default();
    f.trl = Some(TrlRange::new(5, 7));
    let o = run(&ex, "", f.clone(), Sort::Relevance);
    assert_eq!(ids(&ex, &o), ["rice", "herb", "soil"]);
    // The histogram ignores the range itself, so the slider shows what lies outside it.
    assert_eq!(o.trl_counts[2], 1);
    f.trl = Some(TrlRange::new(4, 4));
    assert!(run(&ex, "", f, Sort::Relevance).results.is_empty());
}

#[test]
fn the_empty_state_knows_what_loosening_each_constraint_gives() {
    let ex = exhibition();
    let mut f = with(&[(Facet::Country, "CN"), (Facet::Field, "ict")]);
    f.trl = Some(TrlRange::new(1, 9));
    let o = run(&ex, "drone", f, Sort::Relevance);
    assert!(o.results.is_empty());
    // Without the query: CN ∧ ict → nothing; without CN: drone (JP, ict, TRL 3) → 1.
    assert_eq!(
        o.relax,
        [
            (Constraint::Text, 0),
            (Constraint::Facet(Facet::Country), 1),
            (Constraint::Facet(Facet::Field), 0),
            (Constraint::Trl, 0),
        ]
    );
}

#[test]
fn title_order_follows_the_given_collation() {
    let ex = exhibition();
    let index = SearchIndex::build(&ex);
    let query = Query {
        sort: Sort::Title,
        ..Query::default()
    };
    // Reverse order stands in for a language's collator: the engine must obey it.
    let reversed = TitleOrder::build(&ex, "en", |a, b| b.cmp(a));
    let o = index.run(&ex, &query, &reversed);
    assert_eq!(ids(&ex, &o), ["soil", "herb", "edge", "rice", "drone"]);
    // Titles are taken in the requested language: in zh, "herb" and "rice" have Chinese titles.
    let zh = TitleOrder::simple(&ex, "zh");
    let o = index.run(&ex, &query, &zh);
    assert_eq!(ids(&ex, &o), ["drone", "edge", "soil", "herb", "rice"]);
}

#[test]
fn sorts() {
    let ex = exhibition();
    let by = |sort| ids(&ex, &run(&ex, "", Filters::default(), sort));
    assert_eq!(by(Sort::Title), ["drone", "rice", "edge", "herb", "soil"]);
    assert_eq!(by(Sort::Trl), ["herb", "soil", "rice", "drone", "edge"]);
    assert_eq!(by(Sort::Updated), ["herb", "rice", "edge", "drone", "soil"]);
}

fn arb_filters() -> impl Strategy<Value = (String, Filters)> {
    let values: Vec<(Facet, &str)> = vec![
        (Facet::Country, "CN"),
        (Facet::Country, "JP"),
        (Facet::Institution, "tuat"),
        (Facet::Institution, "hbucm"),
        (Facet::Field, "agriculture"),
        (Facet::Field, "ict"),
        (Facet::Field, "low-carbon"),
        (Facet::Ip, "granted"),
        (Facet::Coop, "licensing"),
        (Facet::Coop, "joint-research"),
        (Facet::Event, "seminar-tcm"),
    ];
    (
        prop::sample::select(vec!["", "a", "carbon", "農業", "ai", "zz"]),
        prop::sample::subsequence(values, 0..4),
        prop::option::of((1u8..=9, 1u8..=9)),
    )
        .prop_map(|(text, picked, trl)| {
            let mut f = with(&picked);
            f.trl = trl.map(|(a, b)| TrlRange::new(a, b));
            (text.to_string(), f)
        })
}

proptest! {
    /// The engine agrees with the definition: a brute-force check of every exhibit.
    #[test]
    fn results_and_counts_agree_with_brute_force((text, filters) in arb_filters()) {
        let ex = exhibition();
        let o = run(&ex, &text, filters.clone(), Sort::Relevance);
        let text_ok = |i: usize| {
            let all = run(&ex, &text, Filters::default(), Sort::Relevance);
            all.results.contains(&i)
        };
        let values = |i: usize, facet: Facet| -> Vec<String> {
            let e = &ex.exhibits[i];
            match facet {
                Facet::Country => vec![ex.country_of(e).to_string()],
                Facet::Institution => vec![e.institution.clone()],
                Facet::Field => e.fields.clone(),
                Facet::Ip => e.ip.map(|ip| ip.as_str().to_string()).into_iter().collect(),
                Facet::Coop => e.cooperation.iter().map(|c| c.as_str().to_string()).collect(),
                Facet::Event => e.events.clone(),
            }
        };
        let passes = |i: usize, skip: Option<Facet>| {
            Facet::ALL.into_iter().filter(|f| Some(*f) != skip).all(|f| {
                let sel = filters.selected(f);
                sel.is_empty() || values(i, f).iter().any(|v| sel.contains(v))
            }) && filters.trl.is_none_or(|r| ex.exhibits[i].trl.is_some_and(|t| r.contains(t)))
        };
        let expected: Vec<usize> = (0..ex.exhibits.len()).filter(|&i| text_ok(i) && passes(i, None)).collect();
        let mut got = o.results.clone();
        got.sort();
        prop_assert_eq!(&got, &expected);
        for fc in &o.facets {
            for opt in &fc.options {
                let want = (0..ex.exhibits.len())
                    .filter(|&i| text_ok(i) && passes(i, Some(fc.facet)) && values(i, fc.facet).contains(&opt.value))
                    .count();
                prop_assert_eq!(opt.count, want, "{:?} {}", fc.facet, opt.value);
            }
            // Single-valued facets with nothing selected partition the results exactly.
            if matches!(fc.facet, Facet::Country | Facet::Institution) && filters.selected(fc.facet).is_empty() {
                let sum: usize = fc.options.iter().map(|o| o.count).sum();
                prop_assert_eq!(sum, o.results.len());
            }
        }
    }
}

proptest! {
    /// One index answering a typing session (so later queries narrow from earlier ones) gives
    /// exactly what a fresh index gives for each query on its own.
    #[test]
    fn narrowing_while_typing_changes_no_answer(
        steps in proptest::collection::vec(
            prop::sample::select(vec![
                "", "r", "ri", "ric", "rice", "rice s", "rice soil", "s", "so", "a", "ai", "ai zz",
                "農", "農業", "carb", "carbon", "carbon a", "zz",
            ]),
            1..10,
        ),
        field in prop::option::of(prop::sample::select(vec!["agriculture", "ict"])),
    ) {
        let ex = exhibition();
        // The default narrows only from few matches; the other one always narrows.
        let shared = [SearchIndex::build(&ex), SearchIndex::build(&ex).always_narrowing()];
        let titles = TitleOrder::simple(&ex, "en");
        let mut filters = Filters::default();
        if let Some(f) = field {
            filters.select(Facet::Field, f);
        }
        for text in steps {
            let query = Query { text: text.to_string(), filters: filters.clone(), sort: Sort::Relevance };
            let fresh = SearchIndex::build(&ex);
            let expected = (fresh.run(&ex, &query, &titles), fresh.scores(text));
            for index in &shared {
                let got = (index.run(&ex, &query, &titles), index.scores(text));
                prop_assert_eq!(&got, &expected, "{}", text);
            }
        }
    }
}

#[test]
fn a_folded_facet_keeps_the_busiest_and_the_selected_options_in_catalogue_order() {
    let option = |value: &str, count: usize, selected: bool| FacetOption {
        value: value.to_string(),
        count,
        selected,
    };
    let facet = FacetCounts {
        facet: Facet::Institution,
        options: vec![
            option("a", 1, false),
            option("b", 9, false),
            option("c", 0, true),
            option("d", 5, false),
            option("e", 9, false),
        ],
    };
    let values = |limit| -> Vec<&str> {
        facet
            .folded(limit)
            .iter()
            .map(|o| o.value.as_str())
            .collect()
    };
    assert_eq!(values(2), ["b", "c", "e"]);
    assert_eq!(values(3), ["b", "c", "d", "e"]);
    assert_eq!(values(5), ["a", "b", "c", "d", "e"]);
}

#[test]
fn a_long_facet_lists_what_the_visitor_types_and_says_how_many_more_there_are() {
    let names = [
        ("kyoto-u", "Kyoto University 京都大学"),
        ("kit", "Kyoto Institute of Technology 京都工芸繊維大学"),
        ("tokyo-u", "University of Tokyo 東京大学"),
        ("hzau", "Huazhong Agricultural University 华中农业大学"),
    ];
    let facet = FacetCounts {
        facet: Facet::Institution,
        options: names
            .iter()
            .enumerate()
            .map(|(i, (value, _))| FacetOption {
                value: value.to_string(),
                count: i + 1,
                selected: *value == "kyoto-u",
            })
            .collect(),
    };
    let text = |v: &str| names.iter().find(|(id, _)| *id == v).unwrap().1.to_string();
    let listed = |limit, filter: &str| -> (Vec<String>, usize) {
        let l = facet.listed(limit, filter, text);
        (l.options.iter().map(|o| o.value.clone()).collect(), l.more)
    };
    // No filter: the folded list (busiest plus selected) and the rest counted.
    assert_eq!(listed(1, ""), (vec!["kyoto-u".into(), "hzau".into()], 2));
    assert_eq!(
        listed(9, " "),
        (names.iter().map(|n| n.0.to_string()).collect(), 0)
    );
    // A filter matches any of the names, width and case aside, in catalogue order.
    assert_eq!(
        listed(9, "ＫＹＯＴＯ"),
        (vec!["kyoto-u".into(), "kit".into()], 0)
    );
    assert_eq!(listed(1, "京都"), (vec!["kyoto-u".into()], 1));
    assert_eq!(listed(9, "农业"), (vec!["hzau".into()], 0));
    assert_eq!(listed(9, "osaka"), (Vec::new(), 0));
}

#[test]
fn pages_hold_page_size_results_and_a_page_past_the_end_shows_the_last() {
    let outcome = |n: usize| Outcome {
        results: (0..n).collect(),
        facets: Vec::new(),
        trl_counts: [0; 9],
        relax: Vec::new(),
    };
    assert_eq!(outcome(0).pages(), 1);
    assert!(outcome(0).page(3).is_empty());
    let o = outcome(2 * PAGE_SIZE + 1);
    assert_eq!(o.pages(), 3);
    assert_eq!(o.page(0), &o.results[..PAGE_SIZE]);
    assert_eq!(o.page(2), &o.results[2 * PAGE_SIZE..]);
    assert_eq!(o.page_index(99), 2);
    assert_eq!(o.page(99), o.page(2));
}
