//! One exhibit in the grid. Its title is a real link to the exhibit's own URL, so it opens
//! by keyboard, in a new tab, or by copying, like any link.

use leptos::prelude::*;

use super::app::use_ctx;
use crate::embed::standalone;
use crate::i18n::{t, Lang, Msg};
use crate::labels::{content_lang, coop_label, country_name, fallback_note, ip_label, trl_level};

/// The URL of the current view with `id`'s detail open. From an embed it leads to the full
/// showcase, so "open in new tab" gives a page of its own rather than a bare frame.
pub fn exhibit_href(ctx: &super::Ctx, id: &str) -> String {
    let embedded = ctx.presentation.with_untracked(|p| p.embedded);
    ctx.state.with(|s| {
        let mut next = if embedded { standalone(s) } else { s.clone() };
        next.exhibit = Some(id.to_owned());
        ctx.href(&next)
    })
}

/// A plain left click opens the detail in place; modified clicks keep their browser meaning.
pub fn is_plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

#[component]
pub fn Card(index: usize) -> impl IntoView {
    let ctx = use_ctx();
    let lang: Lang = ctx.lang.get_untracked();
    let code = lang.code();
    let data = ctx.data.get_untracked();
    let ex = &data.ex;
    let e = &ex.exhibits[index];
    let id = e.id.clone();
    let title = e.title.get(code);
    let fell_back = fallback_note(lang, &e.title);
    let title_lang = content_lang(&e.title, code);
    let title_text = title.text.to_owned();
    let summary = e.summary.get(code);
    let summary_lang = content_lang(&e.summary, code);
    let summary_text = summary.text.to_owned();
    let institution = ex
        .institution(&e.institution)
        .map(|i| {
            let name = i.name.get(code).text.to_owned();
            (
                name,
                content_lang(&i.name, code),
                country_name(lang, &i.country),
            )
        })
        .unwrap_or_else(|| (e.institution.clone(), None, String::new()));
    let fields: Vec<(String, Option<String>)> = e
        .fields
        .iter()
        .filter_map(|f| ex.field(f))
        .map(|f| {
            (
                f.name.get(code).text.to_owned(),
                content_lang(&f.name, code),
            )
        })
        .collect();
    let trl = e.trl.map(|level| trl_level(lang, level));
    let ip = e.ip.map(|ip| (ip.as_str(), ip_label(lang, ip)));
    let coop: Vec<&'static str> = e.cooperation.iter().map(|c| coop_label(lang, *c)).collect();
    let image = e.image.clone();
    let href_id = id.clone();
    let href = move || exhibit_href(&ctx, &href_id);
    let open = move |ev: web_sys::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            let id = id.clone();
            ctx.update(|s| s.exhibit = Some(id));
        }
    };
    view! {
        <article class="card" data-testid="card">
            {image.map(|src| view! { <img class="card-image" src=src alt="" loading="lazy" /> })}
            <h3 class="card-title" lang=title_lang>
                <a href=href on:click=open>{title_text}</a>
            </h3>
            {fell_back.map(|text| view! { <p class="fallback">{text}</p> })}
            <p class="institution">
                <span lang=institution.1>{institution.0}</span>
                " · "
                <span>{institution.2}</span>
            </p>
            <p class="summary" lang=summary_lang>{summary_text}</p>
            <ul class="tags" aria-label=t(lang, Msg::DetailFields)>
                {fields.into_iter().map(|(f, lang)| view! { <li lang=lang>{f}</li> }).collect_view()}
            </ul>
            <p class="badges">
                {trl.map(|text| view! { <span class="badge trl">{text}</span> })}
                {ip.map(|(kind, text)| view! { <span class=format!("badge ip ip-{kind}")>{text}</span> })}
                {coop.into_iter().map(|c| view! { <span class="badge coop">{c}</span> }).collect_view()}
            </p>
        </article>
    }
}
