//! Embedding: how the showcase presents itself inside a partner's page, and the snippets that
//! put it there. An *embed* is a partner's integration — an iframe or a script element;
//! `embedded` is the view an embed shows; the *embed code* is the snippets.
//!
//! Presentation parameters (`embed`, `lock`, `theme`, `accent`, `page`) shape the frame around
//! the view, not the view itself, so they ride in [`ViewState::extra`](crate::url_state::ViewState)
//! untouched by the view codec and are read here.

mod attributes;
mod frame;
mod lock;
mod presentation;
mod snippet;
mod theme;

#[cfg(test)]
mod tests;

pub use attributes::{attributes_from_query, query_from_attributes};
pub use frame::{preview_height, reported_height, HEIGHT_MESSAGE};
pub use lock::Lock;
pub use presentation::{
    standalone, with_presentation, Kiosk, Outbound, Presentation, Screen, KIOSK_IDLE_DEFAULT,
    PRESENTATION_PARAMS, SHARED_AT_MOST, SOURCE_TIMEOUT_DEFAULT,
};
pub use snippet::{escape_markup, EmbedChoice};
pub use theme::{Accent, Theme};
