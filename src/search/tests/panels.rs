//! What fits on screen: folded and searched facets, pages, the note under a long facet.

use super::*;

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
        plan: Default::default(),
        suggestion: None,
        indirect: Vec::new(),
    };
    assert_eq!(outcome(0).pages(), 1);
    assert!(outcome(0).page(3).is_empty());
    let o = outcome(2 * PAGE_SIZE + 1);
    assert_eq!(o.pages(), 3);
    assert_eq!(o.page(0), &o.results[..PAGE_SIZE]);
    assert_eq!(o.page(2), &o.results[2 * PAGE_SIZE..]);
    assert_eq!(o.page_index(99), 2);
    assert_eq!(o.page(99), o.page(2));
    // Start-up builds a page a few cards per frame, in order, until the page is whole.
    assert_eq!(
        o.page_built(0, cards_after_frames(0)),
        &o.results[..CARDS_PER_FRAME]
    );
    assert_eq!(o.page_built(2, cards_after_frames(0)), o.page(2));
    let whole = (0..).find(|&f| cards_after_frames(f) == PAGE_SIZE).unwrap();
    assert_eq!(o.page_built(0, cards_after_frames(whole)), o.page(0));
    assert_eq!(cards_after_frames(usize::MAX), PAGE_SIZE);
}

#[test]
fn facets_address_their_arrays_in_declaration_order() {
    for (slot, facet) in Facet::ALL.into_iter().enumerate() {
        assert_eq!(facet.slot(), slot);
    }
    let per = PerFacet::from_fn(|f| f.param());
    assert_eq!(per[Facet::Coop], "coop");
    assert_eq!(per.iter().map(|(f, _)| f).collect::<Vec<_>>(), Facet::ALL);
}

#[test]
fn a_long_facet_panel_says_what_it_leaves_out() {
    assert_eq!(ListNote::of(0, 0, true, false), ListNote::NoMatch);
    assert_eq!(ListNote::of(3, 12, true, false), ListNote::Hidden(12));
    assert_eq!(ListNote::of(50, 400, false, true), ListNote::Hidden(400));
    // Folded and untyped, the "Show more" button speaks instead.
    assert_eq!(ListNote::of(10, 400, false, false), ListNote::Nothing);
    assert!(offers_more(400, false, false));
    assert!(offers_more(0, false, true), "expanded: offers fewer");
    assert!(!offers_more(400, true, false));
    assert!(!offers_more(0, false, false));
}
