//! One debounce for the whole app: a call that waits for a pause, replaced by any newer one.
//! Typing reaches the address bar this way, and the embed-code page's preview reloads so.

use std::time::Duration;

use leptos::prelude::*;

/// A pending call that a newer one replaces. Copy, so closures can share it.
#[derive(Clone, Copy)]
pub struct Debounce {
    delay: Duration,
    /// The ticket of the pending call; `None` when nothing waits.
    pending: StoredValue<Option<u32>>,
    issued: StoredValue<u32>,
}

impl Debounce {
    pub fn new(delay: Duration) -> Debounce {
        Debounce {
            delay,
            pending: StoredValue::new(None),
            issued: StoredValue::new(0),
        }
    }

    /// Runs `call` once `delay` has passed without another `schedule` or a `cancel`. If the
    /// owner is gone by then, nothing runs.
    pub fn schedule(self, call: impl FnOnce() + 'static) {
        self.issued.update_value(|t| *t = t.wrapping_add(1));
        let ticket = self.issued.get_value();
        self.pending.set_value(Some(ticket));
        set_timeout(
            move || {
                // A disposed value reads as None: the app or page was left meanwhile.
                if self.pending.try_get_value().flatten() == Some(ticket) {
                    self.pending.set_value(None);
                    call();
                }
            },
            self.delay,
        );
    }

    /// Drops the pending call, if any; true when there was one.
    pub fn cancel(self) -> bool {
        self.pending
            .try_update_value(Option::take)
            .flatten()
            .is_some()
    }
}
