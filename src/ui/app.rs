//! The root component: owns the state, the loaded data and the search outcome, and shares
//! them with every panel through one context value.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::{
    chips::Chips,
    detail::Detail,
    embed_bar::EmbedBar,
    facets::Facets,
    frame,
    header::Header,
    host::{Host, HostKind},
    pages,
    results::Results,
    search_box::SearchBox,
    status::Status,
    theme, timing, url_sync,
};
use crate::catalogue::{resolve, Exhibition, Sources};
use crate::embed::{Page, Presentation};
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
    pub host: StoredValue<Host>,
    /// The view as the app started: what locks pin.
    pub pinned: StoredValue<ViewState>,
    pub presentation: Memo<Presentation>,
    pub lang: Memo<Lang>,
    pub sources: RwSignal<Sources>,
    pub data: Memo<Arc<Loaded>>,
    pub outcome: Memo<Arc<Outcome>>,
}

impl Ctx {
    /// Derives everything the panels read from the view state and the sources. Fetching and
    /// URL syncing are the caller's business, so tests can build a context from fixtures.
    pub fn new(state: RwSignal<ViewState>, sources: RwSignal<Sources>) -> Ctx {
        Ctx::hosted(state, sources, Host::page())
    }

    pub fn hosted(state: RwSignal<ViewState>, sources: RwSignal<Sources>, host: Host) -> Ctx {
        let pinned = StoredValue::new(state.get_untracked());
        let presentation = Memo::new(move |_| state.with(Presentation::from_state));
        let browser_lang = browser_language();
        let lang = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(browser_lang));
        // Progress chunks change `sources` often; only a finished source changes the data.
        let finished = Memo::new(move |_| sources.with(|s| (s.done(), s.slots.len())));
        let data = Memo::new(move |_| {
            // `get`, not `track`: a Memo read through `track` alone did not re-run this one.
            let _finished = finished.get();
            timing::measure("showcase:index", || {
                let ex = sources.with_untracked(Sources::exhibition);
                let index = SearchIndex::build(&ex);
                Arc::new(Loaded { ex, index })
            })
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
            timing::measure("showcase:query", || {
                Arc::new(query.with(|q| loaded.index.run(&loaded.ex, q, &titles)))
            })
        });
        Ctx {
            state,
            host: StoredValue::new(host),
            pinned,
            presentation,
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

    /// The same, as one reactive text type for views: every label shares its render code.
    pub fn text(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(msg)
    }

    /// The loaded exhibition's name in the current language, when its sources give one.
    pub fn exhibition_title(&self) -> Option<String> {
        let code = self.lang.get().code();
        self.sources
            .with(|s| s.title().map(|t| t.get(code).text.to_owned()))
            .filter(|t| !t.trim().is_empty())
    }

    /// What to call what is shown: the exhibition's name, else the product's.
    pub fn display_title(&self) -> String {
        self.exhibition_title()
            .unwrap_or_else(|| self.t(Msg::AppTitle).to_owned())
    }

    /// Changes the view; locked parts of an embed snap back to their pinned values, and a new
    /// question starts on its first page of answers.
    pub fn update(&self, change: impl FnOnce(&mut ViewState)) {
        // Read before the write: the presentation is derived from the state being written.
        let presentation = self.presentation.get_untracked();
        self.state.update(|s| {
            let before = s.clone();
            change(s);
            self.settle(&presentation, &before, s);
        });
    }

    /// Kept out of the generic `update`, which is instantiated once per call site.
    #[inline(never)]
    fn settle(&self, presentation: &Presentation, before: &ViewState, s: &mut ViewState) {
        self.pinned
            .with_value(|pinned| presentation.enforce(pinned, s));
        s.restart_paging(before);
    }

    pub fn embedded(&self) -> bool {
        self.presentation.with(|p| p.embedded)
    }

    /// A link to `state` that works where the app is hosted.
    pub fn href(&self, state: &ViewState) -> String {
        self.host.with_value(|h| h.href(state))
    }
}

/// The app on its own page: the URL is the state.
#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(url_sync::initial_state());
    let host = Host::page();
    url_sync::sync(
        state,
        host.framed || Presentation::from_state(&state.get_untracked()).embedded,
    );
    view! { <Showcase state host /> }
}

