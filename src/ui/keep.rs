//! The "Keep" toggle of a card and the detail: a real toggle button (`aria-pressed`) whose
//! name stays the same whichever its state, named after the exhibit so a list of them reads
//! well to a screen reader.

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::i18n::{t, tf, Msg};

#[component]
pub fn KeepButton(index: usize) -> impl IntoView {
    let ctx = use_ctx();
    if !ctx.personal_tools() {
        return None;
    }
    let lang = ctx.lang.get_untracked();
    let (id, title) = ctx.loaded.with_untracked(|l| {
        let e = &l.exhibition.exhibits[index];
        (e.id.clone(), e.title.clone())
    });
    let label = tf(
        lang,
        Msg::KeepLabel,
        &[("title", title.get(lang.code()).text)],
    );
    let kept = {
        let id = id.clone();
        Memo::new(move |_| ctx.shortlist.with(|s| s.contains(&id)))
    };
    let toggle = move |_| {
        ctx.change_shortlist(|s| {
            s.toggle(&id, &title);
        })
    };
    Some(view! {
        <button
            type="button"
            class="keep"
            aria-pressed=move || if kept.get() { "true" } else { "false" }
            aria-label=label
            on:click=toggle
            data-testid="keep"
        >
            {t(lang, Msg::KeepButton)}
        </button>
    })
}
