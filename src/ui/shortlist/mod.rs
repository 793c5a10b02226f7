//! The visitor's shortlist (`?page=shortlist`): the kept exhibits (also those outside today's
//! filters, and those no catalogue offers any more), a shared list to add, the choice of what
//! to compare, the share link, the letters to the universities and the export.

mod letters;
mod share_box;
mod shared;

use leptos::prelude::*;

use super::ctx::use_ctx;
use super::exhibit_link::ExhibitLink;
use super::follow_links::{BackToExhibits, ExportLink};
use super::qr::QrFigure;
use crate::follow_up::{Entry, COMPARE_AT_MOST};
use crate::i18n::{t, tf, tn, Msg};
use crate::labels::{loading_text, ExhibitFacts, Shown};
use crate::navigation::{compare_link, permalink};
use crate::web::events::is_plain_click;
use crate::web::share::print;
use letters::Letters;
use share_box::ShareBox;
use shared::SharedOffer;

/// One kept exhibit as the page lists it.
#[derive(Clone, PartialEq)]
struct Listed {
    id: String,
    title: Shown,
    /// "Kyoto University · Japan"; `None` when no catalogue offers it any more.
    offered: Option<String>,
    /// Its permanent link (absolute), for the printed QR code.
    link: String,
}

#[component]
pub fn ShortlistPage() -> impl IntoView {
    let ctx = use_ctx();
    // Kept exhibits take the titles the catalogues give now, so one withdrawn later is still
    // listed by its latest name.
    Effect::new(move |_| {
        let loaded = ctx.loaded.get();
        if !ctx.sources.with_untracked(|s| s.is_loading()) {
            let stale = ctx.shortlist.with_untracked(|s| {
                let mut fresh = s.clone();
                fresh.refresh_titles(&loaded.exhibition).then_some(fresh)
            });
            if let Some(fresh) = stale {
                ctx.change_shortlist(|s| *s = fresh);
            }
        }
    });
    // The visitor's own list, carried here by the link because their browser stores nothing.
    Effect::new(move |_| {
        let carried = ctx.presentation.with(|p| p.mine.then(|| p.keep.clone()));
        let loaded = ctx.loaded.get();
        if let Some(ids) = carried.filter(|_| !ctx.sources.with_untracked(|s| s.is_loading())) {
            ctx.change_shortlist(|s| {
                s.add_shared(&ids, &loaded.exhibition);
            });
            ctx.update_presentation(|p| {
                p.keep.clear();
                p.mine = false;
            });
        }
    });
    // In a locked embed, what the lock leaves out stays kept but is not listed here.
    let listed = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let scope = ctx.scope();
        ctx.loaded.with(|l| {
            ctx.shortlist.with(|s| {
                let mut out = Vec::new();
                let mut outside = 0;
                for entry in s.entries(&l.exhibition) {
                    match entry {
                        Entry::Offered(i) if !scope.allows(i) => outside += 1,
                        Entry::Offered(i) => {
                            let facts = ExhibitFacts::of(&l.exhibition, i, lang);
                            let id = l.exhibition.exhibits[i].id.clone();
                            let place = facts.place();
                            out.push(listed(ctx, id, facts.title, Some(place)));
                        }
                        Entry::Gone(kept) => {
                            let title = Shown::of(&kept.title, lang);
                            out.push(listed(ctx, kept.id.clone(), title, None));
                        }
                    }
                }
                (out, outside)
            })
        })
    });
    let offered_ids = Signal::derive(move || {
        listed.with(|(l, _)| {
            (l.iter())
                .filter(|x| x.offered.is_some())
                .map(|x| x.id.clone())
                .collect::<Vec<_>>()
        })
    });
    // Which kept exhibits to compare: this page's own choice, not part of any view.
    let chosen = RwSignal::new(Vec::<String>::new());
    let compare_href = move || {
        let p = ctx.presentation.get();
        chosen.with(|ids| {
            ctx.view
                .with(|v| compare_link(v, &p, ids).map(|next| ctx.href(&next)))
        })
    };
    let go_compare = move |ev: web_sys::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            let p = ctx.presentation.get_untracked();
            let ids = chosen.get_untracked();
            ctx.update(|v| {
                if let Some(next) = compare_link(v, &p, &ids) {
                    *v = next;
                }
            });
        }
    };
    let is_empty = move || listed.with(|(l, _)| l.is_empty());
    let loading = move || ctx.sources.with(|s| s.is_loading());
    let items = move || {
        let lang = ctx.lang.get();
        listed
            .get()
            .0
            .into_iter()
            .map(|item| kept_item(item, lang, chosen))
            .collect_view()
    };
    let outside = move || {
        let n = listed.with(|(_, outside)| *outside);
        (n > 0).then(
            || view! { <p class="note">{tn(ctx.lang.get(), Msg::ShortlistOutOfScope, n, &[])}</p> },
        )
    };

    view! {
        <section class="follow-up shortlist-page" aria-labelledby="showcase-shortlist-heading" data-testid="shortlist-page">
            <BackToExhibits />
            <h2 id="showcase-shortlist-heading">{ctx.text(Msg::ShortlistHeading)}</h2>
            <p class="intro">{ctx.text(Msg::ShortlistIntro)}</p>
            <Show when=move || ctx.unsaved.get()>
                <p class="note unsaved" role="status" data-testid="unsaved">{ctx.text(Msg::ShortlistNotStored)}</p>
            </Show>
            <SharedOffer />
            // Until the catalogues are in, a kept exhibit cannot be told from a withdrawn one.
            <Show when=loading>
                <p class="note" role="status">{move || {
                    let lang = ctx.lang.get();
                    ctx.sources.with(|s| loading_text(lang, s))
                }}</p>
            </Show>
            <Show
                when=move || !loading() && !is_empty()
                fallback=move || {
                    (!loading()).then(|| view! { <p class="empty" data-testid="shortlist-empty">{ctx.text(Msg::ShortlistEmpty)}</p> })
                }
            >
                <ol class="kept-list" data-testid="kept-list">{items}</ol>
                {outside}
                <div class="follow-actions">
                    {move || match compare_href() {
                        Some(href) => view! {
                            <a class="button" href=href on:click=go_compare data-testid="compare-link">
                                {tn(ctx.lang.get(), Msg::CompareLink, chosen.with(Vec::len), &[])}
                            </a>
                        }
                            .into_any(),
                        None => view! { <p class="hint" data-testid="compare-hint">{ctx.text(Msg::CompareHint)}</p> }.into_any(),
                    }}
                    <ExportLink ids=offered_ids label=Msg::ExportList />
                    <button type="button" class="print" on:click=move |_| print() data-testid="print">
                        {ctx.text(Msg::PrintButton)}
                    </button>
                </div>
                <ShareBox ids=offered_ids />
                <Letters ids=offered_ids />
            </Show>
        </section>
    }
}

