//! Kept exhibits side by side (`?page=compare&keep=a,b`): a real table with row and column
//! headers; rows that tell the exhibits apart are marked in words as well as colour. On a
//! phone the table scrolls sideways one exhibit at a time, the fact column staying put.

use leptos::prelude::*;

use super::ctx::use_ctx;
use super::exhibit_link::ExhibitLink;
use super::follow_links::BackToShortlist;
use crate::follow_up::{compare, COMPARE_AT_LEAST, COMPARE_AT_MOST};
use crate::i18n::{t, Msg};
use crate::labels::Shown;

#[component]
pub fn ComparePage() -> impl IntoView {
    let ctx = use_ctx();
    let table = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let keep = ctx.presentation.with(|p| p.keep.clone());
        let scope = ctx.scope();
        ctx.loaded.with(|l| {
            let ex = &l.exhibition;
            let indices: Vec<usize> = (keep.iter())
                .filter_map(|id| ex.exhibit_index(id))
                .filter(|&i| scope.allows(i))
                .take(COMPARE_AT_MOST)
                .collect();
            let heads: Vec<(String, Shown)> = (indices.iter())
                .map(|&i| {
                    (
                        ex.exhibits[i].id.clone(),
                        Shown::of(&ex.exhibits[i].title, lang),
                    )
                })
                .collect();
            (heads, compare(ex, &indices, lang))
        })
    });
    let enough = move || table.with(|(heads, _)| heads.len() >= COMPARE_AT_LEAST);
    let loading = move || ctx.sources.with(|s| s.is_loading());
    let body = move || {
        let lang = ctx.lang.get();
        let (heads, rows) = table.get();
        let columns = (heads.into_iter())
            .map(|(id, title)| {
                view! {
                    <th scope="col" lang=title.lang>
                        <ExhibitLink id>{title.text}</ExhibitLink>
                    </th>
                }
            })
            .collect_view();
        let rows = (rows.into_iter())
            .map(|row| {
                view! {
                    <tr class:differs=row.differs>
                        <th scope="row">
                            {t(lang, row.label)}
                            {row.differs.then(|| view! { <span class="differs-mark">{t(lang, Msg::CompareDiffers)}</span> })}
                        </th>
                        {row.cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="compare-scroll" tabindex="0" role="group" aria-labelledby="showcase-compare-caption">
                <table class="compare" data-testid="compare-table">
                    <caption id="showcase-compare-caption">{t(lang, Msg::CompareCaption)}</caption>
                    <thead>
                        <tr>
                            <td class="corner">{t(lang, Msg::CompareFact)}</td>
                            {columns}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    };
    view! {
        <section class="follow-up compare-page" aria-labelledby="showcase-compare-heading" data-testid="compare-page">
            <BackToShortlist />
            <h2 id="showcase-compare-heading">{ctx.text(Msg::CompareHeading)}</h2>
            <Show
                when=enough
                fallback=move || view! {
                    <Show when=move || !loading()>
                        <p class="empty">{ctx.text(Msg::CompareTooFew)}</p>
                    </Show>
                }
            >
                {body}
            </Show>
        </section>
    }
}
