//! The export page (`?page=export`, in the lazily loaded bundle): the current results, or the
//! exhibits a link names (`&keep=`), as CSV and as catalogue JSON, named after the exhibition
//! and the day. In a locked embed only what the lock allows is exported.

use leptos::prelude::*;

use super::ctx::use_ctx;
use super::follow_links::BackToExhibits;
use crate::catalogue::Text;
use crate::follow_up::export::{csv, file_name, json, name_slug, selection, Exported};
use crate::i18n::{tn, Msg};
use crate::navigation::permalink;
use crate::web::files::save;
use crate::web::share::today;

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Csv,
    Json,
}

#[component]
pub fn ExportPage() -> impl IntoView {
    let ctx = use_ctx();
    let list = Memo::new(move |_| ctx.presentation.with(|p| !p.keep.is_empty()));
    let chosen = Memo::new(move |_| {
        let keep = ctx.presentation.with(|p| p.keep.clone());
        let scope = ctx.scope();
        ctx.loaded.with(|l| match keep.is_empty() {
            true => ctx.outcome.with(|o| o.results.clone()),
            false => (keep.iter())
                .filter_map(|id| l.exhibition.exhibit_index(id))
                .filter(|&i| scope.allows(i))
                .collect(),
        })
    });
    let download = move |format: Format| {
        let lang = ctx.lang.get_untracked();
        let day = today();
        let name = ctx.display_title();
        let title = ctx
            .sources
            .with_untracked(|s| s.title().cloned())
            .unwrap_or_else(|| Text::from(name.as_str()));
        let what = match list.get_untracked() {
            true => Exported::List,
            false => Exported::Results,
        };
        let indices = chosen.get_untracked();
        let id = name_slug(&name);
        ctx.loaded.with_untracked(|l| {
            let picked = selection(&l.exhibition, &indices, &id, &title, &day);
            match format {
                Format::Csv => {
                    let link = |id: &str| {
                        ctx.view.with_untracked(|v| {
                            ctx.host.with_value(|h| h.absolute_href(&permalink(v, id)))
                        })
                    };
                    save(
                        &file_name(&name, what, &day, "csv"),
                        "text/csv;charset=utf-8",
                        &csv(&picked, lang, &link),
                    );
                }
                Format::Json => save(
                    &file_name(&name, what, &day, "json"),
                    "application/json",
                    &json(&picked),
                ),
            }
        });
    };
    let count = move || chosen.with(Vec::len);
    let what = move || {
        let lang = ctx.lang.get();
        let msg = if list.get() {
            Msg::ExportOfList
        } else {
            Msg::ExportOfResults
        };
        tn(lang, msg, count(), &[])
    };
    view! {
        <section class="follow-up export-page" aria-labelledby="showcase-export-heading" data-testid="export-page">
            <BackToExhibits />
            <h2 id="showcase-export-heading">{ctx.text(Msg::ExportHeading)}</h2>
            <Show when=move || !ctx.sources.with(|s| s.is_loading())>
                <Show
                    when=move || { count() > 0 }
                    fallback=move || view! { <p class="empty">{ctx.text(Msg::ExportNothing)}</p> }
                >
                    <p data-testid="export-count">{what}</p>
                    <div class="export-choices">
                        <div>
                            <button type="button" class="button primary" on:click=move |_| download(Format::Csv) data-testid="export-csv">
                                {ctx.text(Msg::ExportCsv)}
                            </button>
                            <p class="hint">{ctx.text(Msg::ExportCsvHelp)}</p>
                        </div>
                        <div>
                            <button type="button" class="button" on:click=move |_| download(Format::Json) data-testid="export-json">
                                {ctx.text(Msg::ExportJson)}
                            </button>
                            <p class="hint">{ctx.text(Msg::ExportJsonHelp)}</p>
                        </div>
                    </div>
                </Show>
            </Show>
        </section>
    }
}
