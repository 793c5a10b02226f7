//! Component tests in headless Chromium: mount panels on a context built from fixture
//! catalogues, act like a user on the real DOM, and read what the DOM then shows.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use showcase::catalogue::Sources;
use showcase::ui::{Chips, Ctx, Detail, Facets, Results, Status};
use showcase::url_state::ViewState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const CATALOGUE: &str = r#"{
  "format": "showcase/1", "id": "t", "title": "T", "sample": true,
  "institutions": [
    {"id": "a", "name": {"en": "Alpha University", "ja": "アルファ大学"}, "country": "JP"},
    {"id": "b", "name": {"en": "Beta University", "zh": "贝塔大学"}, "country": "CN"}
  ],
  "fields": [{"id": "agriculture", "name": {"en": "Agriculture", "ja": "農業"}}, {"id": "ict", "name": "ICT"}],
  "exhibits": [
    {"id": "one", "title": {"en": "Rice sensor", "ja": "稲センサー"}, "summary": "s", "institution": "a", "fields": ["agriculture"], "trl": 4,
     "contact": {"email": "tto@example.org"}},
    {"id": "two", "title": {"zh": "智能灌溉"}, "summary": "<img src=x onerror=alert(1)>", "institution": "b", "fields": ["agriculture", "ict"]},
    {"id": "three", "title": "Edge AI", "summary": "s", "institution": "b", "fields": ["ict"], "trl": 8,
     "links": [{"label": "bad", "url": "javascript:alert(1)"}]}
  ]
}"#;

fn mount_panels(query: &str) -> (HtmlElement, Ctx) {
    let doc = document();
    let host: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let mut sources = Sources::new(&[
        "https://h.example/t.json".into(),
        "https://h.example/gone.json".into(),
    ]);
    sources.finish(0, Ok(CATALOGUE.into()));
    sources.finish(1, Err(showcase::catalogue::LoadError::Http { status: 404 }));
    let sources = RwSignal::new(sources);
    let ctx = Ctx::new(
        ViewState::from_query(query),
        sources.read_only(),
        showcase::web::host::own_document(),
    );
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(ctx);
        view! {
            <Status />
            <Facets />
            <Chips />
            <Results />
            <Detail />
        }
    });
    handle.forget();
    (host, ctx)
}

