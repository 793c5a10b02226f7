//! The embed-code screen (`?page=embed`): the visitor picks exhibits with the usual search and
//! filters, then locks, theme, accent and language here; a live preview shows the result and
//! the two snippets are ready to copy. The choices live in the URL like everything else, so
//! the screen can be bookmarked or sent to a colleague. Ships only in the builder bundle.

mod catalogue_picker;
mod choices;
mod preview;
mod snippet;

use leptos::prelude::*;

use super::ctx::use_ctx;
use super::lang_select::{LangChoice, LangSelect};
use crate::embed::EmbedChoice;
use crate::i18n::Msg;
use catalogue_picker::CataloguePicker;
use choices::{AccentChoice, LockChoices, ThemeChoice};
use preview::Preview;
use snippet::Snippet;

#[component]
pub fn EmbedCode() -> impl IntoView {
    let ctx = use_ctx();
    let choice = Memo::new(move |_| {
        let presentation = ctx.presentation.get();
        let title = ctx.display_title();
        ctx.view.with(|view| {
            ctx.host
                .with_value(|host| EmbedChoice::for_view(view, &presentation, host, title))
        })
    });
    view! {
        <section class="embed-code" aria-labelledby="showcase-embed-heading" data-testid="embed-code">
            <h2 id="showcase-embed-heading">{ctx.text(Msg::EmbedHeading)}</h2>
            <p>{ctx.text(Msg::EmbedIntro)}</p>
            <CataloguePicker />
            <div class="embed-options">
                <LockChoices />
                <ThemeChoice />
                <AccentChoice />
                <LangSelect choice=LangChoice::Embed />
            </div>
            <Snippet
                heading=Msg::EmbedIframe
                help=Msg::EmbedIframeHelp
                testid="iframe-snippet"
                code=Signal::derive(move || choice.with(EmbedChoice::iframe_snippet))
            />
            <Snippet
                heading=Msg::EmbedScript
                help=Msg::EmbedScriptHelp
                testid="script-snippet"
                code=Signal::derive(move || choice.with(EmbedChoice::script_snippet))
            />
            <h3>{ctx.text(Msg::EmbedPreview)}</h3>
            <Preview choice />
        </section>
    }
}
