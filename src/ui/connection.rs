//! What the page says about its connection: that it is offline and from when its catalogues
//! date, and that a new version of the app is ready. Fixed to the bottom of the window, so
//! appearing never moves the page.

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::i18n::{tf, Msg};
use crate::web::{locale, worker};

#[component]
pub fn ConnectionNotices() -> impl IntoView {
    let ctx = use_ctx();
    let offline = move || !ctx.online.get();
    let offline_text = move || {
        let lang = ctx.lang.get();
        match ctx.fetched_at.get() {
            Some(ms) => tf(
                lang,
                Msg::OfflineSaved,
                &[("when", &locale::moment(lang.code(), ms))],
            ),
            None => ctx.t(Msg::Offline).to_owned(),
        }
    };
    view! {
        <div class="connection" role="status" data-testid="connection">
            <Show when=offline>
                <p class="offline" data-testid="offline">{offline_text}</p>
            </Show>
            <Show when=move || ctx.update_ready.get()>
                <p class="update" data-testid="update">
                    <span>{ctx.text(Msg::UpdateReady)}</span>
                    " "
                    <button type="button" on:click=|_| worker::switch_to_new_build()>
                        {ctx.text(Msg::UpdateReload)}
                    </button>
                </p>
            </Show>
        </div>
    }
}
