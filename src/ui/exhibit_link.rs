//! A link to an exhibit's detail: a real link to its own URL (so it opens in a new tab, copies
//! and works by keyboard like any link), opened in place on a plain click. Every list of
//! exhibits — cards, related exhibits, the shortlist, a comparison — links through it.

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::navigation::exhibit_link;
use crate::web::events::is_plain_click;

#[component]
pub fn ExhibitLink(
    id: String,
    /// The language of the link's text, when it is not the interface's.
    #[prop(optional_no_strip)]
    lang: Option<String>,
    children: Children,
) -> impl IntoView {
    let ctx = use_ctx();
    let href_id = id.clone();
    let href = move || {
        let presentation = ctx.presentation.get_untracked();
        ctx.href_to(&|v| exhibit_link(v, &presentation, &href_id))
    };
    let open = move |ev: web_sys::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            let id = id.clone();
            ctx.update(|v| v.exhibit = Some(id));
        }
    };
    view! {
        <a href=href on:click=open lang=lang>
            {children()}
        </a>
    }
}
