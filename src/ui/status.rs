//! Loading progress, sources that failed, and problems inside the ones that loaded.

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::i18n::{tf, tn, Msg};
use crate::labels::{load_error, loading_text, problem, progress_thousandths};

/// The progress of the catalogues still loading. Below the results, not above them: the
/// cards that arrive take its place instead of moving up when it goes.
#[component]
pub fn LoadingProgress() -> impl IntoView {
    let ctx = use_ctx();
    let loading = move || ctx.sources.with(|s| s.is_loading());
    let progress = move || {
        let lang = ctx.lang.get();
        ctx.sources
            .with(|s| (loading_text(lang, s), progress_thousandths(s)))
    };
    view! {
        <Show when=loading>
            <div class="loading" data-testid="loading">
                <progress max="1000" value=move || progress().1 aria-label=move || progress().0></progress>
                <span>{move || progress().0}</span>
            </div>
        </Show>
    }
}

#[component]
pub fn Status() -> impl IntoView {
    let ctx = use_ctx();
    let loading = move || ctx.sources.with(|s| s.is_loading());
    let failures = move || {
        let lang = ctx.lang.get();
        ctx.sources.with(|s| {
            s.failed_slots()
                .map(|(slot, url, e)| (slot, url.to_owned(), load_error(lang, e)))
                .collect::<Vec<_>>()
        })
    };
    let problems = move || {
        let lang = ctx.lang.get();
        ctx.loaded.with(|l| {
            (l.exhibition.problems.iter())
                .map(|p| problem(lang, p))
                .collect::<Vec<_>>()
        })
    };
    let nothing = move || {
        !loading()
            && ctx.loaded.with(|l| l.exhibition.exhibits.is_empty())
            && !failures().is_empty()
    };
    view! {
        <Show when=move || !failures().is_empty()>
            <div class="source-errors" role="alert" data-testid="source-errors">
                <p>
                    <strong>
                        {move || if nothing() { ctx.t(Msg::NothingLoaded) } else { ctx.t(Msg::ErrorsHeading) }}
                    </strong>
                </p>
                <ul>
                    {move || {
                        failures()
                            .into_iter()
                            .map(|(slot, url, message)| {
                                let label = tf(ctx.lang.get(), Msg::RetryLabel, &[("url", &url)]);
                                view! {
                                    <li>
                                        <code>{url}</code>
                                        " "
                                        <span>{message}</span>
                                        " "
                                        <button
                                            type="button"
                                            class="retry"
                                            aria-label=label
                                            data-testid="retry"
                                            on:click=move |_| ctx.retry_source(slot)
                                        >
                                            {ctx.t(Msg::Retry)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
        <Show when=move || !problems().is_empty()>
            <details class="source-problems" data-testid="source-problems">
                <summary>
                    {move || {
                        let lang = ctx.lang.get();
                        tn(lang, Msg::ProblemsHeading, problems().len(), &[])
                    }}
                </summary>
                <ul>
                    {move || problems().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            </details>
        </Show>
    }
}
