//! When nothing matches: what to loosen, each with what it would bring back.

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::i18n::{number, tf, Msg};
use crate::labels::{constraint_label, did_you_mean};
use crate::navigation::loosenable;

#[component]
pub fn EmptyState() -> impl IntoView {
    let ctx = use_ctx();
    let options = move || {
        let lang = ctx.lang.get();
        let presentation = ctx.presentation.get();
        let relax = ctx.outcome.with(|o| loosenable(&o.relax, &presentation));
        ctx.view.with(|v| {
            ctx.loaded.with(|l| {
                relax
                    .into_iter()
                    .map(|(c, count)| {
                        let name = constraint_label(&l.exhibition, lang, c, v);
                        let label = tf(
                            lang,
                            Msg::EmptyRelax,
                            &[("name", &name), ("count", &number(count))],
                        );
                        (c, label)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let suggestion = move || {
        let suggestion = ctx.outcome.with(|o| o.suggestion.clone())?;
        let (before, after) = did_you_mean(ctx.lang.get());
        let text = suggestion.clone();
        let search = move |_| {
            let text = text.clone();
            ctx.update(move |v| v.query = text);
        };
        Some(view! {
            <p class="suggestion" data-testid="suggestion">
                {before}
                <button type="button" class="link" on:click=search>{suggestion}</button>
                {after}
            </p>
        })
    };
    view! {
        <div class="empty" data-testid="empty">
            <h3>{ctx.text(Msg::EmptyTitle)}</h3>
            {suggestion}
            <p>{ctx.text(Msg::EmptyHint)}</p>
            <ul>
                {move || {
                    options()
                        .into_iter()
                        .map(|(c, label)| {
                            let loosen = move |_| ctx.update(|v| v.loosen(c));
                            view! {
                                <li>
                                    <button type="button" on:click=loosen>{label}</button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
