//! Active filters as removable chips, with "clear all".

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::i18n::{tf, Msg};
use crate::labels::chip_label;
use crate::navigation::{chips, has_free_query};

#[component]
pub fn Chips() -> impl IntoView {
    let ctx = use_ctx();
    let chips = move || {
        let presentation = ctx.presentation.get();
        ctx.view.with(|v| chips(v, &presentation))
    };
    let free_query = move || {
        let presentation = ctx.presentation.get();
        ctx.view.with(|v| has_free_query(v, &presentation))
    };
    let anything = move || !chips().is_empty() || free_query();
    view! {
        <Show when=anything>
            <div class="chips" role="group" aria-label=ctx.text(Msg::ActiveFilters) data-testid="chips">
                {move || {
                    let lang = ctx.lang.get();
                    chips()
                        .into_iter()
                        .map(|chip| {
                            let label = ctx.loaded.with(|l| {
                                ctx.view.with(|v| chip_label(&l.exhibition, lang, &chip, v))
                            });
                            let aria = tf(lang, Msg::RemoveFilter, &[("name", &label)]);
                            let remove = move |_| ctx.update(|v| chip.remove(v));
                            view! {
                                <button type="button" class="chip" aria-label=aria on:click=remove>
                                    <span>{label}</span>
                                    <span aria-hidden="true" class="x">"×"</span>
                                </button>
                            }
                        })
                        .collect_view()
                }}
                <button
                    type="button"
                    class="clear-all"
                    data-testid="clear-all"
                    on:click=move |_| ctx.update(|v| v.clear_question())
                >
                    {ctx.text(Msg::ClearAll)}
                </button>
            </div>
        </Show>
    }
}
