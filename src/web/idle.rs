//! Work that can wait until the browser has painted: the text index is built after the first
//! results are on screen, so a visitor sees exhibits sooner.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

use super::debounce::Debounce;

/// Runs `work` after the next frame is painted (a frame callback runs before the paint; the
/// timeout it sets runs after it).
pub fn after_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, Duration::ZERO));
}

/// Runs `work` in a task of its own, after whatever the current one still does: a long piece
/// of work split this way leaves the browser room to paint and answer input between.
pub fn next_task(work: impl FnOnce() + 'static) {
    set_timeout(work, Duration::ZERO);
}

/// Calls `on_idle` each time the visitor has not touched, typed, scrolled or moved the
/// pointer for `seconds` (a booth screen going back to its start), for as long as the
/// current owner lives: the app's one debounce, rescheduled by every such event.
pub fn after_idle(seconds: u32, on_idle: impl Fn() + Clone + 'static) {
    use leptos::prelude::{on_cleanup, window_event_listener_untyped};

    let timer = Debounce::new(Duration::from_secs(u64::from(seconds)));
    let arm = move || timer.schedule(on_idle.clone());
    arm();
    let listeners: Vec<_> = [
        "pointerdown",
        "pointermove",
        "keydown",
        "wheel",
        "scroll",
        "touchstart",
    ]
    .into_iter()
    .map(|event| {
        let arm = arm.clone();
        window_event_listener_untyped(event, move |_| arm())
    })
    .collect();
    on_cleanup(move || {
        timer.cancel();
        listeners.into_iter().for_each(|l| l.remove());
    });
}
