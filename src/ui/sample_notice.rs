//! The notice that the exhibits are illustrative: shown whenever any loaded catalogue says
//! so, in the header and in an embed's bar alike.

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::i18n::Msg;

#[component]
pub fn SampleNotice() -> impl IntoView {
    let ctx = use_ctx();
    let sample = move || ctx.loaded.with(|l| l.exhibition.has_sample());
    view! {
        <Show when=sample>
            <p class="sample-notice" role="note" data-testid="sample-notice">
                {ctx.text(Msg::SampleNotice)}
            </p>
        </Show>
    }
}
