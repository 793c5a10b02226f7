//! Which catalogues the embed shows: everything the exhibition lists, one of the catalogues
//! seen on this screen, or any URL. Choosing reloads the screen's own view too, so the filters
//! offered are those of the chosen catalogue.

use leptos::prelude::*;

use crate::catalogue::Text;
use crate::i18n::{number, tf, Msg};
use crate::ui::ctx::use_ctx;

#[component]
pub fn CataloguePicker() -> impl IntoView {
    let ctx = use_ctx();
    // Every catalogue seen since the screen opened: picking one must not hide the others.
    let known = RwSignal::new(Vec::<(String, Text, usize)>::new());
    Effect::new(move |_| {
        ctx.loaded.with(|l| {
            known.update(|list| {
                let exhibition = &l.exhibition;
                for (i, c) in exhibition.catalogues.iter().enumerate() {
                    if !list.iter().any(|(url, ..)| *url == c.source) {
                        let count = (exhibition.exhibit_catalogue.iter())
                            .filter(|&&k| k == i)
                            .count();
                        list.push((c.source.clone(), c.title.clone(), count));
                    }
                }
            })
        })
    });
    let choose = move |urls: Vec<String>| ctx.update(|v| v.catalogues = urls);
    let typed = RwSignal::new(String::new());
    view! {
        <fieldset class="catalogue-picker" data-testid="embed-catalogue">
            <legend>{ctx.text(Msg::EmbedCatalogue)}</legend>
            <label>
                <input
                    type="radio"
                    name="showcase-embed-catalogue"
                    value=""
                    prop:checked=move || ctx.view.with(|v| v.catalogues.is_empty())
                    on:change=move |_| choose(Vec::new())
                />
                <span>{ctx.text(Msg::EmbedCatalogueAll)}</span>
            </label>
            <For each=move || known.get() key=|(url, ..)| url.clone() let:entry>
                {
                    let (url, title, count) = entry;
                    let checked_url = url.clone();
                    let label = move || {
                        let lang = ctx.lang.get();
                        tf(
                            lang,
                            Msg::EmbedCatalogueOption,
                            &[("title", title.get(lang.code()).text), ("count", &number(count))],
                        )
                    };
                    view! {
                        <label>
                            <input
                                type="radio"
                                name="showcase-embed-catalogue"
                                value=url.clone()
                                prop:checked=move || ctx.view.with(|v| v.catalogues == [checked_url.clone()])
                                on:change=move |_| choose(vec![url.clone()])
                            />
                            <span>{label}</span>
                        </label>
                    }
                }
            </For>
            <form
                class="catalogue-url"
                on:submit=move |ev| {
                    ev.prevent_default();
                    let url = typed.get_untracked().trim().to_owned();
                    if !url.is_empty() {
                        choose(vec![url]);
                    }
                }
            >
                <label>
                    <span>{ctx.text(Msg::EmbedCatalogueUrl)}</span>
                    <input
                        type="url"
                        data-testid="embed-catalogue-url"
                        placeholder="https://"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit">{ctx.text(Msg::EmbedCatalogueUse)}</button>
            </form>
        </fieldset>
    }
}
