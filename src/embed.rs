//! Embedding: how the showcase presents itself inside a partner's page, and the snippets that
//! put it there.
//!
//! Presentation parameters (`embed`, `lock`, `theme`, `accent`, `page`) shape the frame around
//! the view, not the view itself, so they ride in [`ViewState::extra`] untouched by the view
//! codec and are read here. The script embed has no URL of its own: its `data-*` attributes
//! are turned into the same query string, so both embeds speak one contract.

use crate::search::Facet;
use crate::url_state::ViewState;

/// Parameters read by this module; everything else in `extra` is a stranger's and is kept.
pub const PRESENTATION_PARAMS: [&str; 5] = ["embed", "page", "lock", "theme", "accent"];

/// A part of the view a partner can pin, named by its URL parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    Facet(Facet),
    Trl,
    Query,
    Lang,
}

impl Lock {
    pub const ALL: [Lock; 9] = [
        Lock::Facet(Facet::Country),
        Lock::Facet(Facet::Institution),
        Lock::Facet(Facet::Field),
        Lock::Facet(Facet::Ip),
        Lock::Facet(Facet::Coop),
        Lock::Facet(Facet::Event),
        Lock::Trl,
        Lock::Query,
        Lock::Lang,
    ];

    pub fn param(self) -> &'static str {
        match self {
            Lock::Facet(f) => f.param(),
            Lock::Trl => "trl",
            Lock::Query => "q",
            Lock::Lang => "lang",
        }
    }

    pub fn parse(name: &str) -> Option<Lock> {
        Lock::ALL.into_iter().find(|l| l.param() == name)
    }

    /// Copies this part of `pinned` over `next`.
    fn restore(self, pinned: &ViewState, next: &mut ViewState) {
        match self {
            Lock::Facet(f) => {
                next.filters.clear_facet(f);
                for v in pinned.filters.selected(f) {
                    next.filters.select(f, v);
                }
            }
            Lock::Trl => next.filters.trl = pinned.filters.trl,
            Lock::Query => next.query.clone_from(&pinned.query),
            Lock::Lang => next.lang = pinned.lang,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn parse(s: &str) -> Option<Theme> {
        match s {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// An accent colour, only ever `#rrggbb`: it reaches CSS, so nothing else may pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accent(String);

impl Accent {
    /// Accepts `#abc`, `abc`, `#aabbcc` or `aabbcc` (a `#` is awkward in a URL).
    pub fn parse(s: &str) -> Option<Accent> {
        let hex = s.strip_prefix('#').unwrap_or(s);
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let full: String = match hex.len() {
            3 => hex.chars().flat_map(|c| [c, c]).collect(),
            6 => hex.to_owned(),
            _ => return None,
        };
        Some(Accent(format!("#{}", full.to_ascii_lowercase())))
    }

    pub fn css(&self) -> &str {
        &self.0
    }

    /// The URL form, without `#`.
    pub fn param(&self) -> &str {
        &self.0[1..]
    }

    /// Black or white, whichever contrasts more with the accent (WCAG relative luminance),
    /// so text on accent-coloured badges stays readable whatever colour a partner picks.
    pub fn text_colour(&self) -> &'static str {
        let channel = |i: usize| {
            let v = f64::from(u8::from_str_radix(&self.0[i..i + 2], 16).unwrap_or(0)) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
        // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05).
        if (luminance + 0.05) * (luminance + 0.05) > 0.05 * 1.05 {
            "#000000"
        } else {
            "#ffffff"
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Exhibition,
    /// The embed-code generator (`page=embed`).
    EmbedCode,
}

/// How the showcase frames the view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Presentation {
    /// Chrome-less: no site header, compact filters (`embed=1`, and always in a script embed).
    pub embedded: bool,
    pub page: Page,
    pub locks: Vec<Lock>,
    pub theme: Option<Theme>,
    pub accent: Option<Accent>,
}

impl Presentation {
    /// The embed-code page is shown on the full page only: an embed cannot make embeds.
    pub fn shows_code_page(&self) -> bool {
        self.page == Page::EmbedCode && !self.embedded
    }

    /// Reads the presentation parameters among `state.extra`; values that make no sense are
    /// ignored, like every other parameter.
    pub fn from_state(state: &ViewState) -> Presentation {
        let mut p = Presentation::default();
        for (key, value) in &state.extra {
            match key.as_str() {
                "embed" => p.embedded = matches!(value.as_str(), "1" | "true"),
                "page" if value == "embed" => p.page = Page::EmbedCode,
                "lock" => {
                    for lock in value.split(',').filter_map(|v| Lock::parse(v.trim())) {
                        if !p.locks.contains(&lock) {
                            p.locks.push(lock);
                        }
                    }
                }
                "theme" => p.theme = Theme::parse(value),
                "accent" => p.accent = Accent::parse(value),
                _ => {}
            }
        }
        p
    }

    pub fn is_locked(&self, lock: Lock) -> bool {
        self.embedded && self.locks.contains(&lock)
    }

    pub fn is_facet_locked(&self, facet: Facet) -> bool {
        self.is_locked(Lock::Facet(facet))
    }

    /// Puts every locked part of `next` back to its `pinned` value: whatever a control or a
    /// stale link asks for, a locked filter cannot be widened.
    pub fn enforce(&self, pinned: &ViewState, next: &mut ViewState) {
        if self.embedded {
            for lock in &self.locks {
                lock.restore(pinned, next);
            }
        }
    }

    /// The parameters that reproduce this presentation, in canonical order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.embedded {
            out.push(("embed", "1".to_owned()));
        }
        if self.page == Page::EmbedCode {
            out.push(("page", "embed".to_owned()));
        }
        for lock in &self.locks {
            out.push(("lock", lock.param().to_owned()));
        }
        if let Some(theme) = self.theme {
            out.push(("theme", theme.as_str().to_owned()));
        }
        if let Some(accent) = &self.accent {
            out.push(("accent", accent.param().to_owned()));
        }
        out
    }
}

/// `state` without presentation parameters: where a visitor lands on leaving an embed.
pub fn standalone(state: &ViewState) -> ViewState {
    let mut out = state.clone();
    out.extra
        .retain(|(k, _)| !PRESENTATION_PARAMS.contains(&k.as_str()));
    out
}

/// `state` with `presentation`'s parameters in place of whatever it carried.
pub fn with_presentation(state: &ViewState, presentation: &Presentation) -> ViewState {
    let mut out = standalone(state);
    out.extra.extend(
        presentation
            .to_pairs()
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v)),
    );
    out
}

/// Parameters whose attribute value may list several values separated by white space.
fn is_list_param(name: &str) -> bool {
    matches!(name, "catalogue" | "lock") || Facet::from_param(name).is_some()
}

/// The query string a script embed's attributes stand for: `data-institution="a b"` is
/// `institution=a&institution=b`. `data-showcase` itself and attributes that are not `data-*`
/// are not parameters. A script embed is always chrome-less, so `embed=1` is implied.
pub fn query_from_attributes<'a>(
    attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (name, value) in attributes {
        let Some(param) = name.strip_prefix("data-") else {
            continue;
        };
        if param == "showcase" || param.is_empty() {
            continue;
        }
        if is_list_param(param) {
            for v in value.split_whitespace() {
                out.append_pair(param, v);
            }
        } else {
            out.append_pair(param, value);
        }
    }
    out.append_pair("embed", "1");
    out.finish()
}

