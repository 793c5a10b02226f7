//! The slim bar an embed shows instead of the site header: the partner's page has its own
//! heading, but visitors still need the language, the sample-data notice and a way out.

use leptos::prelude::*;

use super::ctx::use_ctx;
use super::follow_links::{ForumLinks, ShortlistLink};
use super::lang_select::LangSelect;
use super::sample_notice::SampleNotice;
use crate::embed::Lock;
use crate::i18n::Msg;
use crate::navigation::full_showcase;

#[component]
pub fn EmbedBar() -> impl IntoView {
    let ctx = use_ctx();
    let lang_locked = move || ctx.presentation.with(|p| p.is_locked(Lock::Lang));
    let full = move || ctx.href_to(&full_showcase);
    // The partner's page has its own headings: in a frame the exhibition is the document's h1,
    // on the partner's own page a section of it (h2). Either way only assistive tech sees it.
    let title = move || ctx.display_title();
    let owns_document = ctx.host.with_value(|h| h.owns_document());
    view! {
        <header class="embed-bar">
            {if owns_document {
                view! { <h1 class="visually-hidden">{title}</h1> }.into_any()
            } else {
                view! { <h2 class="visually-hidden">{title}</h2> }.into_any()
            }}
            <Show when=move || !lang_locked()>
                <LangSelect />
            </Show>
            <ForumLinks />
            <ShortlistLink />
            <a class="open-full" href=full target="_blank" rel="noopener" data-testid="open-full">
                {ctx.text(Msg::EmbedOpenFull)}
                <span class="visually-hidden">{ctx.text(Msg::NewTab)}</span>
            </a>
            <SampleNotice />
        </header>
    }
}
