//! Work that can wait until the browser has painted: the text index is built after the first
//! results are on screen, so a visitor sees exhibits sooner.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

/// Runs `work` after the next frame is painted (a frame callback runs before the paint; the
/// timeout it sets runs after it).
pub fn after_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, Duration::ZERO));
}
