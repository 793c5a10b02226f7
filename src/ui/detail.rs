//! The exhibit detail as a modal `<dialog>`: the browser moves focus in, Escape closes it,
//! and focus returns to the link that opened it. The view's `exhibit` drives it.

use leptos::either::Either;
use leptos::html;
use leptos::prelude::*;

use super::ctx::use_ctx;
use super::exhibit_link::ExhibitLink;
use super::keep::KeepButton;
use super::logo::Logo;
use super::marked::marked;
use super::qr::QrFigure;
use crate::catalogue::Exhibition;
use crate::embed::{Outbound, Presentation};
use crate::follow_up::{related, Scope};
use crate::i18n::{t, tf, Lang, Msg};
use crate::labels::{
    date, email_link, segments, why_matched, Dossier, DossierItem, ExhibitFacts, Shown,
};
use crate::navigation::permalink;
use crate::search::Plan;
use crate::web::dialog;
use crate::web::events::hide_failed_image;
use crate::web::share::today;

#[component]
pub fn Detail() -> impl IntoView {
    let ctx = use_ctx();
    let dialog_ref = NodeRef::<html::Dialog>::new();
    let open_id = move || ctx.view.with(|v| v.exhibit.clone());
    let framed = ctx.host.with_value(|h| h.framed);

    Effect::new(move |_| {
        let wanted = open_id().is_some();
        if let Some(d) = dialog_ref.get() {
            dialog::show(&d, wanted, framed);
        }
    });
    let close = move || ctx.update(|v| v.exhibit = None);

    view! {
        <dialog
            node_ref=dialog_ref
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
                Some(ctx.loaded.with(|l| match l.exhibition.exhibit_index(&id) {
                    Some(i) => {
                        let plan = ctx.outcome.with(|o| o.plan.clone());
                        let link = ctx.host.with_value(|h| {
                            ctx.view.with_untracked(|v| h.absolute_href(&permalink(v, &id)))
                        });
                        view! {
                            {detail_body(&l.exhibition, i, lang, &plan, ctx.presentation.with(Presentation::outbound))}
                            <FollowUp index=i link lang />
                        }
                            .into_any()
                    }
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

/// `out`: how links that leave the showcase are given (a new tab in an embed, words on a
/// booth screen).
fn detail_body(
    exhibition: &Exhibition,
    index: usize,
    lang: Lang,
    plan: &Plan,
    out: Outbound,
) -> impl IntoView {
    let code = lang.code();
    let exhibit = &exhibition.exhibits[index];
    let catalogue = &exhibition.catalogues[exhibition.exhibit_catalogue[index]];
    let facts = ExhibitFacts::of(exhibition, index, lang);
    let why = why_matched(exhibition, index, plan, lang);
    let rows = facts
        .rows(exhibition, index, lang)
        .into_iter()
        .map(|(label, value)| {
            view! {
                <dt>{t(lang, label)}</dt>
                <dd>{value}</dd>
            }
        })
        .collect_view();
    let updated = (exhibit.updated.as_ref()).map(|d| tf(lang, Msg::DetailUpdated, &[("date", d)]));
    let email = email_link(lang, exhibit);
    // On paper a link is only its words: the address is printed beside them.
    let address = exhibit.contact.as_ref().and_then(|c| c.email.clone());
    let contact_url = exhibit.contact.as_ref().and_then(|c| c.url.clone());
    let has_contact = email.is_some() || contact_url.is_some();
    let links: Vec<(String, String)> = (exhibit.links.iter())
        .map(|l| (l.url.clone(), l.label.get(code).text.to_owned()))
        .collect();
    let website = (exhibition.institution(&exhibit.institution)).and_then(|i| i.url.clone());
    let dossier = Dossier::of(exhibit, lang);
    let logo = facts.logo.clone();

    view! {
        <article class="detail-body">
            {exhibit.image.clone().map(|src| view! { <img class="detail-image" src=src alt="" /> })}
            {logo.map(|src| view! { <Logo src /> })}
            <h2 id="showcase-detail-title" lang=facts.title.lang>
                {marked(segments(&facts.title.text, plan))}
            </h2>
            {facts.fell_back.map(|text| view! { <p class="fallback">{text}</p> })}
            <p class="summary" lang=facts.summary.lang>
                {marked(segments(&facts.summary.text, plan))}
            </p>
            {(!why.is_empty()).then(|| view! { <p class="why" data-testid="why">{why.join(" · ")}</p> })}
            <div class="detail-actions">
                <KeepButton index />
            </div>
            <dl class="facts">{rows}</dl>
            <DossierSections dossier out lang />
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
                                                {match out {
                                                    Outbound::Text => Either::Left(view! { <span>{address.clone()}</span> }),
                                                    _ => Either::Right(view! {
                                                        <a href=href data-testid="mailto">{text}</a>
                                                        <span class="print-inline">{address.clone()}</span>
                                                    }),
                                                }}
                                            </li>
                                        }
                                    })}
                                {contact_url
                                    .map(|href| {
                                        view! {
                                            <li>
                                                <OutLink href label=t(lang, Msg::DetailWebsite).to_owned() out lang />
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
                                    .map(|(href, label)| view! { <li><OutLink href label out lang /></li> })
                                    .collect_view()}
                                {website
                                    .map(|href| {
                                        view! {
                                            <li>
                                                <OutLink href label=t(lang, Msg::DetailWebsite).to_owned() out lang />
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

/// A link out of the showcase: from an embed it opens a new tab and says so; on a booth
/// screen it is its words only.
#[component]
pub(super) fn OutLink(href: String, label: String, out: Outbound, lang: Lang) -> impl IntoView {
    let new_tab = out == Outbound::NewTab;
    match out {
        Outbound::Text => Either::Left(view! { <span class="out-text">{label}</span> }),
        _ => Either::Right(view! {
            <a href=href target=new_tab.then_some("_blank") rel=new_tab.then_some("noopener")>
                {label}
                {new_tab.then(|| view! { <span class="visually-hidden">{t(lang, Msg::NewTab)}</span> })}
            </a>
        }),
    }
}

/// Patents, inventors and media (format 1.1): every list through one view.
#[component]
fn DossierSections(dossier: Dossier, out: Outbound, lang: Lang) -> impl IntoView {
    let Dossier { lists, pictures } = dossier;
    let pictures = (!pictures.is_empty()).then(|| {
        let figures = pictures
            .into_iter()
            .map(|p| {
                view! {
                    <figure>
                        <img src=p.src alt=p.caption.text.clone() loading="lazy" on:error=move |ev| hide_failed_image(&ev) />
                        <figcaption lang=p.caption.lang>{p.caption.text}</figcaption>
                    </figure>
                }
            })
            .collect_view();
        view! {
            <section class="media pictures">
                <h3>{t(lang, Msg::DetailMedia)}</h3>
                {figures}
            </section>
        }
    });
    let lists = lists
        .into_iter()
        .map(|list| {
            let items = (list.items.into_iter())
                .map(|item| dossier_item(item, out, lang))
                .collect_view();
            view! {
                <section class=list.name data-testid=list.name>
                    <h3>{t(lang, list.heading)}</h3>
                    <ul>{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! { {lists} {pictures} }
}

fn dossier_item(item: DossierItem, out: Outbound, lang: Lang) -> impl IntoView {
    let DossierItem {
        text,
        href,
        badge,
        note,
    } = item;
    let main = match href {
        Some(href) => Either::Left(view! { <OutLink href label=text.text out lang /> }),
        None => Either::Right(text.text),
    };
    view! {
        <li lang=text.lang>
            {main}
            {badge.map(|s| view! { " " <span class="badge">{s}</span> })}
            {note.map(|note| view! { " — " <span lang=note.lang>{note.text}</span> })}
        </li>
    }
}

/// What a visitor does next with an open exhibit: keep it, print it (a one-page sheet with
/// its QR code), scan it onto a phone, or go on to related exhibits.
#[component]
fn FollowUp(index: usize, link: String, lang: Lang) -> impl IntoView {
    let ctx = use_ctx();
    let kiosk = !ctx.personal_tools();
    // A locked embed offers related exhibits from its current results, which the lock bounds
    // (the whole scope would cost the first visit a second search; see `Ctx::scope`).
    let shown = match ctx.is_scoped() {
        true => ctx.outcome.with_untracked(|o| {
            let n = ctx.loaded.with_untracked(|l| l.exhibition.exhibits.len());
            Scope::of(n, &o.results)
        }),
        false => Scope::everything(),
    };
    let allowed = |i: usize| shown.allows(i);
    let related = ctx.loaded.with_untracked(|l| {
        (related(&l.exhibition, index, &allowed).into_iter())
            .map(|i| {
                let e = &l.exhibition.exhibits[i];
                let facts = ExhibitFacts::of(&l.exhibition, i, lang);
                (e.id.clone(), Shown::of(&e.title, lang), facts.institution)
            })
            .collect::<Vec<_>>()
    });
    let related = (!related.is_empty()).then(|| {
        let items = (related.into_iter())
            .map(|(id, title, institution)| {
                view! {
                    <li>
                        <ExhibitLink id lang=title.lang>{title.text}</ExhibitLink>
                        " · "
                        <span lang=institution.lang>{institution.text}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="related" data-testid="related">
                <h3>{t(lang, Msg::RelatedHeading)}</h3>
                <ul>{items}</ul>
            </section>
        }
    });
    let printed = tf(
        lang,
        Msg::PrintedFrom,
        &[
            ("exhibition", &ctx.display_title()),
            ("date", &date(lang, &today())),
        ],
    );
    view! {
        // On a booth screen the code is how a visitor takes the exhibit along.
        <QrFigure
            link=link.clone()
            caption=t(lang, if kiosk { Msg::KioskQrCaption } else { Msg::QrCaption })
            label=t(lang, Msg::QrLabel)
        />
        {related}
        <p class="print-only printed">{printed} " · " {link}</p>
    }
}
