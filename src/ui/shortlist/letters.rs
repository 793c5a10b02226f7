//! "Write to the universities": one prefilled e-mail link per institution, composed by
//! `follow_up::letters`; nothing is sent behind the visitor's back.

use leptos::prelude::*;

use crate::follow_up::letters;
use crate::i18n::{tn, Msg};
use crate::labels::Shown;
use crate::navigation::permalink;
use crate::ui::ctx::use_ctx;

#[component]
pub fn Letters(ids: Signal<Vec<String>>) -> impl IntoView {
    let ctx = use_ctx();
    let composed = Memo::new(move |_| {
        let lang = ctx.lang.get();
        let showcase = ctx.display_title();
        ctx.loaded.with(|l| {
            let ex = &l.exhibition;
            let kept: Vec<usize> =
                ids.with(|ids| ids.iter().filter_map(|id| ex.exhibit_index(id)).collect());
            let link = |id: &str| {
                ctx.view
                    .with_untracked(|v| ctx.host.with_value(|h| h.absolute_href(&permalink(v, id))))
            };
            (letters(ex, &kept, lang, &showcase, &link).into_iter())
                .map(|letter| {
                    let without: Vec<Shown> = (letter.without_address.iter())
                        .map(|&i| Shown::of(&ex.exhibits[i].title, lang))
                        .collect();
                    (
                        letter.institution,
                        letter.exhibits.len(),
                        letter.href,
                        without,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let items = move || {
        let lang = ctx.lang.get();
        (composed.get().into_iter())
            .map(|(institution, count, href, without)| {
                let args = [("institution", institution.text.as_str())];
                let label = tn(lang, Msg::LettersWrite, count, &args);
                let head = match href {
                    Some(href) => view! { <a href=href data-testid="letter">{label}</a> }.into_any(),
                    None => view! { <span>{label}</span> }.into_any(),
                };
                let missing = (!without.is_empty()).then(|| {
                    view! {
                        <p class="note" data-testid="no-address">
                            {crate::i18n::t(lang, Msg::LettersNoAddress)}
                            " "
                            {without.into_iter().map(|s| view! { <span class="title" lang=s.lang>{s.text}</span> }).collect_view()}
                        </p>
                    }
                });
                view! { <li class="letter" data-testid="letter-item">{head}{missing}</li> }
            })
            .collect_view()
    };
    view! {
        <section class="letters" aria-labelledby="showcase-letters-heading" data-testid="letters">
            <h3 id="showcase-letters-heading">{ctx.text(Msg::LettersHeading)}</h3>
            <p class="intro">{ctx.text(Msg::LettersIntro)}</p>
            <ul>{items}</ul>
        </section>
    }
}
