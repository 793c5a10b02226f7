//! The result count (announced politely), the sort control, the cards, and the empty state.

use leptos::prelude::*;

use super::app::use_ctx;
use super::card::Card;
use crate::embed::Lock;
use crate::i18n::{number, t, tf, Msg};
use crate::labels::constraint_label;
use crate::search::{Constraint, Sort};

fn sort_label(sort: Sort) -> Msg {
    match sort {
        Sort::Relevance => Msg::SortRelevance,
        Sort::Title => Msg::SortTitle,
        Sort::Trl => Msg::SortTrl,
        Sort::Updated => Msg::SortUpdated,
    }
}

#[component]
pub fn Results() -> impl IntoView {
    let ctx = use_ctx();
    let count_text = move || {
        let lang = ctx.lang.get();
        let shown = ctx.outcome.with(|o| o.results.len());
        let total = ctx.data.with(|d| d.ex.exhibits.len());
        // Nothing has arrived yet: the loading bar speaks, not "0 of 0".
        if total == 0 && ctx.sources.with(|s| s.is_loading()) {
            return String::new();
        }
        tf(
            lang,
            Msg::ResultsCount,
            &[
                ("count", &number(lang, shown)),
                ("total", &number(lang, total)),
            ],
        )
    };
    let empty = move || {
        ctx.outcome.with(|o| o.results.is_empty())
            && !ctx.sources.with(|s| s.is_loading())
            && ctx.data.with(|d| !d.ex.exhibits.is_empty())
    };
    // A page of cards at a time keeps the DOM small whatever matches (100,000 exhibits would
    // be millions of nodes); the count above stays exact, and the page is in the URL.
    let pages = move || ctx.outcome.with(|o| o.pages());
    let page = move || {
        let requested = ctx.state.with(|s| s.page);
        ctx.outcome.with(|o| o.page_index(requested))
    };
    let cards = move || {
        let lang = ctx.lang.get();
        let requested = ctx.state.with(|s| s.page);
        ctx.data.with(|d| {
            ctx.outcome.with(|o| {
                o.page(requested)
                    .iter()
                    .map(|&i| (i, d.ex.exhibits[i].id.clone(), lang))
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
                <label class="sort">
                    <span>{ctx.text(Msg::SortLabel)}</span>
                    <select
                        data-testid="sort"
                        on:change=move |ev| {
                            let sort = Sort::parse(&event_target_value(&ev)).unwrap_or_default();
                            ctx.update(|s| s.sort = sort);
                        }
                    >
                        {move || {
                            let lang = ctx.lang.get();
                            let current = ctx.state.with(|s| s.sort);
                            Sort::ALL
                                .into_iter()
                                .map(|sort| {
                                    view! {
                                        <option value=sort.as_str() selected=sort == current>
                                            {t(lang, sort_label(sort))}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
            </div>
            <Show when=empty>
                <EmptyState />
            </Show>
            <ul class="cards" data-testid="cards">
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

/// Says what matched nothing and offers each loosening with what it would bring back.
#[component]
fn EmptyState() -> impl IntoView {
    let ctx = use_ctx();
    let options = move || {
        let lang = ctx.lang.get();
        let p = ctx.presentation.get();
        let relax = ctx.outcome.with(|o| o.relax.clone());
        ctx.state.with(|s| {
            ctx.data.with(|d| {
                relax
                    .into_iter()
                    .filter(|(c, _)| !p.is_locked(constraint_lock(*c)))
                    .map(|(c, count)| {
                        let selected = match c {
                            Constraint::Facet(f) => s.filters.selected(f).to_vec(),
                            _ => Vec::new(),
                        };
                        let name =
                            constraint_label(&d.ex, lang, c, &s.query, &selected, s.filters.trl);
                        (
                            c,
                            tf(
                                lang,
                                Msg::EmptyRelax,
                                &[("name", &name), ("count", &number(lang, count))],
                            ),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <div class="empty" data-testid="empty">
            <h3>{ctx.text(Msg::EmptyTitle)}</h3>
            <p>{ctx.text(Msg::EmptyHint)}</p>
            <ul>
                {move || {
                    options()
                        .into_iter()
                        .map(|(c, label)| {
                            let loosen = move |_| {
                                ctx.update(|s| match c {
                                    Constraint::Text => s.query.clear(),
                                    Constraint::Facet(f) => s.filters.clear_facet(f),
                                    Constraint::Trl => s.filters.trl = None,
                                })
                            };
                            view! {
                                <li>
                                    <button type="button" on:click=loosen>{label}</button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

/// The lock that pins a constraint: a locked one is not the visitor's to loosen.
fn constraint_lock(c: Constraint) -> Lock {
    match c {
        Constraint::Text => Lock::Query,
        Constraint::Facet(f) => Lock::Facet(f),
        Constraint::Trl => Lock::Trl,
    }
}

/// Previous / "page N of M" / next. Each is a real link to that page's URL; a plain click
/// stays in place and puts focus on the results heading, where the new page begins.
#[component]
fn Pager(
    page: impl Fn() -> usize + Copy + Send + Sync + 'static,
    pages: impl Fn() -> usize + Copy + Send + Sync + 'static,
    heading: NodeRef<leptos::html::H2>,
) -> impl IntoView {
    let ctx = use_ctx();
    let href = move |to: usize| {
        ctx.state.with(|s| {
            let mut next = s.clone();
            next.page = to;
            next.exhibit = None;
            ctx.href(&next)
        })
    };
    let go = move |to: usize| {
        move |ev: web_sys::MouseEvent| {
            if super::card::is_plain_click(&ev) {
                ev.prevent_default();
                ctx.update(|s| s.page = to);
                if let Some(h) = heading.get_untracked() {
                    let _ = h.focus();
                    h.scroll_into_view();
                }
            }
        }
    };
    let status = move || {
        let lang = ctx.lang.get();
        tf(
            lang,
            Msg::PageOf,
            &[
                ("page", &number(lang, page() + 1)),
                ("pages", &number(lang, pages())),
            ],
        )
    };
    view! {
        <nav class="pager" aria-label=ctx.text(Msg::ResultsPages) data-testid="pager">
            <Show when=move || { page() > 0 }>
                <a href=move || href(page().saturating_sub(1)) on:click=move |ev| go(page().saturating_sub(1))(ev) rel="prev" data-testid="page-previous">
                    {ctx.text(Msg::PagePrevious)}
                </a>
            </Show>
            <span class="page-of" data-testid="page-of">{status}</span>
            <Show when=move || { page() + 1 < pages() }>
                <a href=move || href(page() + 1) on:click=move |ev| go(page() + 1)(ev) rel="next" data-testid="page-next">
                    {ctx.text(Msg::PageNext)}
                </a>
            </Show>
        </nav>
    }
}
