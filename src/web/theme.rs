//! Theming from the URL (or a script embed's attributes). Custom properties are set through
//! the CSSOM, which a strict Content-Security-Policy allows (a `style` attribute it would not).

use crate::embed::Presentation;

/// Sets or clears the accent custom properties on the app's root element.
pub fn apply_accent(root: &web_sys::HtmlElement, presentation: &Presentation) {
    let style = root.style();
    match &presentation.accent {
        Some(accent) => {
            let _ = style.set_property("--sc-accent", accent.css());
            let _ = style.set_property("--sc-accent-text", accent.text_colour());
        }
        None => {
            let _ = style.remove_property("--sc-accent");
            let _ = style.remove_property("--sc-accent-text");
        }
    }
}

/// On a partner's page `rem` means *their* root font size (often 10px). The embed stylesheet
/// sizes everything in `--sc-rem` instead; this sets it to the visitor's default font size,
/// which the root element takes from `font-size: medium`.
pub fn scale_to_visitor_font(root: &web_sys::HtmlElement) {
    let Ok(Some(computed)) = leptos::prelude::window().get_computed_style(root) else {
        return;
    };
    if let Ok(size) = computed.get_property_value("font-size") {
        if size.ends_with("px") {
            let _ = root.style().set_property("--sc-rem", &size);
        }
    }
}
