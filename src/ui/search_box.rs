//! The search field. Typing changes the view at once; the address bar follows once typing
//! pauses (`web::history`).

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::embed::Lock;
use crate::i18n::Msg;

#[component]
pub fn SearchBox() -> impl IntoView {
    let ctx = use_ctx();
    let locked = move || ctx.presentation.with(|p| p.is_locked(Lock::Query));
    view! {
        <div class="search" role="search" hidden=locked>
            <label for="showcase-q">{ctx.text(Msg::SearchLabel)}</label>
            <input
                id="showcase-q"
                type="search"
                autocomplete="off"
                data-testid="search"
                placeholder=ctx.text(Msg::SearchPlaceholder)
                prop:value=move || ctx.view.with(|v| v.query.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    ctx.update(|v| v.query = text);
                }
            />
        </div>
    }
}
