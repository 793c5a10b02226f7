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

/// A moment (ms since the epoch) as a short day and time in `code`'s way ("1 Dec, 10:42",
/// "12月1日 10:42"), in the visitor's time zone.
pub fn moment(code: &str, ms: f64) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "short"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let locales = js_sys::Array::of1(&code.into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format
        .call1(&wasm_bindgen::JsValue::NULL, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

thread_local! {
    /// One `Intl.DisplayNames` per language: names are asked for on every card.
    static REGION_NAMES: std::cell::RefCell<Vec<(String, js_sys::Function, wasm_bindgen::JsValue)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The browser's name for the ISO 3166-1 region `code` in the language `lang`
/// (`Intl.DisplayNames`); `None` where the browser has none.
pub fn region_name(lang: &str, code: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    REGION_NAMES.with(|cache| {
        let mut cache = cache.borrow_mut();
        if !cache.iter().any(|(l, ..)| l == lang) {
            let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
            let ctor: js_sys::Function = js_sys::Reflect::get(&intl, &"DisplayNames".into())
                .ok()?
                .dyn_into()
                .ok()?;
            let options = js_sys::Object::new();
            js_sys::Reflect::set(&options, &"type".into(), &"region".into()).ok()?;
            js_sys::Reflect::set(&options, &"fallback".into(), &"none".into()).ok()?;
            let args = js_sys::Array::of2(&js_sys::Array::of1(&lang.into()), &options);
            let names = js_sys::Reflect::construct(&ctor, &args).ok()?;
            let of: js_sys::Function = js_sys::Reflect::get(&names, &"of".into())
                .ok()?
                .dyn_into()
                .ok()?;
            cache.push((lang.to_owned(), of, names));
        }
        let (_, of, names) = cache.iter().find(|(l, ..)| l == lang)?;
        of.call1(names, &code.into()).ok()?.as_string()
    })
}

/// The visitor's clock at a moment (minutes since the epoch), in minutes east of UTC: the
/// browser knows its time zone's rules (summer time included), we do not.
pub fn offset_at(utc_minutes: i64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        utc_minutes as f64 * 60_000.0,
    ));
    -(date.get_timezone_offset() as i32)
}