/// Escapes text for a double-quoted HTML attribute or element content.
fn escape_html(s: &str) -> String {
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

/// What a partner chose on the embed-code page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedChoice {
    /// The app's own directory, absolute (`https://cdn.example/a/b/`).
    pub app_url: String,
    /// The view to show; catalogue URLs must already be absolute, since the snippet is pasted
    /// into a page elsewhere.
    pub view: ViewState,
    pub locks: Vec<Lock>,
    pub theme: Option<Theme>,
    pub accent: Option<Accent>,
    /// The iframe's accessible name.
    pub title: String,
}

impl EmbedChoice {
    fn presentation(&self) -> Presentation {
        Presentation {
            embedded: true,
            page: Page::Exhibition,
            locks: self.locks.clone(),
            theme: self.theme,
            accent: self.accent.clone(),
        }
    }

    fn embedded_view(&self) -> ViewState {
        let mut view = self.view.clone();
        // An embed starts on the list, at its first page.
        view.exhibit = None;
        view.page = 0;
        with_presentation(&view, &self.presentation())
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
            src = escape_html(&self.frame_url()),
            title = escape_html(&self.title),
            base = escape_html(&self.app_url),
        )
    }

    /// A `<div data-showcase>` whose attributes carry the same parameters, plus the loader.
    pub fn script_snippet(&self) -> String {
        let view = self.embedded_view();
        let mut grouped: Vec<(String, Vec<String>)> = Vec::new();
        for (key, value) in form_urlencoded::parse(view.to_query().as_bytes()) {
            if key == "embed" {
                continue; // a script embed is always chrome-less
            }
            match grouped.iter_mut().find(|(k, _)| *k == key) {
                Some((_, values)) if is_list_param(&key) => values.push(value.into_owned()),
                Some((_, values)) => *values = vec![value.into_owned()],
                None => grouped.push((key.into_owned(), vec![value.into_owned()])),
            }
        }
        let attributes: String = grouped
            .iter()
            .map(|(k, vs)| {
                format!(
                    " data-{}=\"{}\"",
                    escape_html(k),
                    escape_html(&vs.join(" "))
                )
            })
            .collect();
        format!(
            "<div data-showcase{attributes}></div>\n\
             <script type=\"module\" src=\"{}embed.js\"></script>",
            escape_html(&self.app_url)
        )
    }
}

#[cfg(test)]
mod tests;
