//! Loading progress, sources that failed, and problems inside the ones that loaded.

use leptos::prelude::*;

use super::app::use_ctx;
use crate::i18n::{number, tf, Msg};
use crate::labels::{kilobytes, load_error, problem};

#[component]
pub fn Status() -> impl IntoView {
    let ctx = use_ctx();
    let loading = move || ctx.sources.with(|s| s.is_loading());
    let progress = move || {
        let lang = ctx.lang.get();
        ctx.sources.with(|s| {
            let (received, total) = s.bytes_pending();
            let mut text = tf(
                lang,
                Msg::LoadingCatalogues,
                &[
                    ("done", &number(lang, s.done())),
                    ("total", &number(lang, s.slots.len())),
                ],
            );
            if received > 0 {
                text.push_str(" · ");
                text.push_str(&tf(
                    lang,
                    Msg::LoadingBytes,
                    &[("kb", &kilobytes(received))],
                ));
            }
            // Compressed transfers announce fewer bytes than they deliver.
            let fraction = match total {
                Some(t) if t >= received && t > 0 => {
                    (s.done() as f64 + received as f64 / t as f64) / s.slots.len() as f64
                }
                _ => s.done() as f64 / s.slots.len().max(1) as f64,
            };
            (text, fraction)
        })
    };
    let failures = move || {
        let lang = ctx.lang.get();
        ctx.sources.with(|s| {
            s.failures()
                .map(|(url, e)| (url.to_owned(), load_error(lang, e)))
                .collect::<Vec<_>>()
        })
    };
    let problems = move || {
        let lang = ctx.lang.get();
        ctx.data.with(|d| {
            d.ex.problems
                .iter()
                .map(|p| problem(lang, p))
                .collect::<Vec<_>>()
        })
    };
    let nothing =
        move || !loading() && ctx.data.with(|d| d.ex.exhibits.is_empty()) && !failures().is_empty();
    view! {
        <Show when=loading>
            <div class="loading" data-testid="loading">
                <progress max="1" value=move || progress().1 aria-label=move || progress().0></progress>
                <span>{move || progress().0}</span>
            </div>
        </Show>
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
                            .map(|(url, message)| {
                                view! {
                                    <li>
                                        <code>{url}</code>
                                        " "
                                        <span>{message}</span>
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
                        tf(lang, Msg::ProblemsHeading, &[("count", &number(lang, problems().len()))])
                    }}
                </summary>
                <ul>
                    {move || problems().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                </ul>
            </details>
        </Show>
    }
}
