//! Sharing the list: its link (to copy, or through the device's share sheet where there is
//! one) and its QR code, for a colleague across the table.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{tf, Msg};
use crate::navigation::shared_list_link;
use crate::ui::ctx::use_ctx;
use crate::ui::qr::QrFigure;
use crate::web::clipboard::copy;
use crate::web::share::{can_share, select_all, share};

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

#[component]
pub fn ShareBox(ids: Signal<Vec<String>>) -> impl IntoView {
    let ctx = use_ctx();
    let link = Memo::new(move |_| {
        ids.with(|ids| {
            ctx.view.with(|v| {
                ctx.host
                    .with_value(|h| h.absolute_href(&shared_list_link(v, ids)))
            })
        })
    });
    let copied = RwSignal::new(Copied::Not);
    let on_copy = move |_| {
        let done = copy(&link.get_untracked());
        spawn_local(async move {
            copied.set(if done.await {
                Copied::Done
            } else {
                Copied::Failed
            });
        });
    };
    let on_share = move |_| {
        let title = tf(
            ctx.lang.get_untracked(),
            Msg::ShareTitle,
            &[("exhibition", &ctx.display_title())],
        );
        let url = link.get_untracked();
        spawn_local(async move {
            share(&title, &url).await;
        });
    };
    let sheet = can_share();
    let note = move || match copied.get() {
        Copied::Not => "",
        Copied::Done => ctx.t(Msg::ShareCopied),
        Copied::Failed => ctx.t(Msg::ShareCopyFailed),
    };
    view! {
        <section class="share-box" aria-labelledby="showcase-share-heading" data-testid="share-box">
            <h3 id="showcase-share-heading">{ctx.text(Msg::ShareHeading)}</h3>
            <label class="share-link">
                <span>{ctx.text(Msg::ShareLinkLabel)}</span>
                <input type="url" readonly prop:value=move || link.get() on:focus=move |ev| select_all(&ev) data-testid="share-link" />
            </label>
            <div class="share-actions">
                <button type="button" class="button" on:click=on_copy data-testid="copy-share">{ctx.text(Msg::ShareCopy)}</button>
                {sheet.then(|| view! {
                    <button type="button" class="button" on:click=on_share data-testid="share-sheet">{ctx.text(Msg::ShareButton)}</button>
                })}
                <span class="copy-note" role="status">{note}</span>
            </div>
            {move || {
                let lang = ctx.lang.get();
                view! {
                    <QrFigure link=link.get() caption=crate::i18n::t(lang, Msg::QrListCaption) label=crate::i18n::t(lang, Msg::QrListLabel) />
                }
            }}
        </section>
    }
}
