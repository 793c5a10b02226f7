//! A shared list (`?page=shortlist&keep=…`): what it holds, and an offer to add what the
//! visitor's own list lacks. Adding never removes or reorders what they kept.

use leptos::prelude::*;

use crate::i18n::{tn, Msg};
use crate::labels::Shown;
use crate::ui::ctx::use_ctx;
use crate::ui::exhibit_link::ExhibitLink;

#[component]
pub fn SharedOffer() -> impl IntoView {
    let ctx = use_ctx();
    // How many the last "Add" added: said after the offer has gone.
    let added = RwSignal::new(None::<usize>);
    let shared = Memo::new(move |_| {
        if ctx.sources.with(|s| s.is_loading()) {
            return None;
        }
        let keep = ctx.presentation.with(|p| p.keep.clone());
        if keep.is_empty() || ctx.presentation.with(|p| p.mine) {
            return None;
        }
        let lang = ctx.lang.get();
        let scope = ctx.scope();
        ctx.loaded.with(|l| {
            let ex = &l.exhibition;
            let offered: Vec<(usize, String)> = (keep.iter())
                .filter_map(|id| ex.exhibit_index(id).map(|i| (i, id.clone())))
                .filter(|(i, _)| scope.allows(*i))
                .collect();
            let ids: Vec<String> = offered.iter().map(|(_, id)| id.clone()).collect();
            let missing = ctx.shortlist.with(|s| s.missing(&ids, ex).len());
            let titles: Vec<(String, Shown)> = (offered.iter())
                .map(|(i, id)| (id.clone(), Shown::of(&ex.exhibits[*i].title, lang)))
                .collect();
            Some((ids, titles, missing, keep.len() - offered.len()))
        })
    });
    let add = move |_| {
        let Some((ids, ..)) = shared.get_untracked() else {
            return;
        };
        let mut count = 0;
        ctx.loaded.with_untracked(|l| {
            ctx.change_shortlist(|s| count = s.add_shared(&ids, &l.exhibition));
        });
        added.set(Some(count));
        // The offer is taken: the page becomes the visitor's own list.
        ctx.update_presentation(|p| p.keep.clear());
    };
    move || {
        let lang = ctx.lang.get();
        match shared.get() {
            Some((ids, titles, missing, unknown)) => {
                let items = (titles.into_iter())
                    .map(|(id, title)| {
                        view! { <li><ExhibitLink id lang=title.lang>{title.text}</ExhibitLink></li> }
                    })
                    .collect_view();
                let action = match missing {
                    0 => view! { <p>{ctx.t(Msg::SharedNothingNew)}</p> }.into_any(),
                    n => view! {
                        <button type="button" class="button primary" on:click=add data-testid="add-shared">
                            {tn(lang, Msg::SharedAdd, n, &[])}
                        </button>
                    }
                        .into_any(),
                };
                view! {
                    <section class="shared-offer" aria-labelledby="showcase-shared-heading" data-testid="shared-offer">
                        <h3 id="showcase-shared-heading">{tn(lang, Msg::SharedHeading, ids.len(), &[])}</h3>
                        <ul>{items}</ul>
                        {(unknown > 0).then(|| view! { <p class="note">{tn(lang, Msg::SharedUnknown, unknown, &[])}</p> })}
                        {action}
                    </section>
                }
                    .into_any()
            }
            None => match added.get() {
                Some(n) => view! {
                    <p class="note" role="status" data-testid="shared-added">{tn(lang, Msg::SharedAdded, n, &[])}</p>
                }
                    .into_any(),
                None => ().into_any(),
            },
        }
    }
}
