//! The iframe embed's height protocol (README, "Height protocol"; schema in
//! `public/schema/embed-message-v1.schema.json`): the framed app posts
//! `{"type": "showcase:height", "height": <px>}` to its parent. The browser layer writes it
//! and the embed-code page's preview reads it, both through these definitions.

/// The message's `type`.
pub const HEIGHT_MESSAGE: &str = "showcase:height";

/// The height a frame is given for a reported `height`: whole pixels, never so small that
/// the frame vanishes nor so large that a broken report swallows the page.
pub fn preview_height(height: f64) -> i32 {
    height.clamp(200.0, 4000.0) as i32
}

/// The height to report for the app's content and, when a detail is open, the bottom of it:
/// whichever reaches further, rounded up to whole pixels.
pub fn reported_height(content: f64, open_detail_bottom: f64) -> f64 {
    content.max(open_detail_bottom).ceil()
}
