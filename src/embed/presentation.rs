//! How the showcase frames a view: embedded or not, which screen, what is locked, which
//! colours. Read from the presentation parameters among [`ViewState::extra`].

use super::lock::Lock;
use super::theme::{Accent, Theme};
use crate::catalogue::is_slug;
use crate::search::{Facet, Query};
use crate::url_state::ViewState;

/// Parameters read by this module; everything else in `extra` is a stranger's and is kept.
pub const PRESENTATION_PARAMS: [&str; 10] = [
    "embed", "page", "keep", "mine", "lock", "theme", "accent", "kiosk", "idle", "timeout",
];

/// A booth screen returns to its start after this many seconds without a touch (`idle=`).
pub const KIOSK_IDLE_DEFAULT: u32 = 120;
/// The shortest and longest `idle=` read (the organisers choose; a few seconds suits a demo).
pub const KIOSK_IDLE_RANGE: std::ops::RangeInclusive<u32> = 5..=3600;
/// A source that sends nothing for this many seconds is given up (`timeout=`).
pub const SOURCE_TIMEOUT_DEFAULT: u32 = 30;
pub const SOURCE_TIMEOUT_RANGE: std::ops::RangeInclusive<u32> = 1..=600;

/// A shared list (`keep=`) names at most this many exhibits; the rest of a longer one is
/// ignored, so a hand-made link cannot make the page list thousands.
pub const SHARED_AT_MOST: usize = 100;

/// What the app shows besides its chrome (`page=` in the URL).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Screen {
    /// The exhibits: search, filters, cards, detail.
    #[default]
    Exhibits,
    /// The embed-code generator (`page=embed`).
    EmbedCode,
    /// The catalogue check for authors (`page=check`).
    Check,
    /// The visitor's shortlist (`page=shortlist`), and a shared one (`&keep=`).
    Shortlist,
    /// Kept exhibits side by side (`page=compare&keep=`).
    Compare,
    /// The results or a list as CSV and JSON files (`page=export`, `&keep=` for a list).
    Export,
    /// The exhibition's events by day, and what it says about itself (`page=programme`).
    Programme,
    /// Charts of the current view (`page=stats`).
    Stats,
}

impl Screen {
    /// The `page=` value; `None` for the exhibits, which need none.
    pub fn param(self) -> Option<&'static str> {
        match self {
            Screen::Exhibits => None,
            Screen::EmbedCode => Some("embed"),
            Screen::Check => Some("check"),
            Screen::Shortlist => Some("shortlist"),
            Screen::Compare => Some("compare"),
            Screen::Export => Some("export"),
            Screen::Programme => Some("programme"),
            Screen::Stats => Some("stats"),
        }
    }

    const PAGES: [Screen; 7] = [
        Screen::EmbedCode,
        Screen::Check,
        Screen::Shortlist,
        Screen::Compare,
        Screen::Export,
        Screen::Programme,
        Screen::Stats,
    ];

    pub fn parse(value: &str) -> Option<Screen> {
        Screen::PAGES.into_iter().find(|s| s.param() == Some(value))
    }
}

/// How the showcase frames the view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Presentation {
    /// Shown inside a partner's page (`embed=1`, and always in a script embed): no site
    /// header, a slim bar instead, compact filters, locks in force.
    pub embedded: bool,
    pub screen: Screen,
    /// Exhibit ids a link carries (`keep=a,b`): a shared shortlist, or what to compare or
    /// export. Only ids that are slugs, each once, at most [`SHARED_AT_MOST`].
    pub keep: Vec<String>,
    /// `keep` is the visitor's own list (`mine=1`), carried across the load of the second
    /// bundle because their browser stores nothing; not a list someone shared.
    pub mine: bool,
    pub locks: Vec<Lock>,
    pub theme: Option<Theme>,
    pub accent: Option<Accent>,
    /// A booth screen (`kiosk=1`): large type and targets, nothing that leaves the showcase,
    /// and back to the start view after `idle` seconds untouched.
    pub kiosk: Option<Kiosk>,
    /// Seconds a source may send nothing before it is reported as not answering
    /// (`timeout=`); `None` is [`SOURCE_TIMEOUT_DEFAULT`].
    pub timeout: Option<u32>,
}

/// How a link that leaves the showcase is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outbound {
    /// A plain link (the full page).
    Link,
    /// A link opening a new tab, which says so: an embed must not be replaced.
    NewTab,
    /// Its words only: a booth screen never leaves the showcase (the QR code takes the
    /// visitor's phone there instead).
    Text,
}

/// The kiosk mode's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without a touch, key or pointer move before the start view returns.
    pub idle: u32,
}

impl Presentation {
    /// The embed-code screen is shown on the full page only: an embed cannot make embeds.
    pub fn shows_code_screen(&self) -> bool {
        self.screen == Screen::EmbedCode && !self.embedded
    }

    /// The check page, like the embed-code screen, is for the full page only.
    pub fn shows_check_screen(&self) -> bool {
        self.screen == Screen::Check && !self.embedded
    }

