//! The one language `<select>`: the interface's language in the header and the embed bar, and
//! the embed's language on the embed-code screen (which may leave it to each visitor).

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::i18n::{Lang, Msg};

/// Whose language the select chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LangChoice {
    /// The interface's, which the visitor reads now.
    #[default]
    Interface,
    /// An embed's, which may also be "each visitor's own" (the view names none).
    Embed,
}

#[component]
pub fn LangSelect(#[prop(optional)] choice: LangChoice) -> impl IntoView {
    let ctx = use_ctx();
    let embed = choice == LangChoice::Embed;
    let (class, label, testid) = if embed {
        ("embed-lang", Msg::EmbedLang, "embed-lang")
    } else {
        ("lang-switch", Msg::LanguageLabel, "lang")
    };
    let current = move || {
        if embed {
            ctx.view.with(|v| v.lang)
        } else {
            Some(ctx.lang.get())
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let chosen = Lang::parse(&event_target_value(&ev));
        ctx.update(|v| v.lang = chosen);
    };
    view! {
        <label class=class>
            <span>{ctx.text(label)}</span>
            <select on:change=on_change data-testid=testid prop:value=move || current().map_or("", Lang::code)>
                {embed.then(|| view! {
                    <option value="" selected=move || current().is_none()>{ctx.text(Msg::LangAuto)}</option>
                })}
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() lang=l.code() selected=move || current() == Some(l)>
                                {l.endonym()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
