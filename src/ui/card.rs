//! One exhibit in the grid. Its title is a real link to the exhibit's own URL, so it opens
//! by keyboard, in a new tab, or by copying, like any link.

use leptos::prelude::*;

use super::ctx::use_ctx;
use super::exhibit_link::ExhibitLink;
use super::keep::KeepButton;
use super::logo::Logo;
use super::marked::marked;
use crate::i18n::{t, Msg};
use crate::labels::{segments, summary_segments, why_matched, ExhibitFacts};

#[component]
pub fn Card(index: usize) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let loaded = ctx.loaded.get_untracked();
    let exhibit = &loaded.exhibition.exhibits[index];
    let facts = ExhibitFacts::of(&loaded.exhibition, index, lang);
    let image = exhibit.image.clone();
    // Marks follow the query while the card stays on the page (it is keyed by exhibit).
    // Memos: the DOM is touched only when a card's marks change, not on every keystroke.
    let title = facts.title.text.clone();
    let summary = facts.summary.text.clone();
    let title_marks = Memo::new(move |_| ctx.outcome.with(|o| segments(&title, &o.plan)));
    let summary_marks =
        Memo::new(move |_| ctx.outcome.with(|o| summary_segments(&summary, &o.plan)));
    // Only a result found through another language or a typo has a reason to give.
    let reasons = Memo::new(move |_| {
        ctx.outcome.with(|o| match o.matched_indirectly(index) {
            true => {
                (ctx.loaded).with_untracked(|l| why_matched(&l.exhibition, index, &o.plan, lang))
            }
            false => Vec::new(),
        })
    });
    let title_marked = move || marked(title_marks.get());
    let summary_marked = move || marked(summary_marks.get());
    let why = move || {
        let reasons = reasons.get();
        (!reasons.is_empty()).then(|| {
            view! { <p class="why" data-testid="why">{reasons.join(" · ")}</p> }
        })
    };
    let id = exhibit.id.clone();
    view! {
        <article class="card" data-testid="card">
            {image.map(|src| view! { <img class="card-image" src=src alt="" loading="lazy" /> })}
            <h3 class="card-title" lang=facts.title.lang>
                <ExhibitLink id>{title_marked}</ExhibitLink>
            </h3>
            {facts.fell_back.map(|text| view! { <p class="fallback">{text}</p> })}
            <p class="institution">
                {facts.logo.map(|src| view! { <Logo src /> })}
                <span lang=facts.institution.lang>{facts.institution.text}</span>
                " · "
                <span>{facts.country.unwrap_or_default()}</span>
            </p>
            <p class="summary" lang=facts.summary.lang>{summary_marked}</p>
            {why}
            <ul class="tags" aria-label=t(lang, Msg::DetailFields)>
                {facts.fields.into_iter().map(|f| view! { <li lang=f.lang>{f.text}</li> }).collect_view()}
            </ul>
            <p class="badges">
                {facts.trl.map(|text| view! { <span class="badge trl">{text}</span> })}
                {facts.ip.map(|(ip, text)| view! { <span class=format!("badge ip ip-{}", ip.as_str())>{text}</span> })}
                {facts.cooperation.into_iter().map(|c| view! { <span class="badge coop">{c}</span> }).collect_view()}
            </p>
            <KeepButton index />
        </article>
    }
}
