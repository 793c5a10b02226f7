//! The statistics page (`?page=stats`, in the lazily loaded bundle): totals and charts of the
//! current view, drawn as SVG. Every bar is a link to the view narrowed to its exhibits; every
//! chart has a title, a visually hidden table with the same numbers, and downloads of itself
//! (SVG) and its numbers (CSV). The numbers are the search core's (`SearchIndex::spread`),
//! the bars and their order `forum::charts`'.

use std::sync::Arc;

use leptos::prelude::*;

use super::ctx::{use_ctx, Ctx};
use super::follow_links::{follow, BackToExhibits};
use crate::follow_up::export::name_slug;
use crate::forum::charts::{
    bar_permille, charts, csv, height, percent, svg_file, Bar, Chart, BAR_HEIGHT, BAR_TOP,
    LABEL_BASELINE, ROW_HEIGHT,
};
use crate::i18n::{number, tn, Msg};
use crate::navigation::narrowed_to;
use crate::search::{Facet, Spread};
use crate::web::files::save;
use crate::web::share::today;

#[component]
pub fn StatsPage() -> impl IntoView {
    let ctx = use_ctx();
    let spread = Memo::new(move |_| {
        let outcome = ctx.outcome.get();
        ctx.loaded
            .with(|l| Arc::new(l.index.spread(&outcome.results)))
    });
    let drawn = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let filters = ctx.view.with(|v| v.filters.clone());
        spread.with(|s| {
            ctx.loaded
                .with(|l| charts(s, &l.exhibition, &filters, lang))
        })
    });
    let total = move || spread.with(|s| s.total);
    view! {
        <section class="follow-up forum-page stats-page" aria-labelledby="showcase-stats-heading" data-testid="stats-page">
            <BackToExhibits />
            <h2 id="showcase-stats-heading">{ctx.text(Msg::StatsHeading)}</h2>
            <Show when=move || !ctx.sources.with(|s| s.is_loading())>
                <p class="hint" data-testid="stats-intro">{move || tn(ctx.lang.get(), Msg::StatsIntro, total(), &[])}</p>
                <Totals ctx spread />
                <Show
                    when=move || { total() > 0 }
                    fallback=move || view! { <p class="empty">{ctx.text(Msg::StatsEmpty)}</p> }
                >
                    <div class="charts">
                        {move || drawn.get().into_iter().map(|chart| view! { <ChartFigure ctx chart /> }).collect_view()}
                    </div>
                </Show>
            </Show>
        </section>
    }
}

#[component]
fn Totals(ctx: Ctx, spread: Memo<Arc<Spread>>) -> impl IntoView {
    let item = move |label: Msg,
                     testid: &'static str,
                     value: Arc<dyn Fn(&Spread) -> usize + Send + Sync>| {
        view! {
            <div>
                <dt>{ctx.text(label)}</dt>
                <dd data-testid=testid>{move || number(spread.with(|s| value(s)))}</dd>
            </div>
        }
    };
    view! {
        <h3 class="visually-hidden">{ctx.text(Msg::StatsTotals)}</h3>
        <dl class="stats-totals" data-testid="stats-totals">
            {item(Msg::StatsExhibits, "total-exhibits", Arc::new(|s| s.total))}
            {item(Msg::StatsUniversities, "total-universities", Arc::new(|s| s.distinct(Facet::Institution)))}
            {item(Msg::StatsCountries, "total-countries", Arc::new(|s| s.distinct(Facet::Country)))}
            {item(Msg::StatsSessions, "total-sessions", Arc::new(|s| s.distinct(Facet::Event)))}
        </dl>
    }
}

