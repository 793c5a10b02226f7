//! The TRL range: two selects, each level with the results it would yield.

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::embed::Lock;
use crate::i18n::{number, Msg};
use crate::labels::trl_level;
use crate::search::TrlRange;

#[component]
pub fn TrlGroup() -> impl IntoView {
    let ctx = use_ctx();
    let range = move || ctx.view.with(|v| v.filters.trl).unwrap_or(TrlRange::FULL);
    let set = move |min: u8, max: u8| {
        let next = TrlRange::new(min, max);
        ctx.update(|v| v.filters.trl = (next != TrlRange::FULL).then_some(next));
    };
    let levels = move |selected: u8| {
        let lang = ctx.lang.get();
        let counts = ctx.outcome.with(|o| o.trl_counts);
        (1u8..=9)
            .map(|level| {
                let label = format!(
                    "{} ({})",
                    trl_level(lang, level),
                    number(counts[usize::from(level) - 1])
                );
                view! { <option value=level.to_string() selected=level == selected>{label}</option> }
            })
            .collect_view()
    };
    let parse = |ev: &leptos::ev::Event| event_target_value(ev).parse::<u8>().unwrap_or(1);
    let locked = move || ctx.presentation.with(|p| p.is_locked(Lock::Trl));
    view! {
        <fieldset class="facet trl" data-facet="trl" hidden=locked>
            <legend>{ctx.text(Msg::TrlHeading)}</legend>
            <p class="help" id="showcase-trl-help">{ctx.text(Msg::TrlHelp)}</p>
            <label>
                <span>{ctx.text(Msg::TrlFrom)}</span>
                <select
                    data-testid="trl-min"
                    aria-describedby="showcase-trl-help"
                    on:change=move |ev| set(parse(&ev), range().max)
                >
                    {move || levels(range().min)}
                </select>
            </label>
            <label>
                <span>{ctx.text(Msg::TrlTo)}</span>
                <select data-testid="trl-max" on:change=move |ev| set(range().min, parse(&ev))>
                    {move || levels(range().max)}
                </select>
            </label>
        </fieldset>
    }
}
