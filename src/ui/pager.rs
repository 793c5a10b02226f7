//! Previous / "page N of M" / next. Each is a real link to that page's URL; a plain click
//! stays in place and puts focus on the results heading, where the new page begins.

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::i18n::{number, tf, Msg};
use crate::navigation::results_page_link;
use crate::web::events::is_plain_click;

#[component]
pub fn Pager(
    page: impl Fn() -> usize + Copy + Send + Sync + 'static,
    pages: impl Fn() -> usize + Copy + Send + Sync + 'static,
    heading: NodeRef<leptos::html::H2>,
) -> impl IntoView {
    let ctx = use_ctx();
    let href = move |to: usize| ctx.href_to(&|v| results_page_link(v, to));
    let go = move |to: usize| {
        move |ev: web_sys::MouseEvent| {
            if is_plain_click(&ev) {
                ev.prevent_default();
                ctx.update(|v| v.page = to);
                if let Some(h) = heading.get_untracked() {
                    let _ = h.focus();
                    h.scroll_into_view();
                }
            }
        }
    };
    let status = move || {
        let lang = ctx.lang.get();
        tf(
            lang,
            Msg::PageOf,
            &[("page", &number(page() + 1)), ("pages", &number(pages()))],
        )
    };
    view! {
        <nav class="pager" aria-label=ctx.text(Msg::ResultsPages) data-testid="pager">
            <Show when=move || { page() > 0 }>
                <a href=move || href(page().saturating_sub(1)) on:click=move |ev| go(page().saturating_sub(1))(ev) rel="prev" data-testid="page-previous">
                    {ctx.text(Msg::PagePrevious)}
                </a>
            </Show>
            <span class="page-of" data-testid="page-of">{status}</span>
            <Show when=move || { page() + 1 < pages() }>
                <a href=move || href(page() + 1) on:click=move |ev| go(page() + 1)(ev) rel="next" data-testid="page-next">
                    {ctx.text(Msg::PageNext)}
                </a>
            </Show>
        </nav>
    }
}
