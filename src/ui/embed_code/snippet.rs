//! One snippet: read-only code with a copy button that says what happened.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Msg;
use crate::ui::ctx::use_ctx;
use crate::web::clipboard;

#[component]
pub fn Snippet(
    heading: Msg,
    help: Msg,
    testid: &'static str,
    code: Signal<String>,
) -> impl IntoView {
    let ctx = use_ctx();
    let status = RwSignal::new(None::<Msg>);
    let id = format!("showcase-{testid}");
    let help_id = format!("{id}-help");
    let copy = move |_| {
        let copied = clipboard::copy(&code.get_untracked());
        leptos::task::spawn_local(async move {
            status.set(Some(if copied.await {
                Msg::EmbedCopied
            } else {
                Msg::EmbedCopyFailed
            }));
        });
    };
    Effect::new(move |_| {
        let _ = code.get();
        status.set(None);
    });
    let select_all = |ev: web_sys::FocusEvent| {
        if let Some(area) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            area.select();
        }
    };
    view! {
        <div class="snippet">
            <h3>
                <label for=id.clone()>{ctx.text(heading)}</label>
            </h3>
            <p id=help_id.clone()>{ctx.text(help)}</p>
            <textarea
                id=id
                readonly
                rows="4"
                spellcheck="false"
                aria-describedby=help_id
                data-testid=testid
                prop:value=move || code.get()
                on:focus=select_all
            ></textarea>
            <div class="snippet-actions">
                <button type="button" on:click=copy data-testid=format!("{testid}-copy")>
                    {ctx.text(Msg::EmbedCopy)}
                </button>
                <span role="status" class="copy-status">{move || status.get().map(|m| ctx.t(m))}</span>
            </div>
        </div>
    }
}
