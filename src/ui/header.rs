//! The site header of the full page: the exhibition's name, the language, the switch to the
//! embed-code screen and back, and the sample-data notice.

use leptos::prelude::*;

use super::ctx::use_ctx;
use super::follow_links::{ForumLinks, ShortlistLink};
use super::lang_select::LangSelect;
use super::sample_notice::SampleNotice;
use super::screens;
use crate::embed::Screen;
use crate::i18n::Msg;
use crate::navigation::code_screen_switch;
use crate::web::events::is_plain_click;

#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let exhibition_title = move || ctx.exhibition_title();
    let title_pending = move || ctx.sources.with(|s| s.title_pending());
    // The embed-code screen starts from the current view; from there, back to it.
    let on_code_screen = move || {
        ctx.presentation
            .with(|p| matches!(p.screen, Screen::EmbedCode | Screen::Check))
    };
    let href = move || {
        let presentation = ctx.presentation.get();
        ctx.href_to(&|v| code_screen_switch(v, &presentation))
    };
    // Switching in place needs the embed-code screen in this bundle (only its own bundle has
    // it, and only that one ever shows the screen); otherwise the link loads that bundle.
    let go = move |ev: web_sys::MouseEvent| {
        if is_plain_click(&ev) && screens::has_lazy_screens() {
            ev.prevent_default();
            let presentation = ctx.presentation.get_untracked();
            ctx.update(|v| *v = code_screen_switch(v, &presentation));
        }
    };
    view! {
        <header class="site-header">
            <div class="titles">
                // Its line is kept while the exhibition's name may still arrive, so the title
                // below stays where it is when it does (the name's length may still differ).
                <Show when=move || exhibition_title().is_some() || title_pending()>
                    <p class="brand" class:reserved=move || exhibition_title().is_none()
                        aria-hidden=move || exhibition_title().is_none().then_some("true")>
                        {ctx.text(Msg::AppTitle)}
                    </p>
                </Show>
                <h1>{move || ctx.display_title()}</h1>
                <p class="tagline">{ctx.text(Msg::AppTagline)}</p>
            </div>
            <div class="header-tools">
                <LangSelect />
                <ForumLinks />
                <ShortlistLink />
                {ctx.personal_tools().then(|| view! {
                    <a class="page-switch" href=href on:click=go data-testid="page-switch">
                        {move || if on_code_screen() { ctx.t(Msg::EmbedBack) } else { ctx.t(Msg::EmbedLink) }}
                    </a>
                })}
            </div>
            <SampleNotice />
        </header>
    }
}