#[component]
fn ChartFigure(ctx: Ctx, chart: Chart) -> impl IntoView {
    let slug = chart.kind.slug();
    let title_id = format!("showcase-chart-{slug}");
    let max = chart.max();
    let lang = ctx.lang.get_untracked();
    let rows = chart
        .bars
        .iter()
        .enumerate()
        .map(|(row, bar)| bar_row(ctx, row as u32, bar, max))
        .collect_view();
    let table_rows = (chart.bars.iter())
        .map(|bar| view! { <tr><th scope="row">{bar.label.clone()}</th><td>{number(bar.count)}</td></tr> })
        .collect_view();
    let download = {
        let chart = chart.clone();
        move |svg: bool| {
            let name = name_slug(&ctx.display_title());
            let stem = format!("{name}-stats-{}-{}", chart.kind.slug(), today());
            match svg {
                true => save(
                    &format!("{stem}.svg"),
                    "image/svg+xml",
                    &svg_file(&chart, lang),
                ),
                false => save(
                    &format!("{stem}.csv"),
                    "text/csv;charset=utf-8",
                    &csv(&chart, lang),
                ),
            }
        }
    };
    let download_csv = download.clone();
    view! {
        <figure class="chart" data-testid=format!("chart-{slug}") aria-labelledby=title_id.clone()>
            <figcaption id=title_id.clone()>{chart.title.clone()}</figcaption>
            <svg class="chart-svg" width="100%" height=height(chart.bars.len()) role="group" aria-labelledby=title_id.clone()>
                {rows}
            </svg>
            {chart.note.clone().map(|n| view! { <p class="hint chart-note">{n}</p> })}
            <table class="visually-hidden" data-testid="chart-table">
                <caption>{chart.title.clone()}</caption>
                <thead><tr><th scope="col">{chart.dimension.clone()}</th><th scope="col">{ctx.text(Msg::StatsExhibits)}</th></tr></thead>
                <tbody>{table_rows}</tbody>
            </table>
            <p class="chart-downloads">
                <span>{ctx.text(Msg::StatsDownload)}</span>
                <button type="button" class="button" on:click=move |_| download(true) data-testid="chart-svg">{ctx.text(Msg::StatsDownloadSvg)}</button>
                <button type="button" class="button" on:click=move |_| download_csv(false) data-testid="chart-csv">{ctx.text(Msg::StatsDownloadCsv)}</button>
            </p>
        </figure>
    }
}

/// One bar: its label above it, its count after it; a link when it has exhibits to show.
fn bar_row(ctx: Ctx, row: u32, bar: &Bar, max: usize) -> impl IntoView {
    let y = row * ROW_HEIGHT;
    let width = bar_permille(bar.count, max);
    let lang = ctx.lang.get_untracked();
    let marked = bar.drawn_label(lang);
    // The link's name is its content: the label and count one sees, then (not drawn) what the
    // count counts and what the link does — so the visible words start the spoken name.
    let described = format!(" {}", tn(lang, Msg::StatsBar, bar.count, &[]));
    let count = number(bar.count);
    let target = bar.target.clone();
    let (href, go) = follow(ctx, Arc::new(move |v, p| narrowed_to(v, p, &target)));
    let shapes = move |marked: String, count: String, more: Option<String>| {
        view! {
            <rect class="bar-hit" x="0" y=y width="100%" height=ROW_HEIGHT></rect>
            <text class="bar-label" x="0" y=y + LABEL_BASELINE>{marked}</text>
            <rect class="bar" class:selected=bar.selected x="0" y=y + BAR_TOP width=percent(width) height=BAR_HEIGHT></rect>
            <text class="bar-count" x=percent(width) dx="6" y=y + BAR_TOP + BAR_HEIGHT - 2>
                {count}{more.map(|m| view! { <tspan class="bar-more">{m}</tspan> })}
            </text>
        }
    };
    let has_exhibits = bar.count > 0;
    view! {
        <g class="bar-row">
            {if has_exhibits {
                view! {
                    <g>
                        <a href=href on:click=go data-testid="chart-bar">
                            {shapes(marked, count, Some(described))}
                        </a>
                    </g>
                }.into_any()
            } else {
                view! { <g aria-hidden="true">{shapes(marked, count, None)}</g> }.into_any()
            }}
        </g>
    }
}
