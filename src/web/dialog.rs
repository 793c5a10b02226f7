//! The exhibit detail is a native modal `<dialog>`; this opens, closes and places it.

use leptos::prelude::*;

/// Opens or closes `dialog` to match `open`. Inside a frame that grows with its content the
/// visitor sees only part of it, so there it is placed beside what opened it.
pub fn show(dialog: &web_sys::HtmlDialogElement, open: bool, framed: bool) {
    if open && !dialog.open() {
        let opener = document().active_element();
        let _ = dialog.show_modal();
        if framed {
            place_near(dialog, opener);
        }
    } else if !open && dialog.open() {
        dialog.close();
    }
}

/// Puts the dialog beside `opener`, kept within the content so it is never cut off.
fn place_near(dialog: &web_sys::HtmlDialogElement, opener: Option<web_sys::Element>) {
    let scroll = window().scroll_y().unwrap_or(0.0);
    let wanted = opener.map_or(scroll, |el| {
        el.get_bounding_client_rect().top() + scroll - 16.0
    });
    let content = document()
        .document_element()
        .map_or(0.0, |root| f64::from(root.scroll_height()));
    let room = content - f64::from(dialog.offset_height()) - 16.0;
    // Whole pixels: formatting an f64 would pull float printing into the wasm.
    let top = wanted.min(room).max(0.0) as i32;
    let style = web_sys::HtmlElement::style(dialog);
    let _ = style.set_property("top", &format!("{top}px"));
}
