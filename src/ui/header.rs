use leptos::prelude::*;

use super::app::use_ctx;
use crate::i18n::{Lang, Msg};

#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let on_lang = move |ev: leptos::ev::Event| {
        let chosen = Lang::parse(&event_target_value(&ev));
        ctx.update(|s| s.lang = chosen);
    };
    let sample = move || ctx.data.with(|d| d.ex.has_sample());
    let exhibition_title = move || ctx.exhibition_title();
    view! {
        <header class="site-header">
            <div class="titles">
                <Show when=move || exhibition_title().is_some()>
                    <p class="brand">{move || ctx.t(Msg::AppTitle)}</p>
                </Show>
                <h1>{move || exhibition_title().unwrap_or_else(|| ctx.t(Msg::AppTitle).to_owned())}</h1>
                <p class="tagline">{move || ctx.t(Msg::AppTagline)}</p>
            </div>
            <label class="lang-switch">
                <span>{move || ctx.t(Msg::LanguageLabel)}</span>
                <select on:change=on_lang data-testid="lang" prop:value=move || ctx.lang.get().code()>
                    {Lang::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.code() lang=l.code() selected=move || ctx.lang.get() == l>
                                    {l.endonym()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <Show when=sample>
                <p class="sample-notice" role="note" data-testid="sample-notice">
                    {move || ctx.t(Msg::SampleNotice)}
                </p>
            </Show>
        </header>
    }
}
