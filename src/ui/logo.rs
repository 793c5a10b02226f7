//! An institution's logo beside its name. The name is always there as text, so the logo is
//! decorative (`alt=""`); one that fails to load leaves instead of showing a broken icon.

use leptos::prelude::*;

use crate::web::events::hide_failed_image;

#[component]
pub fn Logo(src: String) -> impl IntoView {
    view! {
        <img
            class="logo"
            src=src
            alt=""
            width="24"
            height="24"
            loading="lazy"
            on:error=move |ev| hide_failed_image(&ev)
        />
    }
}
