//! The facts about where the app runs that only the browser knows: the document's base URL
//! and whether it sits in a frame. The rules built on them are `crate::host`.

use leptos::prelude::*;

use crate::host::Host;

/// The app's own document, wherever it is served.
pub fn own_document() -> Host {
    Host::own_document(&document_base(), is_framed())
}

/// An element of the page that loaded the app from `app_base`.
pub fn partner_element(app_base: &str) -> Host {
    Host::partner_element(app_base, &document_base())
}

/// The absolute URL relative URLs resolve against, so the app works from any sub-path.
fn document_base() -> String {
    document()
        .base_uri()
        .ok()
        .flatten()
        .or_else(|| location().href().ok())
        .unwrap_or_default()
}

fn is_framed() -> bool {
    let win = window();
    match win.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(parent.as_ref(), win.as_ref()),
        _ => false,
    }
}
