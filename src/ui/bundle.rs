//! What this bundle carries beyond the main one: set once by the second bundle at start
//! (`screens::carry_lazy_screens`), read by whoever must know whether a screen is here. Its
//! own file, holding no component, so links inside the lazy screens can ask without
//! importing the screens.

use std::sync::OnceLock;

use leptos::prelude::*;

use crate::embed::Screen;

pub struct LazyScreens {
    pub render: fn(Screen) -> AnyView,
    /// Their stylesheet, adopted when the showcase mounts.
    pub styles: &'static str,
}

static LAZY_SCREENS: OnceLock<LazyScreens> = OnceLock::new();

pub fn carry(screens: LazyScreens) {
    let _ = LAZY_SCREENS.set(screens);
}

/// The lazy screens, in the second bundle only.
pub fn lazy() -> Option<&'static LazyScreens> {
    LAZY_SCREENS.get()
}

pub fn has_lazy_screens() -> bool {
    lazy().is_some()
}
