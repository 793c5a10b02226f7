//! The exhibit detail as a modal `<dialog>`: the browser moves focus in, Escape closes it,
//! and focus returns to the link that opened it. The URL's `exhibit` parameter drives it.

use leptos::html;
use leptos::prelude::*;

use super::app::use_ctx;
use crate::i18n::{t, tf, Lang, Msg};
use crate::labels::{
    content_lang, coop_label, country_name, date, fallback_note, ip_label, mailto, trl_level,
};

#[component]
pub fn Detail() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = NodeRef::<html::Dialog>::new();
    let open_id = move || ctx.state.with(|s| s.exhibit.clone());
    let framed = ctx.host.with_value(|h| h.framed);

    Effect::new(move |_| {
        let wanted = open_id().is_some();
        if let Some(d) = dialog.get() {
            if wanted && !d.open() {
                let opener = document().active_element();
                let _ = d.show_modal();
                if framed {
                    place_near(&d, opener);
                }
            } else if !wanted && d.open() {
                d.close();
            }
        }
    });
    let close = move || ctx.update(|s| s.exhibit = None);

    view! {
        <dialog
            node_ref=dialog
            class="detail"
            aria-labelledby="showcase-detail-title"
            data-testid="detail"
            on:close=move |_| {
                if open_id().is_some() {
                    close();
                }
            }
        >
            <form method="dialog" class="detail-close">
                <button type="submit" data-testid="detail-close">{ctx.text(Msg::DetailClose)}</button>
            </form>
            {move || {
                let id = open_id()?;
                let lang = ctx.lang.get();
                Some(ctx.data.with(|d| match d.ex.exhibit_index(&id) {
                    Some(i) => detail_body(&d.ex, i, lang, ctx.embedded()).into_any(),
                    None if ctx.sources.with(|s| s.is_loading()) => ().into_any(),
                    None => {
                        view! {
                            <h2 id="showcase-detail-title">{tf(lang, Msg::DetailNotFound, &[("id", &id)])}</h2>
                        }
                            .into_any()
                    }
                }))
            }}
        </dialog>
    }
}

/// In a frame that grows with its content the visitor sees only part of it: put the dialog
/// beside what opened it, kept within the content so it is never cut off.
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

/// `new_tab`: inside an embed, links that leave the showcase must not replace it.
fn detail_body(
    ex: &crate::catalogue::Exhibition,
    index: usize,
    lang: Lang,
    new_tab: bool,
) -> impl IntoView {
    let code = lang.code();
    let e = &ex.exhibits[index];
    let catalogue = &ex.catalogues[ex.exhibit_catalogue[index]];
    let inst = ex.institution(&e.institution);
    let row = |label: Msg, value: String| {
        (!value.is_empty()).then(|| {
            view! {
                <dt>{t(lang, label)}</dt>
                <dd>{value}</dd>
            }
        })
    };
    let institution = inst.map_or_else(
        || e.institution.clone(),
        |i| {
            format!(
                "{} · {}",
                i.name.get(code).text,
                country_name(lang, &i.country)
            )
        },
    );
    let fields = e
        .fields
        .iter()
        .filter_map(|f| ex.field(f))
        .map(|f| f.name.get(code).text)
        .collect::<Vec<_>>()
        .join(", ");
    let keywords = e
        .keywords
        .iter()
        .map(|k| k.get(code).text)
        .collect::<Vec<_>>()
        .join(", ");
    let coop = e
        .cooperation
        .iter()
        .map(|c| coop_label(lang, *c))
        .collect::<Vec<_>>()
        .join(", ");
    let events = e
        .events
        .iter()
        .filter_map(|id| ex.event(id))
        .map(|ev| match &ev.date {
            Some(day) => format!("{} ({})", ev.name.get(code).text, date(lang, day)),
            None => ev.name.get(code).text.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let trl = e.trl.map(|l| trl_level(lang, l)).unwrap_or_default();
    let ip =
        e.ip.map(|ip| ip_label(lang, ip).to_owned())
            .unwrap_or_default();
    let updated = e
        .updated
        .as_ref()
        .map(|d| tf(lang, Msg::DetailUpdated, &[("date", d)]));
    let contact = e.contact.clone().unwrap_or_default();
    let email = contact.email.as_ref().map(|addr| {
        let who = contact.name.clone().unwrap_or_else(|| addr.clone());
        (
            mailto(lang, addr, e),
            tf(lang, Msg::DetailEmail, &[("name", &who)]),
        )
    });
    let has_contact = email.is_some() || contact.url.is_some();
    let links: Vec<(String, String)> = e
        .links
        .iter()
        .map(|l| (l.url.clone(), l.label.get(code).text.to_owned()))
        .collect();
    let website = inst.and_then(|i| i.url.clone());

    view! {
        <article class="detail-body">
            {e.image.clone().map(|src| view! { <img class="detail-image" src=src alt="" /> })}
            <h2 id="showcase-detail-title" lang=content_lang(&e.title, code)>
                {e.title.get(code).text.to_owned()}
            </h2>
            {fallback_note(lang, &e.title).map(|text| view! { <p class="fallback">{text}</p> })}
            <p class="summary" lang=content_lang(&e.summary, code)>
                {e.summary.get(code).text.to_owned()}
            </p>
            <dl class="facts">
                {row(Msg::DetailInstitution, institution)}
                {row(Msg::DetailFields, fields)}
                {row(Msg::TrlHeading, trl)}
                {row(Msg::FacetIp, ip)}
                {row(Msg::DetailCooperation, coop)}
                {row(Msg::DetailKeywords, keywords)}
                {row(Msg::DetailEvents, events)}
            </dl>
            {has_contact
                .then(|| {
                    view! {
                        <section class="contact">
                            <h3>{t(lang, Msg::DetailContact)}</h3>
                            <ul>
                                {email
                                    .map(|(href, text)| {
                                        view! {
                                            <li>
                                                <a href=href data-testid="mailto">{text}</a>
                                            </li>
                                        }
                                    })}
                                {contact
                                    .url
                                    .map(|href| {
                                        view! {
                                            <li>
                                                <OutLink href label=t(lang, Msg::DetailWebsite).to_owned() new_tab lang />
                                            </li>
                                        }
                                    })}
                            </ul>
                        </section>
                    }
                })}
            {(!links.is_empty() || website.is_some())
                .then(|| {
                    view! {
                        <section class="links">
                            <h3>{t(lang, Msg::DetailLinks)}</h3>
                            <ul>
                                {links
                                    .into_iter()
                                    .map(|(href, label)| view! { <li><OutLink href label new_tab lang /></li> })
                                    .collect_view()}
                                {website
                                    .map(|href| {
                                        view! {
                                            <li>
                                                <OutLink href label=t(lang, Msg::DetailWebsite).to_owned() new_tab lang />
                                            </li>
                                        }
                                    })}
                            </ul>
                        </section>
                    }
                })}
            <p class="provenance">
                {updated.map(|u| view! { <span>{u}</span>" · " })}
                <span>{tf(lang, Msg::DetailSource, &[("title", catalogue.title.get(code).text)])}</span>
            </p>
        </article>
    }
}

/// A link out of the showcase; from an embed it opens a new tab and says so.
#[component]
fn OutLink(href: String, label: String, new_tab: bool, lang: Lang) -> impl IntoView {
    view! {
        <a href=href target=new_tab.then_some("_blank") rel=new_tab.then_some("noopener")>
            {label}
            {new_tab.then(|| view! { <span class="visually-hidden">{t(lang, Msg::NewTab)}</span> })}
        </a>
    }
}
