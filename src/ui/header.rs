//! The site header of the full page, and the language switch it shares with the embed bar.

use leptos::prelude::*;

use super::app::use_ctx;
use crate::embed::{standalone, with_presentation, Page, Presentation};
use crate::i18n::{Lang, Msg};
use crate::url_state::ViewState;

#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let exhibition_title = move || ctx.exhibition_title();
    // The embed-code page starts from the current view; from there, back to it.
    let on_code_page = move || ctx.presentation.with(|p| p.page == Page::EmbedCode);
    let href = move || ctx.state.with(|s| ctx.href(&other_page(s, on_code_page())));
    // Switching in place needs the embed-code page in this bundle (only its own bundle has
    // it, and only that one ever shows the page); otherwise the link loads that bundle.
    let go = move |ev: web_sys::MouseEvent| {
        if super::card::is_plain_click(&ev) && super::pages::has_code_page() {
            ev.prevent_default();
            let from_code_page = on_code_page();
            ctx.update(|s| *s = other_page(s, from_code_page));
        }
    };
    view! {
        <header class="site-header">
            <div class="titles">
                <Show when=move || exhibition_title().is_some()>
                    <p class="brand">{ctx.text(Msg::AppTitle)}</p>
                </Show>
                <h1>{move || ctx.display_title()}</h1>
                <p class="tagline">{ctx.text(Msg::AppTagline)}</p>
            </div>
            <div class="header-tools">
                <LangSwitch />
                <a class="page-switch" href=href on:click=go data-testid="page-switch">
                    {move || if on_code_page() { ctx.t(Msg::EmbedBack) } else { ctx.t(Msg::EmbedLink) }}
                </a>
            </div>
            <SampleNotice />
        </header>
    }
}

/// The embed-code page for the view `s`, or from that page the view itself.
fn other_page(s: &ViewState, on_code_page: bool) -> ViewState {
    if on_code_page {
        return standalone(s);
    }
    let code_page = Presentation {
        page: Page::EmbedCode,
        ..Presentation::default()
    };
    let mut next = with_presentation(s, &code_page);
    next.exhibit = None;
    next
}

#[component]
pub fn LangSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let on_lang = move |ev: leptos::ev::Event| {
        let chosen = Lang::parse(&event_target_value(&ev));
        ctx.update(|s| s.lang = chosen);
    };
    view! {
        <label class="lang-switch">
            <span>{ctx.text(Msg::LanguageLabel)}</span>
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
    }
}

/// Says so when any loaded catalogue is marked as sample data; an embed must say it too.
#[component]
pub fn SampleNotice() -> impl IntoView {
    let ctx = use_ctx();
    let sample = move || ctx.data.with(|d| d.ex.has_sample());
    view! {
        <Show when=sample>
            <p class="sample-notice" role="note" data-testid="sample-notice">
                {ctx.text(Msg::SampleNotice)}
            </p>
        </Show>
    }
}