    /// A screen only the second bundle carries (`src/builder.rs`): the authors' two (on the
    /// full page) and the visitor's follow-up pages (anywhere).
    pub fn shows_lazy_screen(&self) -> bool {
        match self.screen {
            Screen::Exhibits => false,
            Screen::EmbedCode | Screen::Check => !self.embedded,
            Screen::Shortlist | Screen::Compare | Screen::Export => true,
            Screen::Programme | Screen::Stats => true,
        }
    }

    /// How links that leave the showcase are given.
    pub fn outbound(&self) -> Outbound {
        match (self.kiosk, self.embedded) {
            (Some(_), _) => Outbound::Text,
            (None, true) => Outbound::NewTab,
            (None, false) => Outbound::Link,
        }
    }

    /// Whether the visitor's own tools show (keep, shortlist, export, the embed-code and
    /// author links): not on a booth screen many people share.
    pub fn personal_tools(&self) -> bool {
        self.kiosk.is_none()
    }

    /// Seconds a source may stay silent before it counts as not answering.
    pub fn source_timeout(&self) -> u32 {
        self.timeout.unwrap_or(SOURCE_TIMEOUT_DEFAULT)
    }

    /// Reads the presentation parameters among `view.extra`; values that make no sense are
    /// ignored, like every other parameter.
    pub fn from_state(view: &ViewState) -> Presentation {
        let mut p = Presentation::default();
        let seconds = |value: &str, range: std::ops::RangeInclusive<u32>| {
            value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|n| range.contains(n))
        };
        let mut idle = None;
        for (key, value) in &view.extra {
            match key.as_str() {
                "embed" => p.embedded = matches!(value.as_str(), "1" | "true"),
                "page" => p.screen = Screen::parse(value).unwrap_or_default(),
                "keep" => {
                    for id in value.split(',').map(str::trim) {
                        let fresh = is_slug(id) && !p.keep.iter().any(|k| k == id);
                        if fresh && p.keep.len() < SHARED_AT_MOST {
                            p.keep.push(id.to_owned());
                        }
                    }
                }
                "mine" => p.mine = value == "1",
                "lock" => {
                    for lock in value.split(',').filter_map(|v| Lock::parse(v.trim())) {
                        if !p.locks.contains(&lock) {
                            p.locks.push(lock);
                        }
                    }
                }
                "theme" => p.theme = Theme::parse(value),
                "accent" => p.accent = Accent::parse(value),
                "kiosk" if matches!(value.as_str(), "1" | "true") => {
                    p.kiosk = Some(Kiosk {
                        idle: KIOSK_IDLE_DEFAULT,
                    })
                }
                "idle" => idle = seconds(value, KIOSK_IDLE_RANGE),
                "timeout" => p.timeout = seconds(value, SOURCE_TIMEOUT_RANGE),
                _ => {}
            }
        }
        if let (Some(kiosk), Some(idle)) = (&mut p.kiosk, idle) {
            kiosk.idle = idle;
        }
        p
    }

    pub fn is_locked(&self, lock: Lock) -> bool {
        self.embedded && self.locks.contains(&lock)
    }

    /// What a locked embed lets out of it — into its shortlist, comparisons and exports —
    /// as the question of its locked parts alone; `None` when nothing narrows it.
    pub fn locked_scope(&self, pinned: &ViewState) -> Option<Query> {
        let narrows = |l: &&Lock| !matches!(l, Lock::Lang);
        if !self.embedded || !self.locks.iter().any(|l| narrows(&l)) {
            return None;
        }
        let mut scope = ViewState::default();
        self.enforce(pinned, &mut scope);
        Some(scope.question())
    }

    pub fn is_facet_locked(&self, facet: Facet) -> bool {
        self.is_locked(Lock::Facet(facet))
    }

    /// Adds `lock` to the chosen locks, or removes it if it is there.
    pub fn toggle_lock(&mut self, lock: Lock) {
        match self.locks.iter().position(|l| *l == lock) {
            Some(i) => {
                self.locks.remove(i);
            }
            None => self.locks.push(lock),
        }
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
        if let Some(page) = self.screen.param() {
            out.push(("page", page.to_owned()));
        }
        if !self.keep.is_empty() {
            out.push(("keep", self.keep.join(",")));
            if self.mine {
                out.push(("mine", "1".to_owned()));
            }
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
        if let Some(kiosk) = self.kiosk {
            out.push(("kiosk", "1".to_owned()));
            if kiosk.idle != KIOSK_IDLE_DEFAULT {
                out.push(("idle", kiosk.idle.to_string()));
            }
        }
        if let Some(timeout) = self.timeout {
            out.push(("timeout", timeout.to_string()));
        }
        out
    }
}

/// `view` without presentation parameters: where a visitor lands on leaving an embed.
pub fn standalone(view: &ViewState) -> ViewState {
    let mut out = view.clone();
    out.extra
        .retain(|(k, _)| !PRESENTATION_PARAMS.contains(&k.as_str()));
    out
}

/// `view` with `presentation`'s parameters in place of whatever it carried.
pub fn with_presentation(view: &ViewState, presentation: &Presentation) -> ViewState {
    let mut out = standalone(view);
    out.extra.extend(
        presentation
            .to_pairs()
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v)),
    );
    out
}
