//! The filter panel: one group of checkboxes per facet, the TRL range, and a toggle that
//! folds the panel away on small screens.

use leptos::prelude::*;

use super::app::use_ctx;
use crate::embed::Lock;
use crate::i18n::{number, t, tf, Msg};
use crate::labels::{facet_name, option_label, option_search_text, trl_level};
use crate::search::{Facet, TrlRange};

/// Options a long facet lists at first.
const FACET_LIMIT: usize = 10;
/// Options it lists when asked for more: enough to browse, few enough that the page stays
/// within its DOM budget; the rest are found by typing.
const FACET_EXPANDED: usize = 50;

#[component]
pub fn Facets() -> impl IntoView {
    let ctx = use_ctx();
    let open = RwSignal::new(false);
    let toggle = NodeRef::<leptos::html::Button>::new();
    // On small screens the panel folds; Escape folds it again and puts focus back on the
    // toggle, so keyboard users are never left inside a hidden panel.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    // On a partner's page the showcase is one region; a complementary landmark inside it
    // would not be top-level, so the panel is a region of its own there.
    let in_element = ctx.host.with_value(|h| !h.owns_document());
    view! {
        <aside
            class="filters"
            aria-labelledby="showcase-filters-heading"
            role=in_element.then_some("region")
        >
            <div class="filters-head">
                <h2 id="showcase-filters-heading">{ctx.text(Msg::FiltersHeading)}</h2>
                <button
                    node_ref=toggle
                    type="button"
                    class="filters-toggle"
                    data-testid="filters-toggle"
                    aria-controls="showcase-filter-groups"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || if open.get() { ctx.t(Msg::FiltersHide) } else { ctx.t(Msg::FiltersShow) }}
                </button>
            </div>
            <div
                id="showcase-filter-groups"
                class="filter-groups"
                class:open=move || open.get()
                on:keydown=on_key
            >
                {Facet::ALL.into_iter().map(|facet| view! { <FacetGroup facet /> }).collect_view()}
                <TrlGroup />
            </div>
        </aside>
    }
}

#[component]
fn FacetGroup(facet: Facet) -> impl IntoView {
    let ctx = use_ctx();
    let total = move || {
        ctx.outcome
            .with(|o| o.facet(facet).map_or(0, |f| f.options.len()))
    };
    let count_of = move |value: &str| {
        ctx.outcome.with(|o| {
            o.facet(facet)
                .and_then(|f| f.options.iter().find(|opt| opt.value == value))
                .map_or(0, |opt| opt.count)
        })
    };
    // Hundreds of universities would be thousands of nodes: a long facet lists the options
    // with the most results (and every selected one), a few more on request, and finds the
    // rest by name. What is typed here only narrows this list, never the results, so it is
    // not part of the view's state.
    let filter = RwSignal::new(String::new());
    let expanded = RwSignal::new(false);
    let long = move || total() > FACET_LIMIT;
    let listed = Memo::new(move |_| {
        let limit = if expanded.get() {
            FACET_EXPANDED
        } else {
            FACET_LIMIT
        };
        let lang = ctx.lang.get();
        let typed = filter.get();
        ctx.data.with(|d| {
            ctx.outcome.with(|o| {
                o.facet(facet)
                    .map(|f| {
                        let l =
                            f.listed(limit, &typed, |v| option_search_text(&d.ex, lang, facet, v));
                        let values: Vec<String> =
                            l.options.iter().map(|o| o.value.clone()).collect();
                        (values, l.more)
                    })
                    .unwrap_or_default()
            })
        })
    });
    let filtering = move || !filter.with(|f| f.trim().is_empty());
    let shown = move || total() > 0 && !ctx.presentation.with(|p| p.is_facet_locked(facet));
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
                <ul class="options" class:scroll=long>
                    <For each=move || listed.get().0 key=|v| v.clone() let:value>
                        {
                            let v = value.clone();
                            let label_value = value.clone();
                            let count_value = value.clone();
                            let checked = {
                                let v = value.clone();
                                move || ctx.state.with(|s| s.filters.is_selected(facet, &v))
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
                                                ctx.data.with(|d| option_label(&d.ex, ctx.lang.get(), facet, &label_value))
                                            }}
                                        </span>
                                        <span class="count">
                                            {move || number(ctx.lang.get(), count_of(&count_value))}
                                        </span>
                                    </label>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <p class="facet-note" role="status">
                    {move || {
                        let lang = ctx.lang.get();
                        let (values, more) = listed.get();
                        if values.is_empty() && filtering() {
                            t(lang, Msg::FacetNoMatch).to_owned()
                        } else if more > 0 && (expanded.get() || filtering()) {
                            tf(lang, Msg::FacetHidden, &[("count", &number(lang, more))])
                        } else {
                            String::new()
                        }
                    }}
                </p>
                <Show when=move || !filtering() && (expanded.get() || listed.with(|l| l.1 > 0))>
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

#[component]
fn TrlGroup() -> impl IntoView {
    let ctx = use_ctx();
    let range = move || ctx.state.with(|s| s.filters.trl).unwrap_or(TrlRange::FULL);
    let set = move |min: u8, max: u8| {
        let next = TrlRange::new(min, max);
        ctx.update(|s| s.filters.trl = (next != TrlRange::FULL).then_some(next));
    };
    let levels = move |selected: u8| {
        let lang = ctx.lang.get();
        let counts = ctx.outcome.with(|o| o.trl_counts);
        (1u8..=9)
            .map(|level| {
                let label = format!(
                    "{} ({})",
                    trl_level(lang, level),
                    number(lang, counts[usize::from(level) - 1])
                );
                view! { <option value=level.to_string() selected=level == selected>{label}</option> }
            })
            .collect_view()
    };
    let parse = |ev: &leptos::ev::Event| event_target_value(ev).parse::<u8>().unwrap_or(1);
    let locked = move || ctx.presentation.with(|p| p.is_locked(Lock::Trl));
    view! {
        <fieldset class="facet trl" data-facet="trl" hidden=locked>
            <legend>{ctx.text(Msg::TrlHeading)}</legend>
            <p class="help" id="showcase-trl-help">{ctx.text(Msg::TrlHelp)}</p>
            <label>
                <span>{ctx.text(Msg::TrlFrom)}</span>
                <select
                    data-testid="trl-min"
                    aria-describedby="showcase-trl-help"
                    on:change=move |ev| set(parse(&ev), range().max)
                >
                    {move || levels(range().min)}
                </select>
            </label>
            <label>
                <span>{ctx.text(Msg::TrlTo)}</span>
                <select data-testid="trl-max" on:change=move |ev| set(range().min, parse(&ev))>
                    {move || levels(range().max)}
                </select>
            </label>
        </fieldset>
    }
}
