//! One facet's checkboxes, each with the number of results it would yield. A long facet
//! (hundreds of universities) lists its busiest options, more on request, and finds the rest
//! by name.

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::i18n::{number, t, tf, Msg};
use crate::labels::{facet_name, option_label, option_search_text};
use crate::search::{offers_more, Facet, ListNote, FACET_EXPANDED, FACET_FOLDED};

#[component]
pub fn FacetGroup(facet: Facet) -> impl IntoView {
    let ctx = use_ctx();
    let total = move || {
        ctx.outcome
            .with(|o| o.facet(facet).map_or(0, |f| f.options.len()))
    };
    let count_of = move |value: &str| {
        ctx.outcome
            .with(|o| o.facet(facet).map_or(0, |f| f.count_of(value)))
    };
    // What is typed here only narrows this list, never the results, so it is not part of the
    // view (nor is "show more").
    let filter = RwSignal::new(String::new());
    let expanded = RwSignal::new(false);
    let long = move || total() > FACET_FOLDED;
    let listed = Memo::new(move |_| {
        let limit = if expanded.get() {
            FACET_EXPANDED
        } else {
            FACET_FOLDED
        };
        let lang = ctx.lang.get();
        let typed = filter.get();
        ctx.loaded.with(|l| {
            ctx.outcome.with(|o| {
                o.facet(facet)
                    .map(|f| {
                        let listed = f.listed(limit, &typed, |v| {
                            option_search_text(&l.exhibition, lang, facet, v)
                        });
                        let values: Vec<String> =
                            listed.options.iter().map(|o| o.value.clone()).collect();
                        (values, listed.more)
                    })
                    .unwrap_or_default()
            })
        })
    });
    let filtering = move || !filter.with(|f| f.trim().is_empty());
    let shown = move || total() > 0 && !ctx.presentation.with(|p| p.is_facet_locked(facet));
    let note = move || {
        let lang = ctx.lang.get();
        let note = listed
            .with(|(values, more)| ListNote::of(values.len(), *more, filtering(), expanded.get()));
        match note {
            ListNote::NoMatch => t(lang, Msg::FacetNoMatch).to_owned(),
            ListNote::Hidden(more) => tf(lang, Msg::FacetHidden, &[("count", &number(more))]),
            ListNote::Nothing => String::new(),
        }
    };
    let more_offered =
        move || listed.with(|(_, more)| offers_more(*more, filtering(), expanded.get()));
    view! {
        <Show when=shown>
            <fieldset class="facet" data-facet=facet.param()>
                <legend>{move || facet_name(ctx.lang.get(), facet)}</legend>
                <Show when=long>
                    <input
                        type="search"
                        class="facet-filter"
                        data-testid="facet-filter"
                        aria-label=move || {
                            let lang = ctx.lang.get();
                            tf(lang, Msg::FacetFilter, &[("facet", facet_name(lang, facet))])
                        }
                        placeholder=ctx.text(Msg::FacetFilterPlaceholder)
                        prop:value=move || filter.get()
                        on:input=move |ev| filter.set(event_target_value(&ev))
                    />
                </Show>
                // Folded, every listed option shows whole; only the expanded list scrolls (a
                // folded list in a scroll box hid its last rows behind "Show more").
                <ul class="options" class:scroll=move || long() && expanded.get()>
                    <For each=move || listed.get().0 key=|v| v.clone() let:value>
                        {
                            let v = value.clone();
                            let label_value = value.clone();
                            let count_value = value.clone();
                            let checked = {
                                let v = value.clone();
                                move || ctx.view.with(|s| s.filters.is_selected(facet, &v))
                            };
                            view! {
                                <li>
                                    <label>
                                        <input
                                            type="checkbox"
                                            value=value.clone()
                                            prop:checked=checked
                                            on:change=move |_| ctx.update(|s| s.filters.toggle(facet, &v))
                                        />
                                        <span class="label">
                                            {move || {
                                                ctx.loaded.with(|l| option_label(&l.exhibition, ctx.lang.get(), facet, &label_value))
                                            }}
                                        </span>
                                        <span class="count">
                                            {move || number(count_of(&count_value))}
                                        </span>
                                    </label>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <p class="facet-note" role="status">{note}</p>
                <Show when=more_offered>
                    <button
                        type="button"
                        class="facet-more"
                        aria-expanded=move || expanded.get().to_string()
                        on:click=move |_| expanded.update(|e| *e = !*e)
                    >
                        {move || {
                            ctx.t(if expanded.get() { Msg::FacetFewer } else { Msg::FacetMore })
                        }}
                    </button>
                </Show>
            </fieldset>
        </Show>
    }
}
