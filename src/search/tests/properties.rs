//! The engine against the definition, and typing against fresh searches.

use proptest::prelude::*;

use super::*;

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

/// Exhibit `i`'s values of `facet`, read from the exhibition itself (not the index).
fn values_of(ex: &Exhibition, i: usize, facet: Facet) -> Vec<String> {
    let e = &ex.exhibits[i];
    match facet {
        Facet::Country => ex
            .institution(&e.institution)
            .map(|i| i.country.clone())
            .into_iter()
            .collect(),
        Facet::Institution => vec![e.institution.clone()],
        Facet::Field => e.fields.clone(),
        Facet::Ip => e.ip.map(|ip| ip.as_str().to_string()).into_iter().collect(),
        Facet::Coop => e
            .cooperation
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        Facet::Event => e.events.clone(),
    }
}

proptest! {
    /// The statistics page's numbers: the results counted per option agree with a count of the
    /// exhibits themselves, and a bar finds what it counts — the view narrowed to that option
    /// alone (or to that TRL) has exactly that many results.
    #[test]
    fn a_spread_counts_the_results_and_each_bar_finds_its_count((text, filters) in arb_filters()) {
        let ex = exhibition();
        let index = SearchIndex::build(&ex);
        let o = run(&ex, &text, filters.clone(), Sort::Relevance);
        let tally = index.spread(&o.results);
        prop_assert_eq!(tally.total, o.results.len());
        for facet in Facet::ALL {
            let mut want: Vec<(String, usize)> = Vec::new();
            for &i in &o.results {
                for v in values_of(&ex, i, facet) {
                    match want.iter_mut().find(|(w, _)| *w == v) {
                        Some((_, n)) => *n += 1,
                        None => want.push((v, 1)),
                    }
                }
            }
            let mut got = tally.options[facet].clone();
            got.sort();
            want.sort();
            prop_assert_eq!(&got, &want, "{:?}", facet);
            let unselected = filters.selected(facet).is_empty();
            let single = matches!(facet, Facet::Country | Facet::Institution | Facet::Ip);
            if unselected || single {
                for (value, count) in &tally.options[facet] {
                    let mut narrowed = filters.clone();
                    narrowed.clear_facet(facet);
                    narrowed.select(facet, value);
                    let found = run(&ex, &text, narrowed, Sort::Relevance).results.len();
                    prop_assert_eq!(found, *count, "{:?} {}", facet, value);
                }
            }
        }
        for level in 1..=9u8 {
            let at = o.results.iter().filter(|&&i| ex.exhibits[i].trl == Some(level)).count();
            prop_assert_eq!(tally.trl[usize::from(level) - 1], at);
            if filters.trl.is_none_or(|r| r.contains(level)) {
                let mut narrowed = filters.clone();
                narrowed.trl = Some(TrlRange::new(level, level));
                prop_assert_eq!(run(&ex, &text, narrowed, Sort::Relevance).results.len(), at);
            }
        }
        let unknown = o.results.iter().filter(|&&i| ex.exhibits[i].trl.is_none()).count();
        prop_assert_eq!(tally.trl_unknown, unknown);
    }
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
        let values = |i: usize, facet: Facet| values_of(&ex, i, facet);
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
        let shared = [SearchIndex::build(&ex), SearchIndex::build(&ex).always_narrowing(&ex)];
        let titles = TitleOrder::simple(&ex, "en");
        let mut filters = Filters::default();
        if let Some(f) = field {
            filters.select(Facet::Field, f);
        }
        for text in steps {
            let query = Query { text: text.to_string(), filters: filters.clone(), sort: Sort::Relevance };
            let fresh = SearchIndex::build(&ex);
            let expected = (fresh.run(&ex, &query, &titles), fresh.scores(&ex, text));
            for index in &shared {
                let got = (index.run(&ex, &query, &titles), index.scores(&ex, text));
                prop_assert_eq!(&got, &expected, "{}", text);
            }
        }
    }
}