/// The catalogues a view shows: those it lists, else the bundled index.
fn catalogue_urls(host: &Host, listed: &[String]) -> Vec<String> {
    if listed.is_empty() {
        vec![resolve(&host.app_base, DEFAULT_CATALOGUE)]
    } else {
        listed.iter().map(|u| resolve(&host.doc_base, u)).collect()
    }
}

/// The app in a partner's element (script embed): its attributes are its URL.
#[component]
pub fn Embedded(initial: ViewState, host: Host) -> impl IntoView {
    view! { <Showcase state=RwSignal::new(initial) host /> }
}

#[component]
fn Showcase(state: RwSignal<ViewState>, host: Host) -> impl IntoView {
    let owns_document = host.owns_document();
    let framed = host.framed;
    // Loading from the first paint: no "0 exhibits" before the fetches start.
    let first = state.with_untracked(|s| catalogue_urls(&host, &s.catalogues));
    let ctx = Ctx::hosted(state, RwSignal::new(Sources::new(&first)), host);
    let Ctx {
        lang,
        sources,
        presentation,
        ..
    } = ctx;
    let generation = StoredValue::new(0u64);
    let listed_catalogues = Memo::new(move |_| state.with(|s| s.catalogues.clone()));
    Effect::new(move |_| {
        let listed = listed_catalogues.get();
        let urls = ctx.host.with_value(|h| catalogue_urls(h, &listed));
        fetch::load_all(urls, sources, generation);
    });
    provide_context(ctx);

    if owns_document {
        Effect::new(move |_| {
            let lang = lang.get();
            let doc = document();
            doc.set_title(&ctx.display_title());
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
        });
    }

    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = root.get() {
            presentation.with(|p| theme::apply_accent(&el, p));
        }
    });
    if framed {
        frame::report_height(root);
    }
    if !owns_document {
        Effect::new(move |_| {
            if let Some(el) = root.get() {
                theme::scale_to_visitor_font(&el);
            }
        });
    }
    // Memos, so that other presentation changes (theme, locks) do not rebuild these branches.
    let chrome_less = Memo::new(move |_| presentation.with(|p| p.embedded));
    let code_page = Memo::new(move |_| presentation.with(Presentation::shows_code_page));
    let embedded = move || chrome_less.get();
    let theme = move || {
        presentation.with(|p| match p.page {
            Page::Exhibition => p.theme.map(|t| t.as_str()),
            Page::EmbedCode => None,
        })
    };
    let element = ctx.host.with_value(|h| h.kind == HostKind::Element);

    view! {
        // Landmarks stay top-level (banner, search, complementary, main) and the DOM order is
        // the focus order: language, search, filters, results. On a partner's page the
        // landmarks are theirs: the whole showcase is one named region (the results list is
        // a named region already).
        <div
            node_ref=root
            class="showcase"
            class:embedded=embedded
            class:framed=framed
            class:in-element=element
            data-theme=theme
            lang=move || lang.get().code()
            role=element.then_some("region")
            aria-label=move || {
                element.then(|| ctx.display_title())
            }
        >
            {move || {
                if chrome_less.get() {
                    Either::Left(view! { <EmbedBar /> })
                } else {
                    Either::Right(view! { <Header /> })
                }
            }}
            <div class="layout">
                <SearchBox />
                <Facets />
                <section
                    class="results-area"
                    id="results"
                    role=(!element).then_some("main")
                    aria-busy=move || sources.with(|s| s.is_loading()).then_some("true")
                >
                    {move || {
                        if code_page.get() {
                            Either::Left(view! {
                                <Chips />
                                {pages::code_page()}
                            })
                        } else {
                            Either::Right(view! {
                                <Status />
                                <Chips />
                                <Results />
                                <Detail />
                            })
                        }
                    }}
                </section>
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

/// Lets components look up the context without repeating the type.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}
