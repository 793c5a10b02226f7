//! The composition root: builds the store, starts loading and URL syncing, and lays out the
//! panels. The one file that knows every panel; no panel imports it.

use std::time::Duration;

use leptos::either::Either;
use leptos::prelude::*;

use super::chips::Chips;
use super::connection::ConnectionNotices;
use super::ctx::Ctx;
use super::detail::Detail;
use super::embed_bar::EmbedBar;
use super::facets::Facets;
use super::footer::Footer;
use super::header::Header;
use super::results::Results;
use super::screens;
use super::search_box::SearchBox;
use super::status::{LoadingProgress, Status};
use crate::catalogue::Sources;
use crate::embed::{Presentation, Screen};
use crate::follow_up::storage_key;
use crate::host::{Host, HostKind};
use crate::url_state::ViewState;
use crate::web::{document, fetch::CatalogueLoader, frame, history, host, idle, theme, worker};

/// The app on its own page: the URL is the view.
#[component]
pub fn App() -> impl IntoView {
    let initial = history::initial_view();
    let host = host::own_document();
    let replace_only = host.framed || Presentation::from_state(&initial).embedded;
    let app_base = host.app_base.clone();
    let ctx = open_store(initial, host);
    // The app's own page only: a script embed registers nothing on a partner's site. Once the
    // first catalogues are in, so that the worker's downloads never compete with them.
    let registered = StoredValue::new(false);
    Effect::new(move |_| {
        let saved = ctx
            .sources
            .with(|s| (!s.is_loading()).then(|| s.loaded_urls()));
        let Some(urls) = saved else {
            return;
        };
        if !registered.get_value() {
            registered.set_value(true);
            worker::register(&app_base, ctx.update_ready);
        }
        if !urls.is_empty() {
            worker::keep_for_offline(urls);
        }
    });
    history::sync(
        ctx.view,
        move |restored| ctx.restore(restored),
        replace_only,
    );
    view! { <Showcase ctx /> }
}

/// The app in a partner's element (script embed): its attributes are its URL.
#[component]
pub fn ScriptEmbed(initial: ViewState, app_base: String) -> impl IntoView {
    let ctx = open_store(initial, host::partner_element(&app_base));
    view! { <Showcase ctx /> }
}

/// The store for a showcase starting at `initial`, with its catalogues loading (and reloading
/// whenever the view names others), provided to the panels.
fn open_store(initial: ViewState, host: Host) -> Ctx {
    // Loading from the first paint: no "0 exhibits" before the fetches start.
    let first = host.catalogue_urls(&initial.catalogues);
    let sources = RwSignal::new(Sources::new(&first));
    let key = storage_key(&host, &initial);
    let timeout = Presentation::from_state(&initial).source_timeout();
    let mut ctx = Ctx::new(initial, sources.read_only(), host);
    ctx.online = worker::online().into();
    ctx.prepare_text_after_paint();
    ctx.keep_shortlist_in(key);
    let loader = CatalogueLoader::new(sources, timeout);
    ctx.fetch_with(loader);
    let listed = Memo::new(move |_| ctx.view.with(|v| v.catalogues.clone()));
    Effect::new(move |_| {
        let urls = listed.with(|l| ctx.host.with_value(|h| h.catalogue_urls(l)));
        loader.load(urls);
    });
    provide_context(ctx);
    ctx
}

/// How long the app stays hidden behind the static first screen waiting for its catalogues:
/// long enough for a visit's usual first load, short enough that a slow one shows its progress.
const SETTLE_WAIT: Duration = Duration::from_millis(1500);

/// True until the first load has finished and every stage is built (or `SETTLE_WAIT` has
/// passed): the app renders hidden meanwhile, and then replaces index.html's static first
/// screen in one frame, so nothing on the first screen moves as catalogues arrive.
fn settle(ctx: Ctx, owns_document: bool, built: impl Fn(u8) -> bool + 'static) -> Signal<bool> {
    // Once shown, the app stays shown: a later load (other catalogues) shows its progress.
    let settled = RwSignal::new(false);
    set_timeout(move || settled.set(true), SETTLE_WAIT);
    Effect::new(move |_| {
        if built(LAST_STAGE) && !ctx.sources.with(|s| s.is_loading()) {
            settled.set(true);
        }
    });
    if owns_document {
        Effect::new(move |_| {
            if settled.get() {
                document::remove_shell();
            }
        });
    }
    Signal::derive(move || !settled.get())
}

/// The stage that builds the footer and notices, the last (see `build_in_stages`).
const LAST_STAGE: u8 = 3;

