//! The browser's language facts: which languages the visitor prefers, and how titles sort in
//! a language (`Intl.Collator`: pinyin order for zh, kana order for ja).

use std::cmp::Ordering;

use leptos::prelude::*;

use crate::catalogue::Exhibition;
use crate::i18n::Lang;
use crate::search::TitleOrder;

/// The first of the browser's preferred languages that we speak, else English.
pub fn browser_language() -> Lang {
    let languages = window().navigator().languages();
    let tags: Vec<String> = languages.iter().filter_map(|v| v.as_string()).collect();
    Lang::negotiate(tags.iter().map(String::as_str))
}

/// Title order in the language's own collation; code-point order if that is unavailable.
pub fn collated_titles(exhibition: &Exhibition, code: &str) -> TitleOrder {
    let locales = js_sys::Array::of1(&code.into());
    let collator = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new());
    let compare = collator.compare();
    TitleOrder::build(exhibition, code, |a, b| {
        let result = compare.call2(&wasm_bindgen::JsValue::NULL, &a.into(), &b.into());
        match result.ok().and_then(|v| v.as_f64()) {
            Some(n) if n < 0.0 => Ordering::Less,
            Some(n) if n > 0.0 => Ordering::Greater,
            Some(_) => Ordering::Equal,
            None => a.cmp(b),
        }
    })
}
