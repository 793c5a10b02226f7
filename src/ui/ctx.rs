//! The state store: the view, the loaded data and the search outcome, shared with every panel
//! through one context value. Panels read the view; the only ways to change it are
//! [`Ctx::update`] (a visitor's change) and [`Ctx::restore`] (history), where locks hold —
//! the write half of the signal never leaves this file. Imports no component.

use std::sync::Arc;

use leptos::prelude::*;

use crate::catalogue::{Exhibition, Sources};
use crate::embed::{with_presentation, Presentation};
use crate::follow_up::{Scope, Shortlist};
use crate::host::Host;
use crate::i18n::{t, Lang, Msg};
use crate::navigation::{settle_change, settle_restored};
use crate::search::{Outcome, Query, SearchIndex};
use crate::url_state::ViewState;
use crate::web::fetch::CatalogueLoader;
use crate::web::idle::after_paint;
use crate::web::locale::{browser_language, collated_titles};
use crate::web::storage;
use crate::web::timing::{measure, note};

/// An exhibition with its search index, rebuilt only when a source finishes loading.
pub struct Loaded {
    pub exhibition: Exhibition,
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
    /// What is shown. Read-only: changes go through `update` and `restore`.
    pub view: ReadSignal<ViewState>,
    write_view: WriteSignal<ViewState>,
    /// The view as the app started: what locks pin.
    pinned: StoredValue<ViewState>,
    pub host: StoredValue<Host>,
    pub presentation: Memo<Presentation>,
    pub lang: Memo<Lang>,
    pub sources: ReadSignal<Sources>,
    pub loaded: Memo<Arc<Loaded>>,
    pub outcome: Memo<Arc<Outcome>>,
    /// The visitor's kept exhibits. Read-only: changes go through `change_shortlist`.
    pub shortlist: ReadSignal<Shortlist>,
    write_shortlist: WriteSignal<Shortlist>,
    /// Where the list is stored; `None` until `keep_shortlist_in` (a store from fixtures
    /// keeps it in memory).
    shortlist_key: StoredValue<Option<String>>,
    /// The browser refused to store the list: it lasts this visit only, and the page says so.
    pub unsaved: RwSignal<bool>,
    /// What fetches the sources, for Retry; `None` in a store built from fixtures.
    loader: StoredValue<Option<CatalogueLoader>>,
    /// Whether the browser is online; when the current catalogues were fetched (ms since
    /// the epoch); whether a newer build of the app waits (its service worker).
    pub online: Signal<bool>,
    pub fetched_at: Signal<Option<f64>>,
    pub update_ready: RwSignal<bool>,
}

impl Ctx {
    /// Derives everything the panels read from `initial` and the sources. Fetching and URL
    /// syncing are the caller's business, so tests can build a store from fixtures.
    pub fn new(initial: ViewState, sources: ReadSignal<Sources>, host: Host) -> Ctx {
        let pinned = StoredValue::new(initial.clone());
        let (view, write_view) = signal(initial);
        let presentation = Memo::new(move |_| view.with(Presentation::from_state));
        let browser_lang = browser_language();
        let lang = Memo::new(move |_| view.with(|v| v.lang).unwrap_or(browser_lang));
        // Progress chunks change `sources` often; only a finished source changes the data.
        let finished = Memo::new(move |_| sources.with(|s| (s.done(), s.slots.len())));
        let loaded = Memo::new(move |_| {
            // `get`, not `track`: a Memo read through `track` alone did not re-run this one.
            let _finished = finished.get();
            measure("showcase:index", || {
                let exhibition = sources.with_untracked(Sources::exhibition);
                let index = SearchIndex::build(&exhibition);
                Arc::new(Loaded { exhibition, index })
            })
        });
        let question = Memo::new(move |_| view.with(ViewState::question));
        let titles = Memo::new(move |_| {
            let code = lang.get().code();
            loaded.with(|l| Arc::new(collated_titles(&l.exhibition, code)))
        });
        let outcome = Memo::new(move |_| {
            let loaded = loaded.get();
            let by_title = question.with(|q| q.sort.needs_title_order());
            let titles = if by_title {
                titles.get()
            } else {
                Arc::default()
            };
            measure("showcase:query", || {
                Arc::new(question.with(|q| loaded.index.run(&loaded.exhibition, q, &titles)))
            })
        });
        let (shortlist, write_shortlist) = signal(Shortlist::default());
        Ctx {
            view,
            write_view,
            pinned,
            shortlist,
            write_shortlist,
            shortlist_key: StoredValue::new(None),
            unsaved: RwSignal::new(false),
            loader: StoredValue::new(None),
            online: Signal::stored(true),
            fetched_at: Signal::stored(None),
            update_ready: RwSignal::new(false),
            host: StoredValue::new(host),
            presentation,
            lang,
            sources,
            loaded,
            outcome,
        }
    }

    /// The view the app started on (a booth screen returns to it).
    pub fn pinned_view(&self) -> ViewState {
        self.pinned.get_value()
    }

    /// Whether the visitor's own tools show (keep, shortlist, export, the authors' links):
    /// not on a booth screen (`Presentation::personal_tools`).
    pub fn personal_tools(&self) -> bool {
        self.presentation
            .with_untracked(Presentation::personal_tools)
    }

