//! The programme page (`?page=programme`, in the lazily loaded bundle): the exhibition's
//! events by day, each with its kind, time on its own clock and the visitor's, description,
//! participating universities (links to their exhibits) and a link to the exhibits from it;
//! then what the exhibition says about itself (`about`, `organisers`).

use std::sync::Arc;

use leptos::prelude::*;

use super::ctx::{use_ctx, Ctx};
use super::detail::OutLink;
use super::follow_links::{follow, BackToExhibits};
use crate::catalogue::{About, Event, Text};
use crate::forum::clock::Day;
use crate::forum::programme::{kind_label, paragraphs, programme, session_time};
use crate::i18n::{tn, Msg};
use crate::labels::{date, Shown};
use crate::navigation::exhibits_of;
use crate::search::{Facet, Outcome};
use crate::web::locale::offset_at;
use crate::web::share::print;

#[component]
pub fn ProgrammePage() -> impl IntoView {
    let ctx = use_ctx();
    let days = Memo::new(move |_| ctx.loaded.with(|l| programme(&l.exhibition)));
    // What each session's link finds: the engine's event counts for a question of its own
    // (only what an embed's locks pin), which is the question the link asks.
    let counts = Memo::new(move |_| {
        let query = ctx.locked_scope().unwrap_or_default();
        ctx.loaded
            .with(|l| Arc::new(l.index.run(&l.exhibition, &query, &Arc::default())))
    });
    let about = Memo::new(move |_| ctx.sources.with(|s| s.about()));
    let event = move |i: usize| ctx.loaded.with(|l| l.exhibition.events[i].clone());
    let heading = move |day: Option<Day>| {
        let lang = ctx.lang.get();
        day.map_or_else(
            || ctx.t(Msg::ProgrammeUndated).to_owned(),
            |d| date(lang, &d.iso()),
        )
    };
    view! {
        <section class="follow-up forum-page programme-page" aria-labelledby="showcase-programme-heading" data-testid="programme-page">
            <BackToExhibits />
            <h2 id="showcase-programme-heading">{ctx.text(Msg::ProgrammeHeading)}</h2>
            <p class="hint">{ctx.text(Msg::ProgrammeIntro)}</p>
            <p class="programme-print">
                <button type="button" class="button" on:click=move |_| print() data-testid="programme-print">
                    {ctx.text(Msg::ProgrammePrint)}
                </button>
            </p>
            <Show when=move || !ctx.sources.with(|s| s.is_loading())>
                <Show when=move || days.with(|p| p.days.is_empty() && p.undated.is_empty())>
                    <p class="empty">{ctx.text(Msg::ProgrammeEmpty)}</p>
                </Show>
                {move || {
                    let groups = days.with(|p| p.groups());
                    groups
                        .into_iter()
                        .map(|(day, events)| view! {
                            <section class="programme-day" data-testid="programme-day">
                                <h3>{move || heading(day)}</h3>
                                <ol class="sessions">
                                    {events.into_iter().map(|i| view! {
                                        <Session ctx event=event(i) counts />
                                    }).collect_view()}
                                </ol>
                            </section>
                        })
                        .collect_view()
                }}
            </Show>
            {move || about.get().map(|about| view! { <AboutForum ctx about /> })}
        </section>
    }
}

/// Catalogue text as a paragraph per blank-line-separated part, in its own language.
fn text_paragraphs(ctx: Ctx, text: Text, class: &'static str) -> impl IntoView {
    move || {
        let shown = Shown::of(&text, ctx.lang.get());
        let lang = shown.lang.clone();
        paragraphs(&shown.text)
            .into_iter()
            .map(|p| view! { <p class=class lang=lang.clone()>{p.to_owned()}</p> })
            .collect_view()
    }
}

