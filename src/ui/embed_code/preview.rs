//! The live preview: the embed as the snippet would show it, in a frame that speaks the same
//! height protocol as a partner's.

use std::time::Duration;

use leptos::prelude::*;

use crate::embed::{preview_height, EmbedChoice};
use crate::web::debounce::Debounce;
use crate::web::frame::on_height_reported;

/// The preview reloads a whole app: it waits until typing in the search box pauses.
const RELOAD_SETTLES: Duration = Duration::from_millis(400);

#[component]
pub fn Preview(choice: Memo<EmbedChoice>) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Iframe>::new();
    let height = RwSignal::new(480i32);
    on_height_reported(frame, move |reported| height.set(preview_height(reported)));
    let src = RwSignal::new(choice.with_untracked(EmbedChoice::frame_url));
    let reload = Debounce::new(RELOAD_SETTLES);
    Effect::new(move |_| {
        let next = choice.with(EmbedChoice::frame_url);
        reload.schedule(move || src.set(next));
    });
    view! {
        <iframe
            node_ref=frame
            class="embed-preview"
            data-testid="embed-preview"
            title=move || choice.with(|c| c.title.clone())
            src=move || src.get()
            height=move || height.get().to_string()
        ></iframe>
    }
}
