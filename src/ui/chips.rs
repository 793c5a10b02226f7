//! Active filters as removable chips, with "clear all".

use leptos::prelude::*;

use super::app::use_ctx;
use crate::embed::Lock;
use crate::i18n::{tf, Msg};
use crate::labels::{filter_label, trl_range_label};
use crate::search::Facet;

#[derive(Clone, PartialEq)]
enum Chip {
    Facet(Facet, String),
    Trl,
}

#[component]
pub fn Chips() -> impl IntoView {
    let ctx = use_ctx();
    // A locked filter is the partner's choice, not the visitor's: it has no chip to remove.
    let chips = move || {
        let p = ctx.presentation.get();
        ctx.state.with(|s| {
            let mut chips: Vec<Chip> = s
                .filters
                .active()
                .filter(|(f, _)| !p.is_facet_locked(*f))
                .map(|(f, v)| Chip::Facet(f, v.to_owned()))
                .collect();
            if s.filters.trl.is_some() && !p.is_locked(Lock::Trl) {
                chips.push(Chip::Trl);
            }
            chips
        })
    };
    let free_query = move || {
        !ctx.presentation.with(|p| p.is_locked(Lock::Query))
            && ctx.state.with(|s| !s.query.trim().is_empty())
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
                            let label = ctx.data.with(|d| match &chip {
                                Chip::Facet(f, v) => {
                                    filter_label(&d.ex, lang, *f, std::slice::from_ref(v))
                                }
                                Chip::Trl => ctx.state.with(|s| s.filters.trl.map(|r| trl_range_label(lang, r)).unwrap_or_default()),
                            });
                            let aria = tf(lang, Msg::RemoveFilter, &[("name", &label)]);
                            let remove = move |_| {
                                ctx.update(|s| match &chip {
                                    Chip::Facet(f, v) => s.filters.toggle(*f, v),
                                    Chip::Trl => s.filters.trl = None,
                                })
                            };
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
                    on:click=move |_| {
                        ctx.update(|s| {
                            s.filters = Default::default();
                            s.query.clear();
                        })
                    }
                >
                    {ctx.text(Msg::ClearAll)}
                </button>
            </div>
        </Show>
    }
}