/// The parts of the app after the first are built one per frame: built at once, the app is
/// one task of hundreds of milliseconds on a phone, which holds up everything else the page
/// does. `built(n)` turns true once, when stage `n` is due (the header and search box are
/// stage 0; then the filters; the results; the rest).
fn build_in_stages() -> impl Fn(u8) -> bool + Copy {
    let stage = RwSignal::new(0u8);
    Effect::new(move |_| {
        let now = stage.get();
        if now < LAST_STAGE {
            idle::after_paint(move || stage.set(now + 1));
        }
    });
    let due: [Memo<bool>; LAST_STAGE as usize] =
        std::array::from_fn(|i| Memo::new(move |_| stage.get() > i as u8));
    move |n: u8| n == 0 || due[usize::from(n - 1)].get()
}

#[component]
fn Showcase(ctx: Ctx) -> impl IntoView {
    let Ctx {
        lang,
        sources,
        presentation,
        ..
    } = ctx;
    let (owns_document, framed) = ctx.host.with_value(|h| (h.owns_document(), h.framed));
    if owns_document {
        Effect::new(move |_| document::set_title_and_lang(&ctx.display_title(), lang.get()));
    }

    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = root.get() {
            screens::adopt_lazy_styles(&el);
        }
    });
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
    let built = build_in_stages();
    let settling = settle(ctx, owns_document, built);
    // Memos, so that other presentation changes (theme, locks) do not rebuild these branches.
    let embedded = Memo::new(move |_| presentation.with(|p| p.embedded));
    let kiosk = presentation.with_untracked(|p| p.kiosk);
    // A booth screen: the authors' links of the footer lead away from the visitors' showcase.
    let no_footer = Memo::new(move |_| embedded.get() || kiosk.is_some());
    if let Some(kiosk) = kiosk {
        if owns_document {
            document::mark_kiosk();
        }
        let start = ctx.pinned_view();
        idle::after_idle(kiosk.idle, move || {
            ctx.update(|v| *v = start.clone());
            document::scroll_to_top();
        });
    }
    let screen = Memo::new(move |_| {
        presentation.with(|p| match p.screen {
            Screen::EmbedCode if !p.shows_code_screen() => Screen::Exhibits,
            Screen::Check if !p.shows_check_screen() => Screen::Exhibits,
            other => other,
        })
    });
    // The embed-code screen previews with the exhibition's search and filters, and the
    // statistics chart them; the other pages are about one thing (the author's catalogue, the
    // visitor's list, the programme) and take the width.
    let single_column = Memo::new(move |_| {
        !matches!(
            screen.get(),
            Screen::Exhibits | Screen::EmbedCode | Screen::Stats
        )
    });
    let theme = move || {
        presentation.with(|p| match p.screen {
            Screen::EmbedCode | Screen::Check => None,
            _ => p.theme.map(|t| t.as_str()),
        })
    };
    let element = ctx.host.with_value(|h| h.kind == HostKind::PartnerElement);

    view! {
        // Landmarks stay top-level (banner, search, complementary, main) and the DOM order is
        // the focus order: language, search, filters, results. On a partner's page the
        // landmarks are theirs: the whole showcase is one named region (the results list is
        // a named region already).
        <div
            node_ref=root
            class="showcase"
            class:embedded=move || embedded.get()
            class:framed=framed
            class:in-element=element
            class:settling=move || settling.get()
            class:kiosk=kiosk.is_some()
            data-theme=theme
            lang=move || lang.get().code()
            role=element.then_some("region")
            aria-label=move || {
                element.then(|| ctx.display_title())
            }
        >
            {move || {
                if embedded.get() {
                    Either::Left(view! { <EmbedBar /> })
                } else {
                    Either::Right(view! { <Header /> })
                }
            }}
            // One layout for every screen: a second layout branch for the check page cost
            // 11 KB of the first download. On single-column pages the search and filters of
            // the exhibition are hidden (those pages do not answer them).
            <div class="layout" class:single-column=move || single_column.get()>
                <SearchBox />
                {move || built(1).then(|| view! { <Facets /> })}
                <section
                    class="results-area"
                    id="results"
                    role=(!element).then_some("main")
                    aria-busy=move || sources.with(|s| s.is_loading()).then_some("true")
                >
                    {move || built(2).then(|| match screen.get() {
                        Screen::Exhibits => Either::Left(view! {
                            <Status />
                            <Chips />
                            <Results />
                            <LoadingProgress />
                        }),
                        with_filters @ (Screen::EmbedCode | Screen::Stats) => Either::Right(view! {
                            <Chips />
                            {screens::lazy_screen(with_filters)}
                        }.into_any()),
                        other => Either::Right(screens::lazy_screen(other)),
                    })}
                    // Outside the switch: a detail opened from the shortlist stays open there.
                    // Built at once (closed, it is an empty dialog): a frame watches its size.
                    <Detail />
                </section>
            </div>
            {move || built(LAST_STAGE).then(|| view! {
                <Footer hidden=no_footer />
                <ConnectionNotices />
            })}
        </div>
    }
}
