//! Links between the exhibits and the follow-up pages (shortlist, compare, export): where they
//! lead, and how they are followed, is `navigation`'s; here they become links.

use std::sync::Arc;

use leptos::prelude::*;

use super::bundle::has_lazy_screens;
use super::ctx::{use_ctx, Ctx};
use crate::embed::{Presentation, Screen};
use crate::i18n::{tn, Msg};
use crate::navigation::{
    back_to_exhibits, export_link, forum_page_link, how_to_follow, shortlist_link, Follow,
};
use crate::url_state::ViewState;
use crate::web::document::{ask_for_second_bundle, replace_location};
use crate::web::events::is_plain_click;

pub(super) type Derive = Arc<dyn Fn(&ViewState, &Presentation) -> ViewState + Send + Sync>;

/// A link to the view `derive` makes of the current one (and its presentation), followed as
/// `navigation::how_to_follow` says: in place, through the second bundle, or loaded.
/// One instance for every such link (a generic one was instantiated per link).
pub(super) fn follow(
    ctx: Ctx,
    derive: Derive,
) -> (
    impl Fn() -> String + Send + Sync + 'static,
    impl Fn(web_sys::MouseEvent) + 'static,
) {
    let for_click = derive.clone();
    let href = move || {
        let p = ctx.presentation.get();
        ctx.href_to(&|v| derive(v, &p))
    };
    let go = move |ev: web_sys::MouseEvent| {
        if !is_plain_click(&ev) {
            return;
        }
        let p = ctx.presentation.get_untracked();
        let next = ctx.view.with_untracked(|v| for_click(v, &p));
        let to = Presentation::from_state(&next);
        let how = ctx
            .host
            .with_value(|h| how_to_follow(&to, has_lazy_screens(), h));
        match how {
            Follow::Load => return,
            Follow::InPlace => ctx.update(|v| *v = next),
            Follow::Replace => replace_location(&ctx.href(&next)),
            Follow::SecondBundle => {
                if let Some(target) = ev.target() {
                    ask_for_second_bundle(&target, &next.to_query());
                }
            }
        }
        ev.prevent_default();
    };
    (href, go)
}

/// The header's link to the shortlist, with how many are kept.
#[component]
pub fn ShortlistLink() -> impl IntoView {
    let ctx = use_ctx();
    if !ctx.personal_tools() {
        return None;
    }
    // A list the browser would not store is carried by the link that loads the other bundle.
    let carry = move || {
        let lost = ctx.unsaved.get() && !has_lazy_screens();
        lost.then(|| ctx.shortlist.with(|s| s.ids()))
    };
    let derive = move |v: &ViewState, p: &Presentation| shortlist_link(v, p, carry().as_deref());
    let (href, go) = follow(ctx, Arc::new(derive));
    let count = move || ctx.shortlist.with(|s| s.len());
    Some(view! {
        <a class="shortlist-link" href=href on:click=go data-testid="shortlist-link">
            {ctx.text(Msg::ShortlistLink)}
            <span class="count-badge" aria-hidden="true" data-testid="shortlist-count">{count}</span>
            <span class="visually-hidden">{move || tn(ctx.lang.get(), Msg::ShortlistCount, count(), &[])}</span>
        </a>
        <Show when=move || ctx.unsaved.get()>
            <span class="unsaved-mark" role="status" data-testid="unsaved-mark">{ctx.text(Msg::ShortlistVisitOnly)}</span>
        </Show>
    })
}

/// From a follow-up page back to the exhibits it started from.
#[component]
pub fn BackToExhibits() -> impl IntoView {
    let ctx = use_ctx();
    let (href, go) = follow(ctx, Arc::new(back_to_exhibits));
    view! {
        <p class="back">
            <a href=href on:click=go data-testid="back">{ctx.text(Msg::ShortlistBack)}</a>
        </p>
    }
}

/// From a comparison back to the visitor's shortlist.
#[component]
pub fn BackToShortlist() -> impl IntoView {
    let ctx = use_ctx();
    let (href, go) = follow(ctx, Arc::new(|v, p| shortlist_link(v, p, None)));
    view! {
        <p class="back">
            <a href=href on:click=go data-testid="back">{ctx.text(Msg::CompareBack)}</a>
        </p>
    }
}

/// To the export page for `ids` (the current results when empty).
#[component]
pub fn ExportLink(ids: Signal<Vec<String>>, label: Msg) -> impl IntoView {
    let ctx = use_ctx();
    if !ctx.personal_tools() {
        return None;
    }
    let (href, go) = follow(
        ctx,
        Arc::new(move |v, p| ids.with(|ids| export_link(v, p, ids))),
    );
    Some(view! {
        <a class="export-link" href=href on:click=go data-testid="export-link">
            {ctx.text(label)}
        </a>
    })
}

/// The header's (and embed bar's) links to the programme (unless the loaded catalogues list
/// no events) and the statistics of the current view.
#[component]
pub fn ForumLinks() -> impl IntoView {
    let ctx = use_ctx();
    let link = move |screen: Screen, label: Msg, testid: &'static str| {
        let (href, go) = follow(ctx, Arc::new(move |v, p| forum_page_link(v, p, screen)));
        let here = move || ctx.presentation.with(|p| p.screen == screen);
        view! {
            <a class="forum-link" href=href on:click=go data-testid=testid
                aria-current=move || here().then_some("page")>
                {ctx.text(label)}
            </a>
        }
    };
    // Shown while the catalogues load, so that its place in the header is kept when their
    // sessions arrive (a link appearing late would move the tools beside it); gone once
    // loaded catalogues list none.
    let has_events = move || {
        ctx.sources.with(|s| s.is_loading()) || ctx.loaded.with(|l| !l.exhibition.events.is_empty())
    };
    view! {
        <Show when=has_events>
            {link(Screen::Programme, Msg::NavProgramme, "programme-link")}
        </Show>
        {link(Screen::Stats, Msg::NavStats, "stats-link")}
    }
}
