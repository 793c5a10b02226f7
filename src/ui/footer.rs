//! The full page's footer: the way in for catalogue authors. Embeds hide it (the partner's
//! page has its own).

use leptos::prelude::*;

use super::ctx::use_ctx;
use super::screens;
use crate::i18n::Msg;
use crate::navigation::check_screen_link;
use crate::web::events::is_plain_click;

/// The format's JSON Schema, shipped next to the app.
const SCHEMA: &str = "schema/catalogue-v1.schema.json";

#[component]
pub fn Footer(
    /// Embedded, the partner's page has its own footer.
    hidden: Memo<bool>,
) -> impl IntoView {
    let ctx = use_ctx();
    let href = move || ctx.href_to(&check_screen_link);
    // As with the embed-code switch: in place when this bundle has the page, else the link
    // loads the bundle that does.
    let go = move |ev: web_sys::MouseEvent| {
        if is_plain_click(&ev) && screens::has_lazy_screens() {
            ev.prevent_default();
            ctx.update(|v| *v = check_screen_link(v));
        }
    };
    view! {
        <footer class="site-footer" hidden=move || hidden.get()>
            <a href=href on:click=go data-testid="add-catalogue">{ctx.text(Msg::FooterAdd)}</a>
            <a href=SCHEMA>{ctx.text(Msg::FooterSchema)}</a>
        </footer>
    }
}
