use proptest::prelude::*;

use super::*;
use crate::search::{Facet, TrlRange};
use crate::url_state::ViewState;

fn presentation(query: &str) -> Presentation {
    Presentation::from_state(&ViewState::from_query(query))
}

#[test]
fn reads_presentation_parameters_and_ignores_nonsense() {
    let p = presentation(
        "embed=1&institution=hokkaido-u&lock=institution&lock=lang,trl&lock=bogus&theme=dark&accent=1A73E8",
    );
    assert!(p.embedded);
    assert_eq!(p.screen, Screen::Exhibits);
    assert_eq!(
        p.locks,
        [Lock::Facet(Facet::Institution), Lock::Lang, Lock::Trl]
    );
    assert_eq!(p.theme, Some(Theme::Dark));
    assert_eq!(p.accent.as_ref().map(Accent::css), Some("#1a73e8"));

    let q = presentation("embed=yes&theme=purple&accent=red&page=embed");
    assert!(!q.embedded);
    assert_eq!((q.theme, q.accent), (None, None));
    assert_eq!(q.screen, Screen::EmbedCode);
}

#[test]
fn the_code_page_is_shown_on_the_full_page_only() {
    assert!(presentation("page=embed&country=JP").shows_code_screen());
    assert!(!presentation("page=embed&embed=1").shows_code_screen());
    assert!(!presentation("page=other").shows_code_screen());
}

#[test]
fn accents_are_hex_colours_only() {
    assert_eq!(Accent::parse("#abc").unwrap().css(), "#aabbcc");
    assert_eq!(Accent::parse("0B5CAD").unwrap().param(), "0b5cad");
    for bad in [
        "",
        "#",
        "red",
        "#abcd",
        "#12345g",
        "123;background:url(x)",
        "#1234567",
    ] {
        assert_eq!(Accent::parse(bad), None, "{bad}");
    }
    assert_eq!(Accent::parse("#ffffff").unwrap().text_colour(), "#000000");
    assert_eq!(Accent::parse("#a4262c").unwrap().text_colour(), "#ffffff");
    assert_eq!(Accent::parse("#ffd400").unwrap().text_colour(), "#000000");
}