    /// Names the loader that fills `sources`, so that a failed source can be retried and an
    /// offline page can say when its catalogues were fetched.
    pub fn fetch_with(&mut self, loader: CatalogueLoader) {
        self.loader.set_value(Some(loader));
        self.fetched_at = loader.fetched_at.into();
    }

    /// Loads the failed source at `slot` again.
    pub fn retry_source(&self, slot: usize) {
        if let Some(loader) = self.loader.get_value() {
            loader.retry(slot);
        }
    }

    /// Builds the text index once the exhibits are on screen, whenever the data changes (a
    /// query typed sooner builds it itself). The caller's, like fetching: a store built from
    /// fixtures in tests has no frames to wait for. Data replaced before its frame (the next
    /// catalogue came in) is not indexed: only the newest is ever searched.
    pub fn prepare_text_after_paint(&self) {
        let current = self.loaded;
        Effect::new(move |_| {
            let loaded = current.get();
            after_paint(move || {
                let superseded = current
                    .try_with_untracked(|now| !Arc::ptr_eq(now, &loaded))
                    .unwrap_or(true);
                if superseded {
                    return;
                }
                measure("showcase:text-index", || {
                    loaded.index.prepare_text(&loaded.exhibition)
                });
                let (facets, text) = loaded.index.heap_bytes();
                let text: usize = text.iter().flatten().sum();
                note("showcase:index-bytes", facets + text);
            });
        });
    }

    /// A visitor's change of the view; it settles as `navigation::settle_change` says (locks
    /// hold, a new question starts on its first page).
    pub fn update(&self, change: impl FnOnce(&mut ViewState)) {
        // Read before the write: the presentation is derived from the view being written.
        let presentation = self.presentation.get_untracked();
        self.write_view.update(|next| {
            let before = next.clone();
            change(next);
            self.settle(&presentation, &before, next);
        });
    }

    /// Kept out of the generic `update`, which is instantiated once per call site.
    #[inline(never)]
    fn settle(&self, presentation: &Presentation, before: &ViewState, next: &mut ViewState) {
        self.pinned
            .with_value(|pinned| settle_change(presentation, pinned, before, next));
    }

    /// Changes how the view is framed (the embed-code screen's choices): its presentation
    /// parameters, through [`Ctx::update`].
    pub fn update_presentation(&self, change: impl FnOnce(&mut Presentation)) {
        let mut presentation = self.presentation.get_untracked();
        change(&mut presentation);
        self.update(|view| *view = with_presentation(view, &presentation));
    }

    /// Puts back a view the browser's history kept; locks still hold.
    pub fn restore(&self, mut restored: ViewState) {
        let presentation = self.presentation.get_untracked();
        self.pinned
            .with_value(|pinned| settle_restored(&presentation, pinned, &mut restored));
        self.write_view.set(restored);
    }

    /// Reads the shortlist stored under `key` and keeps every later change there.
    pub fn keep_shortlist_in(&self, key: String) {
        match storage::read(&key) {
            Ok(Some(stored)) => self.write_shortlist.set(Shortlist::from_stored(&stored)),
            Ok(None) => {}
            Err(storage::Unavailable) => self.unsaved.set(true),
        }
        self.shortlist_key.set_value(Some(key));
    }

    /// A change of the shortlist, stored at once; when storing fails the list still works
    /// for this visit and `unsaved` says so.
    pub fn change_shortlist(&self, change: impl FnOnce(&mut Shortlist)) {
        self.write_shortlist.update(change);
        self.store_shortlist();
    }

    #[inline(never)]
    fn store_shortlist(&self) {
        let Some(key) = self.shortlist_key.get_value() else {
            return;
        };
        let stored = self
            .shortlist
            .with_untracked(|s| (!s.is_empty()).then(|| s.to_stored()));
        if storage::write(&key, stored.as_deref()).is_err() {
            self.unsaved.set(true);
        }
    }

    /// Whether a lock narrows what this embed lets out.
    pub fn is_scoped(&self) -> bool {
        let p = self.presentation.get_untracked();
        self.pinned.with_value(|v| p.locked_scope(v).is_some())
    }

    /// What a locked embed lets out of it — into its shortlist, comparisons, exports and
    /// related exhibits (reactive). Computed on demand, not as a memo of the store, so the
    /// first-visit bundle does not carry the second search it runs.
    pub fn scope(&self) -> Scope {
        let Some(query) = self.locked_scope() else {
            return Scope::everything();
        };
        self.loaded.with(|l| {
            let results = l.index.run(&l.exhibition, &query, &Arc::default()).results;
            Scope::of(l.exhibition.exhibits.len(), &results)
        })
    }

    /// The question a locked embed pins (reactive); `None` when nothing is locked.
    pub fn locked_scope(&self) -> Option<Query> {
        (self.presentation).with(|p| self.pinned.with_value(|v| p.locked_scope(v)))
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

    pub fn embedded(&self) -> bool {
        self.presentation.with(|p| p.embedded)
    }

    /// A link to `view` that works where the app is hosted.
    pub fn href(&self, view: &ViewState) -> String {
        self.host.with_value(|h| h.href(view))
    }

    /// A link to the view `derive` makes of the current one (reactive).
    pub fn href_to(&self, derive: &dyn Fn(&ViewState) -> ViewState) -> String {
        self.view.with(|v| self.href(&derive(v)))
    }
}

/// The store of the app this component belongs to.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}