fn all(host: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn click(host: &HtmlElement, selector: &str) {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

fn text(host: &HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

async fn settle() {
    // Effects run on the microtask queue; one macrotask later the DOM reflects them.
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn ticking_a_facet_narrows_cards_and_updates_counts() {
    let (host, ctx) = mount_panels("lang=en");
    settle().await;
    assert_eq!(all(&host, "[data-testid=card]").len(), 3);
    assert_eq!(text(&host, "[data-testid=count]"), "3 of 3 exhibits");

    click(&host, "[data-facet=field] input[value=ict]");
    settle().await;
    assert_eq!(all(&host, "[data-testid=card]").len(), 2);
    assert_eq!(text(&host, "[data-testid=count]"), "2 of 3 exhibits");
    assert_eq!(
        ctx.view.with_untracked(|s| s.to_query()),
        "field=ict&lang=en"
    );
    // Country counts now describe the ict exhibits only: both are Chinese.
    let country_counts: Vec<String> = all(&host, "[data-facet=country] .count")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert_eq!(country_counts, ["2"]);
    assert!(text(&host, "[data-testid=chips]").contains("ICT"));

    click(&host, "[data-testid=clear-all]");
    settle().await;
    assert_eq!(all(&host, "[data-testid=card]").len(), 3);
    host.remove();
}

#[wasm_bindgen_test]
async fn catalogue_text_is_never_markup() {
    let (host, _) = mount_panels("lang=en");
    settle().await;
    let cards = text(&host, "[data-testid=cards]");
    assert!(cards.contains("<img src=x onerror=alert(1)>"));
    assert!(host
        .query_selector("[data-testid=cards] .summary img")
        .unwrap()
        .is_none());
    host.remove();
}

#[wasm_bindgen_test]
async fn a_fallback_title_says_which_language_it_is_in() {
    let (host, _) = mount_panels("lang=ja");
    settle().await;
    let titles: Vec<(String, Option<String>)> = all(&host, ".card-title")
        .iter()
        .map(|h| {
            (
                h.text_content().unwrap_or_default(),
                h.get_attribute("lang"),
            )
        })
        .collect();
    // Text in the UI language needs no mark; text in another language carries its own.
    assert!(titles.contains(&("稲センサー".into(), None)));
    assert!(titles.contains(&("智能灌溉".into(), Some("zh".into()))));
    assert!(text(&host, "[data-testid=cards]").contains("(zh)"));
    host.remove();
}

#[wasm_bindgen_test]
async fn failed_sources_are_listed_while_the_rest_shows() {
    let (host, _) = mount_panels("");
    settle().await;
    let errors = text(&host, "[data-testid=source-errors]");
    assert!(errors.contains("https://h.example/gone.json"), "{errors}");
    assert!(errors.contains("404"), "{errors}");
    assert_eq!(all(&host, "[data-testid=card]").len(), 3);
    // The javascript: link was refused and is reported where it stood.
    assert!(text(&host, "[data-testid=source-problems]").contains("$.exhibits[2].links[0].url"));
    host.remove();
}

#[wasm_bindgen_test]
async fn the_detail_opens_from_state_with_a_prefilled_mailto() {
    let (host, ctx) = mount_panels("exhibit=one&lang=en");
    settle().await;
    let dialog: web_sys::HtmlDialogElement = host
        .query_selector("[data-testid=detail]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(dialog.open());
    let mailto = host
        .query_selector("[data-testid=mailto]")
        .unwrap()
        .unwrap();
    assert_eq!(
        mailto.get_attribute("href").unwrap(),
        "mailto:tto@example.org?subject=Enquiry%20about%3A%20Rice%20sensor"
    );
    ctx.update(|s| s.exhibit = None);
    settle().await;
    assert!(!dialog.open());
    host.remove();
}

#[wasm_bindgen_test]
async fn an_impossible_combination_offers_what_to_loosen() {
    let (host, ctx) = mount_panels("country=JP&field=ict");
    settle().await;
    assert_eq!(all(&host, "[data-testid=card]").len(), 0);
    let empty = text(&host, "[data-testid=empty]");
    assert!(empty.contains("Country: Japan (2)"), "{empty}");
    assert!(empty.contains("Field: ICT (1)"), "{empty}");
    click(&host, "[data-testid=empty] button");
    settle().await;
    assert_eq!(ctx.view.with_untracked(|s| s.to_query()), "field=ict");
    assert_eq!(all(&host, "[data-testid=card]").len(), 2);
    host.remove();
}

#[wasm_bindgen_test]
async fn a_locked_filter_has_no_control_no_chip_and_survives_clear_all() {
    let (host, ctx) = mount_panels("lang=en&embed=1&institution=b&lock=institution");
    settle().await;
    assert_eq!(all(&host, "[data-testid=card]").len(), 2);
    assert!(all(&host, "[data-facet=institution]").is_empty());
    assert!(!all(&host, "[data-facet=field]").is_empty());

    click(&host, "[data-facet=field] input[value=agriculture]");
    settle().await;
    assert_eq!(all(&host, "[data-testid=card]").len(), 1);
    let chips = text(&host, "[data-testid=chips]");
    assert!(chips.contains("Agriculture"), "{chips}");
    assert!(
        !chips.contains("Beta"),
        "no chip for the locked university: {chips}"
    );

    click(&host, "[data-testid=clear-all]");
    settle().await;
    assert_eq!(all(&host, "[data-testid=card]").len(), 2);
    assert_eq!(
        ctx.view.with_untracked(|s| s
            .filters
            .selected(showcase::search::Facet::Institution)
            .to_vec()),
        ["b"]
    );
    // Even a direct change to the view cannot widen it.
    ctx.update(|s| s.filters = Default::default());
    settle().await;
    assert_eq!(all(&host, "[data-testid=card]").len(), 2);
    host.remove();
}

#[wasm_bindgen_test]
async fn matched_text_is_marked_with_elements_and_follows_the_query() {
    // 稻 is the Chinese form of the Japanese title's 稲: folded, it matches and is marked.
    let (host, ctx) = mount_panels("lang=ja&q=%E7%A8%BB");
    settle().await;
    assert_eq!(all(&host, "[data-testid=card]").len(), 1);
    let marks: Vec<String> = all(&host, ".card-title mark")
        .iter()
        .map(|m| m.text_content().unwrap_or_default())
        .collect();
    assert_eq!(marks, ["稲"]);
    assert_eq!(text(&host, ".card-title"), "稲センサー");
    // The same card, kept on the page, follows a new query: a typo of its English title,
    // which the Japanese card does not show, so it marks nothing and says why it matched.
    ctx.update(|v| v.query = "sensr".into());
    settle().await;
    assert_eq!(all(&host, "[data-testid=card]").len(), 1);
    assert!(all(&host, ".card-title mark").is_empty());
    assert_eq!(
        text(&host, "[data-testid=why]"),
        "「sensor」として一致（「sensr」に近い綴り）"
    );
    // A summary that looks like markup stays text, marked or not.
    ctx.update(|v| v.query = "img".into());
    settle().await;
    assert_eq!(all(&host, ".summary img").len(), 0);
    assert_eq!(
        all(&host, ".summary mark")
            .iter()
            .map(|m| m.text_content().unwrap_or_default())
            .collect::<Vec<_>>(),
        ["img"]
    );
}

#[wasm_bindgen_test]
async fn keep_toggles_on_a_card_and_in_the_detail_share_one_shortlist() {
    let (host, ctx) = mount_panels("exhibit=three&lang=en");
    settle().await;
    let pressed = |host: &HtmlElement| -> Vec<String> {
        all(host, "[data-testid=keep]")
            .iter()
            .map(|b| b.get_attribute("aria-pressed").unwrap_or_default())
            .collect()
    };
    // Three cards and the open detail, none kept.
    assert_eq!(pressed(&host), ["false"; 4]);
    click(&host, ".detail [data-testid=keep]");
    settle().await;
    assert_eq!(ctx.shortlist.with_untracked(|s| s.ids()), ["three"]);
    let card = all(&host, ".card [data-testid=keep]");
    let three = card
        .iter()
        .find(|b| {
            b.get_attribute("aria-label")
                .unwrap_or_default()
                .contains("Edge AI")
        })
        .unwrap();
    assert_eq!(three.get_attribute("aria-pressed").as_deref(), Some("true"));
    // The name stays the same in both states: the state is aria-pressed's to tell.
    assert_eq!(three.text_content().as_deref(), Some("Keep"));
    three.click();
    settle().await;
    assert!(ctx.shortlist.with_untracked(|s| s.is_empty()));
    assert_eq!(pressed(&host), ["false"; 4]);
    ctx.update(|s| s.exhibit = None);
    host.remove();
}
