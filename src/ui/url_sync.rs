//! The address bar mirrors the view: discrete steps push a history entry, typing replaces
//! the current one, and back/forward restore the state they stored. Inside a partner's frame
//! every change replaces: the host page's back button must stay the host's.

use leptos::ev;
use leptos::prelude::*;

use crate::url_state::ViewState;

pub fn initial_state() -> ViewState {
    ViewState::from_query(&location().search().unwrap_or_default())
}

/// Keeps `state` and the URL in step for the lifetime of the app.
pub fn sync(state: RwSignal<ViewState>, replace_only: bool) {
    let previous = StoredValue::new(state.get_untracked());
    Effect::new(move |_| {
        let next = state.get();
        let query = next.to_query();
        let current = location().search().unwrap_or_default();
        if current.trim_start_matches('?') != query {
            let url = if query.is_empty() {
                location().pathname().unwrap_or_default()
            } else {
                format!("?{query}")
            };
            let history = window().history().expect("history");
            let push = !replace_only && previous.with_value(|p| p.is_new_step(&next));
            let _ = if push {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            } else {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            };
        }
        previous.set_value(next);
    });
    let handle = window_event_listener(ev::popstate, move |_| {
        let restored = initial_state();
        previous.set_value(restored.clone());
        state.set(restored);
    });
    on_cleanup(move || handle.remove());
}