fn listed(ctx: super::ctx::Ctx, id: String, title: Shown, offered: Option<String>) -> Listed {
    let link = ctx
        .host
        .with_value(|h| ctx.view.with(|v| h.absolute_href(&permalink(v, &id))));
    Listed {
        id,
        title,
        offered,
        link,
    }
}

fn kept_item(
    item: Listed,
    lang: crate::i18n::Lang,
    chosen: RwSignal<Vec<String>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let Listed {
        id,
        title,
        offered,
        link,
    } = item;
    let text = title.text.clone();
    let remove_id = id.clone();
    let remove = move |_| {
        let id = remove_id.clone();
        chosen.update(|c| c.retain(|x| *x != id));
        ctx.change_shortlist(|s| s.remove(&id));
    };
    let remove_label = tf(lang, Msg::ShortlistRemove, &[("title", &text)]);
    // A QR code only for what can still be opened.
    let qr = offered.is_some().then(|| {
        view! {
            <div class="print-only">
                <QrFigure link caption=t(lang, Msg::QrCaption) label=t(lang, Msg::QrLabel) />
            </div>
        }
    });
    let body = match offered {
        Some(place) => {
            let choose_id = id.clone();
            let checked = {
                let id = id.clone();
                Memo::new(move |_| chosen.with(|c| c.contains(&id)))
            };
            let full = move || {
                chosen.with(|c| c.len() >= COMPARE_AT_MOST) && !checked.get()
            };
            let toggle = move |_| {
                let id = choose_id.clone();
                chosen.update(|c| match c.iter().position(|x| *x == id) {
                    Some(at) => drop(c.remove(at)),
                    None => c.push(id),
                });
            };
            let choose_label = tf(lang, Msg::CompareChoose, &[("title", &text)]);
            view! {
                <label class="choose">
                    <input type="checkbox" prop:checked=checked disabled=full on:change=toggle aria-label=choose_label data-testid="choose" />
                    <span aria-hidden="true">{t(lang, Msg::CompareChooseShort)}</span>
                </label>
                <div class="kept-text">
                    <ExhibitLink id=id.clone() lang=title.lang.clone()>{text.clone()}</ExhibitLink>
                    <span class="place">{place}</span>
                </div>
            }
                .into_any()
        }
        None => view! {
            <div class="kept-text gone">
                <span lang=title.lang>{text.clone()}</span>
                <span class="badge gone-badge" data-testid="gone">{t(lang, Msg::ShortlistGone)}</span>
            </div>
        }
            .into_any(),
    };
    view! {
        <li class="kept" data-testid="kept" data-id=id>
            {body}
            <button type="button" class="remove" aria-label=remove_label on:click=remove data-testid="remove">
                <span aria-hidden="true">"×"</span>
            </button>
            {qr}
        </li>
    }
}
