//! The app's own document, and the elements it is mounted on: finding the mount point,
//! naming the document, reading a script embed's attributes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Lang;

/// `#showcase[data-showcase-app]`: only the app's own `index.html` has it, so on a partner's
/// page (which loads the app through `embed.js`) there is nothing to mount into.
pub fn app_root() -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id("showcase")
        .filter(|el| el.has_attribute("data-showcase-app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Removes index.html's static first screen (`#showcase-shell`), once the app shows itself.
pub fn remove_shell() {
    if let Some(shell) = document().get_element_by_id("showcase-shell") {
        shell.remove();
    }
}

/// Marks the document a booth screen's (`<html data-kiosk>`: its larger root size), as
/// index.html's script does before the first paint.
pub fn mark_kiosk() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-kiosk", "");
    }
}

/// Back to the top of the page (a booth screen returning to its start).
pub fn scroll_to_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Names the document as the app shows it: its title and `<html lang>`.
pub fn set_title_and_lang(title: &str, lang: Lang) {
    let doc = document();
    doc.set_title(title);
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
}

/// Every attribute of `element`, as (name, value) in document order.
pub fn attributes(element: &web_sys::Element) -> Vec<(String, String)> {
    let names = element.get_attribute_names();
    names
        .iter()
        .filter_map(|n| n.as_string())
        .map(|n| {
            let value = element.get_attribute(&n).unwrap_or_default();
            (n, value)
        })
        .collect()
}

/// Starts the module script at `src` in this document (how a bundle hands over to another).
pub fn start_module(src: &str) {
    let doc = document();
    let Ok(script) = doc.create_element("script") else {
        return;
    };
    let _ = script.set_attribute("type", "module");
    let _ = script.set_attribute("src", src);
    if let Some(head) = doc.head() {
        let _ = head.append_child(&script);
    }
}

/// Asks `embed.js` (listening on the script embed's container, which `from` is inside) to
/// mount the second bundle on the view `query`, in place of this one.
pub fn ask_for_second_bundle(from: &web_sys::EventTarget, query: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&wasm_bindgen::JsValue::from_str(query));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(SECOND_BUNDLE_EVENT, &init) {
        let _ = from.dispatch_event(&event);
    }
}

/// The event `embed.js` listens for (build/embed.template.js).
const SECOND_BUNDLE_EVENT: &str = "showcase-second-bundle";

/// Loads `href` in place of the current history entry.
pub fn replace_location(href: &str) {
    let _ = location().replace(href);
}

/// Adds `css` as a constructed stylesheet to the document or shadow root `inside` is in (the
/// CSSOM, so the strict CSP holds: no `<style>` element, no inline style).
pub fn adopt_styles(inside: &web_sys::Element, css: &str) {
    use wasm_bindgen::JsCast;
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    if sheet.replace_sync(css).is_err() {
        return;
    }
    let root = inside.get_root_node();
    match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => {
            let sheets = shadow.adopted_style_sheets();
            sheets.push(&sheet);
            shadow.set_adopted_style_sheets(&sheets);
        }
        None => {
            let doc = document();
            let sheets = doc.adopted_style_sheets();
            sheets.push(&sheet);
            doc.set_adopted_style_sheets(&sheets);
        }
    }
}

/// Loads the page again (a bundle without a screen the URL asks for hands over this way).
pub fn reload() {
    let _ = location().reload();
}
