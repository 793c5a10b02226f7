//! The embed's presentation choices: which parts visitors cannot change, the colour scheme
//! and the accent colour.

use leptos::prelude::*;

use crate::embed::{Accent, Lock, Theme};
use crate::i18n::Msg;
use crate::labels::lock_name;
use crate::ui::ctx::use_ctx;

#[component]
pub fn LockChoices() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <fieldset data-testid="embed-locks">
            <legend>{ctx.text(Msg::EmbedLocks)}</legend>
            {Lock::ALL
                .into_iter()
                .map(|lock| {
                    let checked = move || ctx.presentation.with(|p| p.locks.contains(&lock));
                    let toggle = move |_| ctx.update_presentation(|p| p.toggle_lock(lock));
                    view! {
                        <label>
                            <input type="checkbox" value=lock.param() prop:checked=checked on:change=toggle />
                            <span>{move || lock_name(ctx.lang.get(), lock)}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
pub fn ThemeChoice() -> impl IntoView {
    let ctx = use_ctx();
    let themes = [
        (None, Msg::ThemeAuto),
        (Some(Theme::Light), Msg::ThemeLight),
        (Some(Theme::Dark), Msg::ThemeDark),
    ];
    view! {
        <fieldset data-testid="embed-theme">
            <legend>{ctx.text(Msg::EmbedTheme)}</legend>
            {themes
                .into_iter()
                .map(|(theme, msg)| {
                    let checked = move || ctx.presentation.with(|p| p.theme == theme);
                    view! {
                        <label>
                            <input
                                type="radio"
                                name="showcase-embed-theme"
                                value=theme.map_or("auto", Theme::as_str)
                                prop:checked=checked
                                on:change=move |_| ctx.update_presentation(|p| p.theme = theme)
                            />
                            <span>{ctx.text(msg)}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
pub fn AccentChoice() -> impl IntoView {
    let ctx = use_ctx();
    let accent_value = move || {
        ctx.presentation
            .with(|p| p.accent.as_ref().map(|a| a.css().to_owned()))
            .unwrap_or_else(|| Accent::DEFAULT.to_owned())
    };
    view! {
        <fieldset data-testid="embed-accent">
            <legend>{ctx.text(Msg::EmbedAccent)}</legend>
            <label>
                <input
                    type="checkbox"
                    data-testid="accent-custom"
                    prop:checked=move || ctx.presentation.with(|p| p.accent.is_some())
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        ctx.update_presentation(|p| {
                            p.accent = on.then(|| Accent::parse(Accent::DEFAULT)).flatten();
                        })
                    }
                />
                <span>{ctx.text(Msg::EmbedAccentCustom)}</span>
            </label>
            <label>
                <span>{ctx.text(Msg::EmbedAccent)}</span>
                <input
                    type="color"
                    data-testid="accent"
                    disabled=move || ctx.presentation.with(|p| p.accent.is_none())
                    prop:value=accent_value
                    on:change=move |ev| {
                        let chosen = Accent::parse(&event_target_value(&ev));
                        ctx.update_presentation(|p| p.accent = chosen)
                    }
                />
            </label>
        </fieldset>
    }
}