#[component]
fn Session(ctx: Ctx, event: Event, counts: Memo<Arc<Outcome>>) -> impl IntoView {
    let id = event.id.clone();
    let name = event.name.clone();
    let name_shown = Memo::new(move |_| Shown::of(&name, ctx.lang.get()));
    let time = {
        let event = event.clone();
        move || session_time(ctx.lang.get(), &event, &offset_at)
    };
    let kind = event.kind.map(|k| move || kind_label(ctx.lang.get(), k));
    let count = {
        let id = id.clone();
        Memo::new(move |_| counts.with(|o| o.facet(Facet::Event).map_or(0, |f| f.count_of(&id))))
    };
    let universities = event
        .institutions
        .iter()
        .map(|inst| {
            let value = inst.clone();
            let (href, go) = follow(
                ctx,
                Arc::new(move |v, p| exhibits_of(v, p, Facet::Institution, &value)),
            );
            let inst = inst.clone();
            let shown = Memo::new(move |_| {
                ctx.loaded.with(|l| l.exhibition.institution(&inst).map(|i| Shown::of(&i.name, ctx.lang.get())))
            });
            view! {
                <li>
                    <a href=href on:click=go lang=move || shown.get().and_then(|s| s.lang) data-testid="session-university">
                        {move || shown.get().map(|s| s.text)}
                    </a>
                </li>
            }
        })
        .collect_view();
    let has_universities = !event.institutions.is_empty();
    let (exhibits_href, exhibits_go) = {
        let id = id.clone();
        follow(
            ctx,
            Arc::new(move |v, p| exhibits_of(v, p, Facet::Event, &id)),
        )
    };
    let description = event.description.clone();
    view! {
        <li class="session" data-testid="session" data-event=id>
            {kind.map(|k| view! { <p class="session-kind">{k}</p> })}
            <h4 lang=move || name_shown.get().lang>{move || name_shown.get().text}</h4>
            <p class="session-time" data-testid="session-time">
                {
                    let time = time.clone();
                    move || time().days.map(|d| view! { <span>{d}</span> })
                }
                {
                    let time = time.clone();
                    move || time().own.map(|t| view! { <span>{t}</span> })
                }
                {move || time().visitor.map(|t| view! { <span class="your-time">{t}</span> })}
            </p>
            {description.map(|d| text_paragraphs(ctx, d, "session-description"))}
            {has_universities.then(|| view! {
                <p class="session-label">{ctx.text(Msg::ProgrammeUniversities)}</p>
                <ul class="session-universities">{universities}</ul>
            })}
            <p class="session-exhibits">
                <a href=exhibits_href on:click=exhibits_go hidden=move || count.get() == 0 data-testid="session-exhibits">
                    {move || tn(ctx.lang.get(), Msg::ProgrammeExhibits, count.get(), &[])}
                </a>
                <span class="hint" hidden=move || { count.get() > 0 }>{ctx.text(Msg::ProgrammeNoExhibits)}</span>
            </p>
        </li>
    }
}

#[component]
fn AboutForum(ctx: Ctx, about: About) -> impl IntoView {
    let organisers = about.organisers.clone();
    view! {
        <section class="about-forum" aria-labelledby="showcase-about-heading" data-testid="about-forum">
            <h3 id="showcase-about-heading">{ctx.text(Msg::ProgrammeAbout)}</h3>
            {about.text.map(|t| text_paragraphs(ctx, t, "about-text"))}
            {(!organisers.is_empty()).then(|| view! {
                <h4>{ctx.text(Msg::ProgrammeOrganisers)}</h4>
                <ul class="organisers" data-testid="organisers">
                    {organisers.into_iter().map(|o| {
                        let name = o.name.clone();
                        let role = o.role.clone();
                        let name_shown = Memo::new(move |_| Shown::of(&name, ctx.lang.get()));
                        let role_shown = Memo::new(move |_| Shown::of(&role, ctx.lang.get()));
                        view! {
                            <li>
                                <span class="organiser-role" lang=move || role_shown.get().lang>{move || role_shown.get().text}</span>
                                {
                                    let url = o.url.clone();
                                    move || {
                                    let lang = ctx.lang.get();
                                    let out = ctx.presentation.with(|p| p.outbound());
                                    let shown = name_shown.get();
                                    view! {
                                        <span class="organiser-name" lang=shown.lang>
                                            {match url.clone() {
                                                Some(href) => view! { <OutLink href label=shown.text out lang /> }.into_any(),
                                                None => shown.text.into_any(),
                                            }}
                                        </span>
                                    }
                                    }
                                }
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
