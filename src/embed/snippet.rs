//! The embed-code page's product: what a partner chose, and the two snippets that put it on
//! their page.

use super::attributes::attributes_from_query;
use super::presentation::{with_presentation, Presentation, Screen};
use crate::catalogue::resolve;
use crate::host::Host;
use crate::url_state::ViewState;

/// What a partner chose on the embed-code page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedChoice {
    /// The app's own directory, absolute (`https://cdn.example/a/b/`).
    pub app_url: String,
    /// The view to show; catalogue URLs must already be absolute, since the snippet is pasted
    /// into a page elsewhere.
    pub view: ViewState,
    /// How the embed frames it: always embedded, on the exhibits.
    pub presentation: Presentation,
    /// The iframe's accessible name.
    pub title: String,
}

impl EmbedChoice {
    /// The choice the embed-code page shows for `view`, as `presentation` frames it, on the
    /// app at `host`; `title` names the frame.
    pub fn for_view(
        view: &ViewState,
        presentation: &Presentation,
        host: &Host,
        title: String,
    ) -> EmbedChoice {
        let mut view = view.clone();
        // Pasted elsewhere, a relative catalogue URL would point into the partner's site.
        view.catalogues = (view.catalogues.iter())
            .map(|c| resolve(&host.doc_base, c))
            .collect();
        view.sort = Default::default();
        EmbedChoice {
            app_url: host.app_base.clone(),
            view,
            presentation: Presentation {
                embedded: true,
                screen: Screen::Exhibits,
                ..presentation.clone()
            },
            title,
        }
    }

    /// The view the embed opens on.
    pub(super) fn embedded_view(&self) -> ViewState {
        let mut view = self.view.clone();
        // An embed starts on the list, at its first page.
        view.exhibit = None;
        view.page = 0;
        with_presentation(&view, &self.presentation)
    }

    /// The URL the iframe loads.
    pub fn frame_url(&self) -> String {
        format!("{}?{}", self.app_url, self.embedded_view().to_query())
    }

    /// An iframe plus the optional auto-height helper.
    pub fn iframe_snippet(&self) -> String {
        format!(
            "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"720\" \
             loading=\"lazy\" data-showcase-frame></iframe>\n\
             <script src=\"{base}embed-frame.js\" async></script>",
            src = escape_markup(&self.frame_url()),
            title = escape_markup(&self.title),
            base = escape_markup(&self.app_url),
        )
    }

    /// A `<div data-showcase>` whose attributes carry the same parameters, plus the loader.
    pub fn script_snippet(&self) -> String {
        let attributes: String = attributes_from_query(&self.embedded_view().to_query())
            .iter()
            .map(|(k, v)| format!(" data-{}=\"{}\"", escape_markup(k), escape_markup(v)))
            .collect();
        format!(
            "<div data-showcase{attributes}></div>\n\
             <script type=\"module\" src=\"{}embed.js\"></script>",
            escape_markup(&self.app_url)
        )
    }
}

/// Escapes text for a double-quoted HTML or XML attribute or element content (the snippets,
/// and the statistics page's SVG files).
pub fn escape_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
