//! The filter panel: one group of checkboxes per facet, the TRL range, and a toggle that
//! folds the panel away on small screens.

use leptos::prelude::*;

use super::ctx::use_ctx;
use super::facet_group::FacetGroup;
use super::trl_group::TrlGroup;
use crate::i18n::Msg;
use crate::search::Facet;

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