fn luminance(hex: &str) -> f64 {
    let c = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * c(1) + 0.7152 * c(3) + 0.0722 * c(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

proptest! {
    #[test]
    fn text_on_any_accent_meets_aa(r in 0u8.., g in 0u8.., b in 0u8..) {
        let accent = Accent::parse(&format!("{r:02x}{g:02x}{b:02x}")).unwrap();
        let ratio = contrast(accent.css(), accent.text_colour());
        prop_assert!(ratio >= 4.5, "{} on {}: {ratio:.2}", accent.text_colour(), accent.css());
    }
}

#[test]
fn kiosk_idle_and_timeout_are_read_in_range_and_written_back_canonically() {
    let p = presentation("kiosk=1");
    assert_eq!(
        p.kiosk,
        Some(Kiosk {
            idle: KIOSK_IDLE_DEFAULT
        })
    );
    assert_eq!(p.source_timeout(), SOURCE_TIMEOUT_DEFAULT);
    let p = presentation("idle=90&kiosk=1&timeout=5");
    assert_eq!(p.kiosk, Some(Kiosk { idle: 90 }));
    assert_eq!(p.source_timeout(), 5);
    assert_eq!(
        p.to_pairs(),
        [
            ("kiosk", "1".to_owned()),
            ("idle", "90".to_owned()),
            ("timeout", "5".to_owned())
        ]
    );
    // Out of range or not a number: the default, as for any parameter that makes no sense.
    let p = presentation("kiosk=1&idle=4&timeout=0");
    assert_eq!(
        p.kiosk,
        Some(Kiosk {
            idle: KIOSK_IDLE_DEFAULT
        })
    );
    assert_eq!(p.source_timeout(), SOURCE_TIMEOUT_DEFAULT);
    assert_eq!(presentation("idle=90").kiosk, None);
    assert_eq!(presentation("kiosk=0").kiosk, None);
    assert_eq!(presentation("timeout=ten").timeout, None);
}

#[test]
fn a_booth_screen_keeps_visitors_in_the_showcase_and_has_no_personal_tools() {
    assert_eq!(presentation("").outbound(), Outbound::Link);
    assert_eq!(presentation("embed=1").outbound(), Outbound::NewTab);
    assert_eq!(presentation("kiosk=1").outbound(), Outbound::Text);
    assert_eq!(presentation("kiosk=1&embed=1").outbound(), Outbound::Text);
    assert!(presentation("embed=1").personal_tools());
    assert!(!presentation("kiosk=1").personal_tools());
}

#[test]
fn locks_hold_against_any_change_but_only_when_embedded() {
    let pinned = ViewState::from_query("institution=hokkaido-u&lang=ja&q=rice&field=tcm");
    let p = presentation("embed=1&lock=institution&lock=lang&lock=q");
    let mut next = ViewState::from_query("institution=kyoto-u&field=agriculture&lang=en&trl=2-4");
    p.enforce(&pinned, &mut next);
    assert_eq!(next.filters.selected(Facet::Institution), ["hokkaido-u"]);
    assert_eq!(next.lang, pinned.lang);
    assert_eq!(next.query, "rice");
    // What is not locked stays as the visitor set it.
    assert_eq!(next.filters.selected(Facet::Field), ["agriculture"]);
    assert_eq!(next.filters.trl, Some(TrlRange::new(2, 4)));

    let mut free = ViewState::from_query("institution=kyoto-u");
    presentation("lock=institution").enforce(&pinned, &mut free);
    assert_eq!(free.filters.selected(Facet::Institution), ["kyoto-u"]);
}

proptest! {
    #[test]
    fn enforced_state_is_pinned_where_locked_and_free_elsewhere(
        pinned_ids in proptest::collection::vec(0usize..4, 0..3),
        next_ids in proptest::collection::vec(0usize..4, 0..3),
        lock_mask in 0u16..512,
        trl in proptest::option::of((1u8..=9, 1u8..=9)),
    ) {
        let ids = ["a", "b", "c", "d"];
        let mut pinned = ViewState::default();
        let mut next = ViewState { query: "next".into(), ..ViewState::default() };
        for (slot, f) in Facet::ALL.into_iter().enumerate() {
            for i in &pinned_ids {
                pinned.filters.select(f, ids[(i + slot) % 4]);
            }
            for i in &next_ids {
                next.filters.select(f, ids[(i * 3 + slot) % 4]);
            }
        }
        next.filters.trl = trl.map(|(a, b)| TrlRange::new(a, b));
        let locks: Vec<Lock> = Lock::ALL
            .into_iter()
            .enumerate()
            .filter(|(i, _)| lock_mask & (1 << i) != 0)
            .map(|(_, l)| l)
            .collect();
        let p = Presentation { embedded: true, locks: locks.clone(), ..Presentation::default() };
        let before = next.clone();
        p.enforce(&pinned, &mut next);
        for f in Facet::ALL {
            let expected = if locks.contains(&Lock::Facet(f)) { &pinned } else { &before };
            prop_assert_eq!(next.filters.selected(f), expected.filters.selected(f));
        }
        let expected = if locks.contains(&Lock::Trl) { &pinned } else { &before };
        prop_assert_eq!(next.filters.trl, expected.filters.trl);
        let expected = if locks.contains(&Lock::Query) { &pinned } else { &before };
        prop_assert_eq!(&next.query, &expected.query);
    }
}

#[test]
fn standalone_drops_presentation_but_keeps_strangers() {
    let s =
        ViewState::from_query("embed=1&lock=field&field=tcm&utm_source=x&theme=dark&page=embed");
    assert_eq!(standalone(&s).to_query(), "field=tcm&utm_source=x");
    let p = presentation("embed=1&lock=field&accent=fff");
    assert_eq!(
        with_presentation(&s, &p).to_query(),
        "field=tcm&utm_source=x&embed=1&lock=field&accent=ffffff"
    );
}

#[test]
fn data_attributes_become_the_same_query_string() {
    let q = query_from_attributes([
        ("data-showcase", ""),
        ("class", "partner-box"),
        (
            "data-catalogue",
            " https://u.example/a.json   https://u.example/b.json ",
        ),
        ("data-institution", "hokkaido-u kyoto-u"),
        ("data-q", "rice paddy"),
        ("data-lock", "institution lang"),
        ("data-lang", "ja"),
        ("id", "x"),
    ]);
    let state = ViewState::from_query(&q);
    assert_eq!(
        state.catalogues,
        ["https://u.example/a.json", "https://u.example/b.json"]
    );
    assert_eq!(
        state.filters.selected(Facet::Institution),
        ["hokkaido-u", "kyoto-u"]
    );
    assert_eq!(state.query, "rice paddy");
    assert_eq!(state.lang, Some(crate::i18n::Lang::Ja));
    let p = Presentation::from_state(&state);
    assert!(p.embedded, "a script embed is always chrome-less");
    assert_eq!(p.locks, [Lock::Facet(Facet::Institution), Lock::Lang]);
}

fn choice() -> EmbedChoice {
    EmbedChoice {
        app_url: "https://cdn.example/a/b/".into(),
        view: ViewState::from_query(
            "catalogue=https://u.example/c.json?v=1&x=2&institution=hokkaido-u&field=tcm&field=agriculture\
             &q=rice+%22paddy%22&lang=ja&exhibit=x-1&p=3&embed=1&lock=country",
        ),
        presentation: Presentation {
            embedded: true,
            locks: vec![Lock::Facet(Facet::Institution), Lock::Lang],
            theme: Some(Theme::Dark),
            accent: Accent::parse("#0b5cad"),
            ..Presentation::default()
        },
        title: "Hokkaido \"University\" <exhibits>".into(),
    }
}

#[test]
fn iframe_snippet_escapes_and_carries_every_choice() {
    let c = choice();
    let url = c.frame_url();
    assert!(url.starts_with("https://cdn.example/a/b/?"));
    let p = Presentation::from_state(&ViewState::from_query(url.split_once('?').unwrap().1));
    assert!(p.embedded);
    assert_eq!(
        p.locks, c.presentation.locks,
        "the view's own stale lock is replaced"
    );
    assert_eq!(p.theme, Some(Theme::Dark));
    assert!(!url.contains("exhibit="), "an embed starts on the list");
    assert!(!url.contains("p=3"), "at its first page");
    let snippet = c.iframe_snippet();
    assert!(snippet.contains("title=\"Hokkaido &quot;University&quot; &lt;exhibits&gt;\""));
    assert!(snippet.contains("&amp;institution=hokkaido-u"));
    assert!(
        !snippet.contains("&institution"),
        "raw & inside an attribute"
    );
    assert!(snippet.contains("src=\"https://cdn.example/a/b/embed-frame.js\""));
}

/// Reads `name="value"` pairs back, undoing the escaping: what a browser does with the snippet.
fn attributes_of(html: &str) -> Vec<(String, String)> {
    let tag = &html[..html.find('>').unwrap()];
    let mut out = Vec::new();
    for part in tag.split("\" ") {
        if let Some((k, v)) = part.split_once("=\"") {
            let name = k.split_whitespace().last().unwrap();
            let v = v
                .trim_end_matches('"')
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            out.push((name.to_owned(), v));
        }
    }
    out
}

#[test]
fn script_snippet_round_trips_to_the_same_view() {
    let c = choice();
    let snippet = c.script_snippet();
    assert!(snippet.starts_with("<div data-showcase data-catalogue="));
    assert!(snippet
        .ends_with("<script type=\"module\" src=\"https://cdn.example/a/b/embed.js\"></script>"));
    assert!(!snippet.contains("data-embed"));
    let attrs = attributes_of(&snippet);
    let q = query_from_attributes(attrs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let state = ViewState::from_query(&q);
    let expected = c.embedded_view();
    assert_eq!(standalone(&state), standalone(&expected));
    let p = Presentation::from_state(&state);
    assert_eq!(p, c.presentation);
}

#[test]
fn a_lock_toggles_in_and_out_and_names_the_constraint_it_pins() {
    let mut p = presentation("embed=1&lock=q");
    p.toggle_lock(Lock::Trl);
    assert_eq!(p.locks, [Lock::Query, Lock::Trl]);
    p.toggle_lock(Lock::Query);
    assert_eq!(p.locks, [Lock::Trl]);
    use crate::search::Constraint;
    assert_eq!(Lock::of(Constraint::Text), Lock::Query);
    assert_eq!(
        Lock::of(Constraint::Facet(Facet::Event)),
        Lock::Facet(Facet::Event)
    );
    assert_eq!(Lock::of(Constraint::Trl), Lock::Trl);
}

#[test]
fn the_choice_for_a_view_has_absolute_catalogues_and_the_default_order() {
    let host = crate::host::Host::partner_element(
        "https://cdn.example/a/b/",
        "https://uni.example/pages/research.html",
    );
    let view = ViewState::from_query("catalogue=ours.json&sort=trl&field=tcm");
    let p = presentation("embed=1&lock=field&theme=light");
    let c = EmbedChoice::for_view(&view, &p, &host, "T".into());
    assert_eq!(c.app_url, "https://cdn.example/a/b/");
    assert_eq!(c.view.catalogues, ["https://uni.example/pages/ours.json"]);
    assert_eq!(c.view.sort, Default::default());
    assert_eq!(c.presentation.locks, [Lock::Facet(Facet::Field)]);
    assert_eq!(c.presentation.theme, Some(Theme::Light));
    assert!(
        c.presentation.embedded,
        "what the snippets show is an embed"
    );
}

#[test]
fn height_reports_are_whole_pixels_and_previews_stay_within_bounds() {
    assert_eq!(reported_height(480.2, 0.0), 481.0);
    assert_eq!(reported_height(300.0, 812.5), 813.0);
    assert_eq!(preview_height(50.0), 200);
    assert_eq!(preview_height(1234.0), 1234);
    assert_eq!(preview_height(1e9), 4000);
}

#[test]
fn attributes_group_list_values_and_keep_the_last_single_value() {
    let attrs = attributes_from_query("field=a&field=b&lang=en&lang=ja&embed=1&q=x+y");
    assert_eq!(
        attrs,
        [
            ("field".to_string(), "a b".to_string()),
            ("lang".to_string(), "ja".to_string()),
            ("q".to_string(), "x y".to_string()),
        ]
    );
}

#[test]
fn follow_up_pages_and_kept_ids_are_read_and_written_back() {
    let p = presentation("page=compare&keep=rice,%20solar,rice,Bad%20Id,,seed");
    assert_eq!(p.screen, Screen::Compare);
    assert_eq!(p.keep, ["rice", "solar", "seed"]);
    assert_eq!(
        p.to_pairs(),
        [
            ("page", "compare".to_owned()),
            ("keep", "rice,solar,seed".to_owned())
        ]
    );
    assert_eq!(presentation("page=shortlist").screen, Screen::Shortlist);
    let long: Vec<String> = (0..150).map(|i| format!("x{i}")).collect();
    let p = presentation(&format!("keep={}", long.join(",")));
    assert_eq!(p.keep.len(), SHARED_AT_MOST);
    for screen in [
        Screen::Shortlist,
        Screen::Compare,
        Screen::Export,
        Screen::Check,
    ] {
        assert_eq!(Screen::parse(screen.param().unwrap()), Some(screen));
    }
    // The second bundle carries the follow-up pages, embedded or not.
    assert!(presentation("page=export&embed=1").shows_lazy_screen());
    assert!(presentation("page=shortlist").shows_lazy_screen());
    assert!(!presentation("page=check&embed=1").shows_lazy_screen());
    assert!(!presentation("q=rice").shows_lazy_screen());
}

#[test]
fn a_locked_embed_scopes_what_leaves_it_to_its_locked_question() {
    let pinned = ViewState::from_query("embed=1&lock=field,lang&field=agri&country=JP&q=rice");
    let scope = Presentation::from_state(&pinned)
        .locked_scope(&pinned)
        .unwrap();
    assert_eq!(scope.filters.selected(Facet::Field), ["agri"]);
    assert!(
        scope.filters.selected(Facet::Country).is_empty(),
        "not locked"
    );
    assert_eq!(scope.text, "");
    let lang_only = ViewState::from_query("embed=1&lock=lang&lang=ja");
    assert_eq!(
        Presentation::from_state(&lang_only).locked_scope(&lang_only),
        None
    );
    let page = ViewState::from_query("lock=field&field=agri");
    assert_eq!(Presentation::from_state(&page).locked_scope(&page), None);
}

proptest! {
    /// A shared list's link, through the address bar and back: the same screen and ids.
    #[test]
    fn a_kept_list_survives_the_url_round_trip(
        ids in proptest::collection::vec("[a-z0-9][a-z0-9_-]{0,20}", 0..120),
        screen in proptest::sample::select(vec![Screen::Shortlist, Screen::Compare, Screen::Export]),
        mine: bool,
        embedded: bool,
    ) {
        let mut keep: Vec<String> = Vec::new();
        for id in ids {
            if !keep.contains(&id) && keep.len() < SHARED_AT_MOST {
                keep.push(id);
            }
        }
        let mine = mine && !keep.is_empty();
        let p = Presentation { embedded, screen, keep, mine, ..Presentation::default() };
        let url = with_presentation(&ViewState::from_query("q=rice&field=agri"), &p).to_query();
        let back = ViewState::from_query(&url);
        prop_assert_eq!(Presentation::from_state(&back), p);
        prop_assert_eq!(back.query.as_str(), "rice");
    }
}
