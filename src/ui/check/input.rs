//! The ways a catalogue reaches the check: a file picked or dropped, pasted text, or the
//! address of a published one. Each ends in `CheckStore::show`.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{use_check, CheckStore};
use crate::authoring::page::Input;
use crate::i18n::Msg;
use crate::ui::ctx::use_ctx;
use crate::web::{fetch::fetch_text, files};

#[component]
pub fn Inputs() -> impl IntoView {
    let ctx = use_ctx();
    let store = use_check();
    let pasted = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let on_file = move |ev: web_sys::Event| {
        if let Some(file) = files::picked(&ev) {
            read_file(store, file);
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        if let Some(file) = files::dropped(&ev) {
            read_file(store, file);
        }
    };
    let check_pasted = move |_| {
        let text = pasted.get_untracked();
        if !text.trim().is_empty() {
            store.show(Input::new(ctx.t(Msg::CheckPasted), text.into_bytes()));
        }
    };
    let check_address = move |_| {
        let url = address.get_untracked().trim().to_owned();
        if !url.is_empty() {
            check_url(store, url);
        }
    };
    view! {
        <div class="check-inputs">
            <label
                class="drop-zone"
                data-testid="check-drop"
                on:dragover=move |ev| files::allow_drop(&ev)
                on:drop=on_drop
            >
                <span class="drop-title">{ctx.text(Msg::CheckFile)}</span>
                <input
                    type="file"
                    accept=".json,.csv,.tsv,.txt,application/json,text/csv"
                    data-testid="check-file"
                    on:change=on_file
                />
                <span class="help">{ctx.text(Msg::CheckDrop)}</span>
                <span class="help">{ctx.text(Msg::CheckSpreadsheet)}</span>
            </label>
            <div class="check-paste">
                <label for="showcase-check-paste">{ctx.text(Msg::CheckPaste)}</label>
                <textarea
                    id="showcase-check-paste"
                    rows="6"
                    spellcheck="false"
                    data-testid="check-paste"
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <button type="button" on:click=check_pasted data-testid="check-paste-button">
                    {ctx.text(Msg::CheckPasteButton)}
                </button>
            </div>
            <div class="check-url">
                <label for="showcase-check-url">{ctx.text(Msg::CheckUrl)}</label>
                <input
                    id="showcase-check-url"
                    type="url"
                    inputmode="url"
                    data-testid="check-url"
                    on:input=move |ev| address.set(event_target_value(&ev))
                />
                <button type="button" on:click=check_address data-testid="check-url-button">
                    {ctx.text(Msg::CheckUrlButton)}
                </button>
            </div>
        </div>
    }
}

fn read_file(store: CheckStore, file: web_sys::File) {
    let name = files::name(&file);
    store.progress(&name, 0, None);
    spawn_local(async move {
        let read = files::read(&file, |received, total| {
            store.progress(&name, received, total)
        })
        .await;
        store.show(match read {
            Ok(bytes) => Input::new(&name, bytes),
            Err(e) => Input::failed(&name, e),
        });
    });
}

/// Fetches a published catalogue (or an index's catalogue) by its address and checks it.
pub(super) fn check_url(store: CheckStore, url: String) {
    store.progress(&url, 0, None);
    spawn_local(async move {
        let fetched = fetch_text(&url, None, |received, total| {
            store.progress(&url, received, total)
        })
        .await;
        store.show(match fetched {
            Ok(text) => Input::new(&url, text.into_bytes()),
            Err(e) => Input::failed(&url, e),
        });
    });
}
