//! Where the app lives: its own document (possibly inside a partner's iframe), or an element
//! of a partner's page (the script embed). Everything that differs between the two — who owns
//! the URL, what relative URLs mean, whether the document may be touched — is decided here,
//! from facts the browser layer reads once (`web::host`).

use crate::catalogue::resolve;
use crate::url_state::ViewState;

/// Used when the view names no catalogue: the index shipped next to the app.
pub const DEFAULT_CATALOGUE: &str = "catalogues/index.json";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostKind {
    /// The app's own document: it owns the URL, the title and `<html lang>`.
    OwnDocument,
    /// An element on a partner's page: state stays in memory, the document is theirs.
    PartnerElement,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    pub kind: HostKind,
    /// The app's directory, absolute: bundled catalogues and full-page links live here.
    pub app_base: String,
    /// What relative catalogue URLs are relative to: the app's page, or the partner's page.
    pub doc_base: String,
    /// Inside a frame: the app reports its height to the parent.
    pub framed: bool,
}

impl Host {
    /// The app's own document at `doc_base` (its base URI), framed or not.
    pub fn own_document(doc_base: &str, framed: bool) -> Host {
        Host {
            kind: HostKind::OwnDocument,
            app_base: resolve(doc_base, "./"),
            doc_base: doc_base.to_owned(),
            framed,
        }
    }

    /// An element of the partner's page at `doc_base`, which loaded the app from `app_base`.
    pub fn partner_element(app_base: &str, doc_base: &str) -> Host {
        Host {
            kind: HostKind::PartnerElement,
            app_base: resolve(app_base, "./"),
            doc_base: doc_base.to_owned(),
            framed: false,
        }
    }

    pub fn owns_document(&self) -> bool {
        self.kind == HostKind::OwnDocument
    }

    /// A link to `view` that works from anywhere: relative on the app's own page (so a
    /// copied link keeps the host), absolute from a partner's page.
    pub fn href(&self, view: &ViewState) -> String {
        let query = view.to_query();
        match self.kind {
            HostKind::OwnDocument if query.is_empty() => "./".to_owned(),
            HostKind::OwnDocument => format!("?{query}"),
            HostKind::PartnerElement => format!("{}?{}", self.app_base, query),
        }
    }

    /// An absolute link to `view`, wherever the app is hosted: what QR codes, letters and
    /// shared lists carry out of the page.
    pub fn absolute_href(&self, view: &ViewState) -> String {
        match view.to_query() {
            query if query.is_empty() => self.app_base.clone(),
            query => format!("{}?{query}", self.app_base),
        }
    }

    /// The catalogues a view shows, absolute: those it lists (relative to the document), else
    /// the bundled index (relative to the app).
    pub fn catalogue_urls(&self, listed: &[String]) -> Vec<String> {
        if listed.is_empty() {
            vec![resolve(&self.app_base, DEFAULT_CATALOGUE)]
        } else {
            listed.iter().map(|u| resolve(&self.doc_base, u)).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARTNER: &str = "https://uni.example/research/showcase.html";
    const APP: &str = "https://cdn.example/a/b/index.html";

    #[test]
    fn links_are_relative_at_home_and_absolute_on_a_partner_page() {
        let home = Host::own_document(APP, false);
        assert_eq!(home.app_base, "https://cdn.example/a/b/");
        assert_eq!(home.href(&ViewState::default()), "./");
        let view = ViewState::from_query("q=rice&lang=ja");
        assert_eq!(home.href(&view), "?q=rice&lang=ja");
        let partner = Host::partner_element("https://cdn.example/a/b/embed.js", PARTNER);
        assert_eq!(
            partner.href(&view),
            "https://cdn.example/a/b/?q=rice&lang=ja"
        );
        assert!(home.owns_document() && !partner.owns_document());
        assert_eq!(
            home.absolute_href(&view),
            "https://cdn.example/a/b/?q=rice&lang=ja"
        );
        assert_eq!(
            partner.absolute_href(&ViewState::default()),
            "https://cdn.example/a/b/"
        );
    }

    #[test]
    fn listed_catalogues_resolve_against_the_document_and_the_default_against_the_app() {
        let partner = Host::partner_element("https://cdn.example/a/b/", PARTNER);
        assert_eq!(
            partner.catalogue_urls(&[]),
            ["https://cdn.example/a/b/catalogues/index.json"]
        );
        assert_eq!(
            partner.catalogue_urls(&["ours.json".into(), "https://x.example/c.json".into()]),
            [
                "https://uni.example/research/ours.json",
                "https://x.example/c.json"
            ]
        );
        let home = Host::own_document(APP, true);
        assert_eq!(
            home.catalogue_urls(&["../c.json".into()]),
            ["https://cdn.example/a/c.json"]
        );
    }
}
