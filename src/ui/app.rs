//! The root component: owns the state, the loaded data and the search outcome, and shares
//! them with every panel through one context value.

use std::sync::Arc;

use leptos::prelude::*;

use super::{
    chips::Chips, detail::Detail, facets::Facets, header::Header, results::Results,
    search_box::SearchBox, status::Status, url_sync,
};
use crate::catalogue::{resolve, Exhibition, Sources};
use crate::fetch;
use crate::i18n::{t, Lang, Msg};
use crate::search::{Outcome, Query, SearchIndex, Sort, TitleOrder};
use crate::url_state::ViewState;

/// Used when the URL names no catalogue: the index shipped next to the app.
pub const DEFAULT_CATALOGUE: &str = "catalogues/index.json";

/// An exhibition with its search index, rebuilt only when a source finishes loading.
pub struct Loaded {
    pub ex: Exhibition,
    pub index: SearchIndex,
}

/// Identity, not contents: every rebuild is news, and comparing exhibitions would cost more
/// than the rebuild it might save.
impl PartialEq for Loaded {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

#[derive(Clone, Copy)]
pub struct Ctx {
    pub state: RwSignal<ViewState>,
    pub lang: Memo<Lang>,
    pub sources: RwSignal<Sources>,
    pub data: Memo<Arc<Loaded>>,
    pub outcome: Memo<Arc<Outcome>>,
}

impl Ctx {
    /// Derives everything the panels read from the view state and the sources. Fetching and
    /// URL syncing are the caller's business, so tests can build a context from fixtures.
    pub fn new(state: RwSignal<ViewState>, sources: RwSignal<Sources>) -> Ctx {
        let browser_lang = browser_language();
        let lang = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(browser_lang));
        // Progress chunks change `sources` often; only a finished source changes the data.
        let finished = Memo::new(move |_| sources.with(|s| (s.done(), s.slots.len())));
        let data = Memo::new(move |_| {
            // `get`, not `track`: a Memo read through `track` alone did not re-run this one.
            let _finished = finished.get();
            let ex = sources.with_untracked(Sources::exhibition);
            let index = SearchIndex::build(&ex);
            Arc::new(Loaded { ex, index })
        });
        let query = Memo::new(move |_| {
            state.with(|s| Query {
                text: s.query.clone(),
                filters: s.filters.clone(),
                sort: s.sort,
            })
        });
        let titles = Memo::new(move |_| {
            let code = lang.get().code();
            data.with(|d| Arc::new(collated_titles(&d.ex, code)))
        });
        let outcome = Memo::new(move |_| {
            let loaded = data.get();
            // Collating every title costs a JS call per comparison: only pay it to sort by title.
            let by_title = query.with(|q| q.sort == Sort::Title);
            let titles = if by_title {
                titles.get()
            } else {
                Arc::default()
            };
            Arc::new(query.with(|q| loaded.index.run(&loaded.ex, q, &titles)))
        });
        Ctx {
            state,
            lang,
            sources,
            data,
            outcome,
        }
    }

    /// Interface text in the current language (reactive).
    pub fn t(&self, msg: Msg) -> &'static str {
        t(self.lang.get(), msg)
    }

    /// The loaded exhibition's name in the current language, when its sources give one.
    pub fn exhibition_title(&self) -> Option<String> {
        let code = self.lang.get().code();
        self.sources
            .with(|s| s.title().map(|t| t.get(code).text.to_owned()))
            .filter(|t| !t.trim().is_empty())
    }

    pub fn update(&self, change: impl FnOnce(&mut ViewState)) {
        self.state.update(change);
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(url_sync::initial_state());
    url_sync::sync(state);

    let ctx = Ctx::new(state, RwSignal::new(Sources::default()));
    let Ctx { lang, sources, .. } = ctx;
    let generation = StoredValue::new(0u64);
    let catalogue_urls = Memo::new(move |_| state.with(|s| s.catalogues.clone()));
    Effect::new(move |_| {
        let listed = catalogue_urls.get();
        let base = document_base();
        let urls: Vec<String> = if listed.is_empty() {
            vec![resolve(&base, DEFAULT_CATALOGUE)]
        } else {
            listed.iter().map(|u| resolve(&base, u)).collect()
        };
        fetch::load_all(urls, sources, generation);
    });
    provide_context(ctx);

    Effect::new(move |_| {
        let lang = lang.get();
        let doc = document();
        let title = ctx.exhibition_title();
        doc.set_title(title.as_deref().unwrap_or(t(lang, Msg::AppTitle)));
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    view! {
        // Landmarks stay top-level (banner, search, complementary, main) and the DOM order is
        // the focus order: language, search, filters, results.
        <div class="showcase">
            <Header />
            <div class="layout">
                <SearchBox />
                <Facets />
                <main class="results-area" id="results">
                    <Status />
                    <Chips />
                    <Results />
                    <Detail />
                </main>
            </div>
        </div>
    }
}

/// Title order in the language's own collation (pinyin for zh, kana order for ja), from the
/// browser's `Intl.Collator`; code-point order if that is unavailable.
fn collated_titles(ex: &Exhibition, code: &str) -> TitleOrder {
    let locales = js_sys::Array::of1(&code.into());
    let collator = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new());
    let compare = collator.compare();
    TitleOrder::build(ex, code, |a, b| {
        let result = compare.call2(&wasm_bindgen::JsValue::NULL, &a.into(), &b.into());
        match result.ok().and_then(|v| v.as_f64()) {
            Some(n) if n < 0.0 => std::cmp::Ordering::Less,
            Some(n) if n > 0.0 => std::cmp::Ordering::Greater,
            Some(_) => std::cmp::Ordering::Equal,
            None => a.cmp(b),
        }
    })
}

fn browser_language() -> Lang {
    let languages = window().navigator().languages();
    let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
    Lang::negotiate(tags.iter().map(String::as_str))
}

/// The absolute URL relative catalogue URLs resolve against: the document's base, so the app
/// works from any sub-path of any host.
fn document_base() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .or_else(|| location().href().ok())
        .unwrap_or_default()
}

/// Lets components look up the context without repeating the type.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}
