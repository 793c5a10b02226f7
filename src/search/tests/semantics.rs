//! What a query finds, how it ranks, and what the facets count.

use super::*;

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
    // The word being typed matches the words it starts: every institution here.
    assert_eq!(by("universit"), ["rice", "herb", "drone", "edge", "soil"]);
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

#[test]
fn patents_inventors_and_media_captions_are_searched_and_rank_below_titles() {
    let ex = exhibition_of(
        r#"{"format": "showcase/1.1", "id": "x", "title": "X",
          "institutions": [{"id": "u", "name": "U", "country": "JP"}],
          "exhibits": [
            {"id": "a", "title": "Valve", "summary": "", "institution": "u",
             "patents": [{"number": "JP2021-123456", "status": "granted",
                          "title": {"en": "Check valve", "ja": "逆止弁"}}],
             "inventors": [{"name": {"en": "Hanako Sato", "ja": "佐藤花子"}}]},
            {"id": "b", "title": "Pump", "summary": "", "institution": "u",
             "media": [{"kind": "video", "url": "https://example.org/v", "caption": "pump demonstration"}]},
            {"id": "c", "title": "Demonstration rig", "summary": "", "institution": "u"}
          ]}"#,
    );
    let find = |q: &str| ids(&ex, &run(&ex, q, Filters::default(), Sort::Relevance));
    assert_eq!(find("JP2021-123456"), ["a"]);
    assert_eq!(find("逆止弁"), ["a"]);
    assert_eq!(find("sato"), ["a"]);
    // The catalogue's own translation of the inventor's name is in the thesaurus.
    assert_eq!(find("佐藤花子"), ["a"]);
    assert_eq!(find("demonstration"), ["c", "b"]);
}
