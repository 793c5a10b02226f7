//! What the check found, each finding a button that selects its place in the read-only view
//! of the text; and that view.

use std::sync::Arc;

use leptos::prelude::*;

use super::input::check_url;
use super::use_check;
use crate::authoring::page::Examined;
use crate::i18n::{number, tf, tn, Msg};
use crate::ui::ctx::use_ctx;
use crate::web::files::show_range;

#[component]
pub fn Findings(examined: Arc<Examined>) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_check();
    let lang = ctx.lang.get_untracked();
    let lines = examined.lines;
    let (listed_findings, more) = examined.listed_findings();
    let more =
        (more > 0).then(|| view! { <p class="help">{tn(lang, Msg::CheckMore, more, &[])}</p> });
    let items = (listed_findings.iter())
        .map(|f| {
            let select = f.select;
            let line = f.line.unwrap_or(1);
            let go = move |_| {
                if let (Some((start, end)), Some(view)) = (select, store.text_view.get_untracked()) {
                    show_range(&view, start, end, line, lines);
                }
            };
            let kind = if f.warning { Msg::CheckWarning } else { Msg::CheckError };
            view! {
                <li class:warning=f.warning data-testid="check-finding">
                    <button type="button" class="finding" on:click=go disabled=select.is_none()>
                        <span class="finding-kind">{ctx.text(kind)}</span>
                        " "
                        <span class="finding-place" data-testid="finding-place">{f.place.clone()}</span>
                        {f.at.clone().map(|at| view! { " " <span class="finding-at">{at}</span> })}
                        ": "
                        <span class="finding-message" data-testid="finding-message">{f.message.clone()}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    let listed = (examined.listed.iter())
        .map(|url| {
            let target = url.clone();
            view! {
                <li>
                    <button type="button" class="link" on:click=move |_| check_url(store, target.clone())>
                        {url.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        {(!examined.findings.is_empty()).then(|| view! {
            <section class="check-findings" aria-labelledby="showcase-findings-heading">
                <h3 id="showcase-findings-heading">{ctx.text(Msg::CheckFindings)}</h3>
                <ol data-testid="check-findings">{items}</ol>
                {more}
            </section>
        })}
        {(!examined.listed.is_empty()).then(|| view! {
            <section class="check-listed">
                <p>{tn(lang, Msg::CheckIndex, examined.listed.len(), &[])}</p>
                <ul>{listed}</ul>
            </section>
        })}
    }
}

/// The text as read, read-only, for findings to point into.
#[component]
pub fn TextView(examined: Arc<Examined>) -> impl IntoView {
    let ctx = use_ctx();
    let store = use_check();
    view! {
        <section class="check-text">
            <h3>
                <label for="showcase-check-text">{ctx.text(Msg::CheckText)}</label>
            </h3>
            {examined.converted.then(|| view! { <p class="help">{ctx.text(Msg::CheckConverted)}</p> })}
            {examined.cut.map(|(shown, all)| {
                let note = tf(ctx.lang.get_untracked(), Msg::CheckCut, &[("shown", &number(shown as usize)), ("count", &number(all as usize))]);
                view! { <p class="help" data-testid="check-cut">{note}</p> }
            })}
            <textarea
                id="showcase-check-text"
                node_ref=store.text_view
                readonly
                rows="16"
                spellcheck="false"
                aria-label=ctx.text(Msg::CheckTextLabel)
                data-testid="check-text"
                prop:value=examined.shown.clone()
            ></textarea>
        </section>
    }
}
