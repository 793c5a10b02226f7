//! The result count (announced politely), the sort control, a page of cards, the pager and
//! the empty state.

use leptos::prelude::*;

use super::card::Card;
use super::ctx::use_ctx;
use super::empty_state::EmptyState;
use super::follow_links::ExportLink;
use super::pager::Pager;
use crate::i18n::{number, tn, Msg};
use crate::labels::sort_name;
use crate::search::{cards_after_frames, Sort, PAGE_SIZE};
use crate::web::idle::after_paint;

#[component]
pub fn Results() -> impl IntoView {
    let ctx = use_ctx();
    let count_text = move || {
        let lang = ctx.lang.get();
        let shown = ctx.outcome.with(|o| o.results.len());
        let total = ctx.loaded.with(|l| l.exhibition.exhibits.len());
        // Nothing has arrived yet: the loading bar speaks, not "0 of 0".
        if total == 0 && ctx.sources.with(|s| s.is_loading()) {
            return String::new();
        }
        tn(lang, Msg::ResultsCount, total, &[("shown", &number(shown))])
    };
    let empty = move || {
        ctx.outcome.with(|o| o.results.is_empty())
            && !ctx.sources.with(|s| s.is_loading())
            && ctx.loaded.with(|l| !l.exhibition.exhibits.is_empty())
    };
    // A page of cards at a time keeps the DOM small whatever matches (100,000 exhibits would
    // be millions of nodes); the count above stays exact, and the page is in the URL.
    let pages = move || ctx.outcome.with(|o| o.pages());
    let page = move || {
        let requested = ctx.view.with(|v| v.page);
        ctx.outcome.with(|o| o.page_index(requested))
    };
    // The first page fills in a few cards per frame, so no task of the start is long; after
    // that a page is built at once.
    let frames = RwSignal::new(0usize);
    let filling = move || {
        let wanted = ctx
            .outcome
            .with(|o| o.page(ctx.view.with(|v| v.page)).len());
        cards_after_frames(frames.get()) < wanted.min(PAGE_SIZE)
    };
    Effect::new(move |_| {
        if filling() {
            after_paint(move || frames.update(|f| *f += 1));
        }
    });
    let cards = move || {
        let lang = ctx.lang.get();
        let requested = ctx.view.with(|v| v.page);
        let built = cards_after_frames(frames.get());
        ctx.loaded.with(|l| {
            ctx.outcome.with(|o| {
                o.page_built(requested, built)
                    .iter()
                    .map(|&i| (i, l.exhibition.exhibits[i].id.clone(), lang))
                    .collect::<Vec<_>>()
            })
        })
    };
    let heading = NodeRef::<leptos::html::H2>::new();
    view! {
        <section class="results" aria-labelledby="showcase-results-heading">
            <div class="results-head">
                <h2 id="showcase-results-heading" class="visually-hidden" tabindex="-1" node_ref=heading>
                    {ctx.text(Msg::ResultsHeading)}
                </h2>
                <p class="count" role="status" aria-live="polite" data-testid="count">{count_text}</p>
                <SortSelect />
                // Also while catalogues load (the export page waits for them), so that the
                // cards below do not move down a line when they are in.
                <Show when=move || !empty()>
                    <ExportLink ids=Signal::stored(Vec::new()) label=Msg::ExportResults />
                </Show>
            </div>
            <Show when=empty>
                <EmptyState />
            </Show>
            // Busy while the page fills in: the list is not final yet.
            <ul class="cards" data-testid="cards" aria-busy=move || filling().then_some("true")>
                <For each=cards key=|(_, id, lang)| (id.clone(), *lang) let:item>
                    <li>
                        <Card index=item.0 />
                    </li>
                </For>
            </ul>
            <Show when=move || { pages() > 1 }>
                <Pager page pages heading />
            </Show>
        </section>
    }
}

#[component]
fn SortSelect() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <label class="sort">
            <span>{ctx.text(Msg::SortLabel)}</span>
            <select
                data-testid="sort"
                on:change=move |ev| {
                    let sort = Sort::parse(&event_target_value(&ev)).unwrap_or_default();
                    ctx.update(|v| v.sort = sort);
                }
            >
                {move || {
                    let lang = ctx.lang.get();
                    let current = ctx.view.with(|v| v.sort);
                    Sort::ALL
                        .into_iter()
                        .map(|sort| {
                            view! {
                                <option value=sort.as_str() selected=sort == current>
                                    {sort_name(lang, sort)}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </label>
    }
}
