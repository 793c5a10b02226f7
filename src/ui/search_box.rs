//! The search field. Typing changes the view at once; the address bar follows once typing
//! pauses (`web::history`).

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::embed::Lock;
use crate::i18n::Msg;
use crate::search::{popular_keywords, KIOSK_SUGGESTIONS};

#[component]
pub fn SearchBox() -> impl IntoView {
    let ctx = use_ctx();
    let locked = move || ctx.presentation.with(|p| p.is_locked(Lock::Query));
    let kiosk = ctx.presentation.with_untracked(|p| p.kiosk.is_some());
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
            {kiosk.then(|| view! { <Suggestions /> })}
        </div>
    }
}

/// A booth screen's searches as buttons: nobody needs to type.
#[component]
fn Suggestions() -> impl IntoView {
    let ctx = use_ctx();
    let words = move || {
        let code = ctx.lang.get().code();
        ctx.loaded
            .with(|l| popular_keywords(&l.exhibition, code, KIOSK_SUGGESTIONS))
    };
    view! {
        <div class="suggested" role="group" aria-labelledby="showcase-suggested" data-testid="suggested">
            <span id="showcase-suggested">{ctx.text(Msg::KioskTry)}</span>
            {move || {
                let current = ctx.view.with(|v| v.query.clone());
                words()
                    .into_iter()
                    .map(|word| {
                        let pressed = (word == current).to_string();
                        let chosen = word.clone();
                        view! {
                            <button
                                type="button"
                                aria-pressed=pressed
                                on:click=move |_| {
                                    let chosen = chosen.clone();
                                    ctx.update(|v| v.query = chosen);
                                }
                            >
                                {word}
                            </button>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
