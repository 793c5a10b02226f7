//! Where the app lives: its own page (possibly inside a partner's iframe), or an element of a
//! partner's page (the script embed). Everything that differs between the two — who owns the
//! URL, what relative URLs mean, whether the document may be touched — is decided here.

use crate::catalogue::resolve;
use crate::url_state::ViewState;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostKind {
    /// The app's own document: it owns the URL, the title and `<html lang>`.
    Page,
    /// An element on someone else's page: state stays in memory, the document is theirs.
    Element,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    pub kind: HostKind,
    /// The app's directory, absolute: bundled catalogues and full-page links live here.
    pub app_base: String,
    /// What relative catalogue URLs are relative to: the app page, or the partner's page.
    pub doc_base: String,
    /// Inside a frame: the app reports its height to the parent.
    pub framed: bool,
}

impl Host {
    /// The app's own document, wherever it is served.
    pub fn page() -> Host {
        let base = document_base();
        Host {
            kind: HostKind::Page,
            app_base: resolve(&base, "./"),
            doc_base: base,
            framed: is_framed(),
        }
    }

    /// An element of the page that loaded the app from `app_base`.
    pub fn element(app_base: &str) -> Host {
        Host {
            kind: HostKind::Element,
            app_base: resolve(app_base, "./"),
            doc_base: document_base(),
            framed: false,
        }
    }

    pub fn owns_document(&self) -> bool {
        self.kind == HostKind::Page
    }

    /// A link to `state` that works from anywhere: relative on the app's own page (so a
    /// copied link keeps the host), absolute from a partner's page.
    pub fn href(&self, state: &ViewState) -> String {
        let query = state.to_query();
        match self.kind {
            HostKind::Page if query.is_empty() => "./".to_owned(),
            HostKind::Page => format!("?{query}"),
            HostKind::Element => format!("{}?{}", self.app_base, query),
        }
    }
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
