//! The embed-code page (`?page=embed`): the visitor picks exhibits with the usual search and
//! filters, then locks, theme, accent and language here; a live preview shows the result and
//! the two snippets are ready to copy. The choices live in the URL like everything else, so
//! the page can be bookmarked or sent to a colleague.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::use_ctx;
use crate::catalogue::resolve;
use crate::catalogue::Text;
use crate::embed::{with_presentation, Accent, EmbedChoice, Lock, Presentation, Theme};
use crate::i18n::{number, t, tf, Lang, Msg};
use crate::labels::facet_name;

/// The accent the stylesheet uses when none is chosen (light scheme).
const DEFAULT_ACCENT: &str = "#a4262c";

#[component]
pub fn EmbedCode() -> impl IntoView {
    let ctx = use_ctx();
    let choice = Memo::new(move |_| {
        let p = ctx.presentation.get();
        let title = ctx.display_title();
        ctx.host.with_value(|host| {
            let mut view = ctx.state.get();
            // Pasted elsewhere, a relative catalogue URL would point into the partner's site.
            view.catalogues = view
                .catalogues
                .iter()
                .map(|c| resolve(&host.doc_base, c))
                .collect();
            view.sort = Default::default();
            EmbedChoice {
                app_url: host.app_base.clone(),
                view,
                locks: p.locks,
                theme: p.theme,
                accent: p.accent,
                title,
            }
        })
    });
    let set = move |change: &dyn Fn(&mut Presentation)| {
        let mut p = ctx.presentation.get_untracked();
        change(&mut p);
        ctx.update(|s| *s = with_presentation(s, &p));
    };
    let preview = NodeRef::<leptos::html::Iframe>::new();
    let preview_height = RwSignal::new(480i32);
    // The preview speaks the same height protocol as a partner's frame.
    let listener = window_event_listener(ev::message, move |e: web_sys::MessageEvent| {
        let from_preview = preview.get_untracked().and_then(|f| f.content_window());
        let same = match (e.source(), from_preview) {
            (Some(source), Some(win)) => js_sys::Object::is(&source, win.as_ref()),
            _ => false,
        };
        if !same {
            return;
        }
        let data = e.data();
        let kind = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|v| v.as_string());
        let height = js_sys::Reflect::get(&data, &"height".into())
            .ok()
            .and_then(|v| v.as_f64());
        if let (Some("showcase:height"), Some(h)) = (kind.as_deref(), height) {
            preview_height.set(h.clamp(200.0, 4000.0) as i32);
        }
    });
    on_cleanup(move || listener.remove());

    let lock_label = move |lock: Lock| {
        let lang = ctx.lang.get();
        match lock {
            Lock::Facet(f) => facet_name(lang, f),
            Lock::Trl => t(lang, Msg::TrlHeading),
            Lock::Query => t(lang, Msg::SearchLabel),
            Lock::Lang => t(lang, Msg::LanguageLabel),
        }
    };
    let themes = [
        (None, Msg::ThemeAuto),
        (Some(Theme::Light), Msg::ThemeLight),
        (Some(Theme::Dark), Msg::ThemeDark),
    ];
    let accent_value = move || {
        ctx.presentation
            .with(|p| p.accent.as_ref().map(|a| a.css().to_owned()))
            .unwrap_or_else(|| DEFAULT_ACCENT.to_owned())
    };
    // The preview reloads a whole app: wait until typing in the search box pauses.
    let preview_src = RwSignal::new(choice.with_untracked(EmbedChoice::frame_url));
    let pending = StoredValue::new(0u32);
    Effect::new(move |_| {
        let next = choice.with(EmbedChoice::frame_url);
        pending.update_value(|n| *n += 1);
        let ticket = pending.get_value();
        set_timeout(
            move || {
                // The page may have been left meanwhile: a disposed ticket reads as None.
                if pending.try_get_value() == Some(ticket) {
                    preview_src.set(next);
                }
            },
            std::time::Duration::from_millis(400),
        );
    });

    view! {
        <section class="embed-code" aria-labelledby="showcase-embed-heading" data-testid="embed-code">
            <h2 id="showcase-embed-heading">{ctx.text(Msg::EmbedHeading)}</h2>
            <p>{ctx.text(Msg::EmbedIntro)}</p>
            <CataloguePicker />
            <div class="embed-options">
                <fieldset data-testid="embed-locks">
                    <legend>{ctx.text(Msg::EmbedLocks)}</legend>
                    {Lock::ALL
                        .into_iter()
                        .map(|lock| {
                            let checked = move || ctx.presentation.with(|p| p.locks.contains(&lock));
                            let toggle = move |_| {
                                set(&|p: &mut Presentation| {
                                    match p.locks.iter().position(|l| *l == lock) {
                                        Some(i) => {
                                            p.locks.remove(i);
                                        }
                                        None => p.locks.push(lock),
                                    }
                                })
                            };
                            view! {
                                <label>
                                    <input type="checkbox" value=lock.param() prop:checked=checked on:change=toggle />
                                    <span>{move || lock_label(lock)}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <fieldset data-testid="embed-theme">
                    <legend>{ctx.text(Msg::EmbedTheme)}</legend>
                    {themes
                        .into_iter()
                        .map(|(theme, msg)| {
                            let checked = move || ctx.presentation.with(|p| p.theme == theme);
                            view! {
                                <label>
                                    <input
                                        type="radio"
                                        name="showcase-embed-theme"
                                        value=theme.map_or("auto", Theme::as_str)
                                        prop:checked=checked
                                        on:change=move |_| set(&|p: &mut Presentation| p.theme = theme)
                                    />
                                    <span>{ctx.text(msg)}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <fieldset data-testid="embed-accent">
                    <legend>{ctx.text(Msg::EmbedAccent)}</legend>
                    <label>
                        <input
                            type="checkbox"
                            data-testid="accent-custom"
                            prop:checked=move || ctx.presentation.with(|p| p.accent.is_some())
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                set(&|p: &mut Presentation| {
                                    p.accent = on.then(|| Accent::parse(DEFAULT_ACCENT)).flatten();
                                })
                            }
                        />
                        <span>{ctx.text(Msg::EmbedAccentCustom)}</span>
                    </label>
                    <label>
                        <span>{ctx.text(Msg::EmbedAccent)}</span>
                        <input
                            type="color"
                            data-testid="accent"
                            disabled=move || ctx.presentation.with(|p| p.accent.is_none())
                            prop:value=accent_value
                            on:change=move |ev| {
                                let chosen = Accent::parse(&event_target_value(&ev));
                                set(&|p: &mut Presentation| p.accent = chosen.clone())
                            }
                        />
                    </label>
                </fieldset>
                <label class="embed-lang">
                    <span>{ctx.text(Msg::EmbedLang)}</span>
                    <select
                        data-testid="embed-lang"
                        on:change=move |ev| {
                            let chosen = Lang::parse(&event_target_value(&ev));
                            ctx.update(|s| s.lang = chosen);
                        }
                    >
                        <option value="" selected=move || ctx.state.with(|s| s.lang.is_none())>
                            {ctx.text(Msg::LangAuto)}
                        </option>
                        {Lang::ALL
                            .into_iter()
                            .map(|l| {
                                view! {
                                    <option value=l.code() lang=l.code() selected=move || ctx.state.with(|s| s.lang == Some(l))>
                                        {l.endonym()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <Snippet
                heading=Msg::EmbedIframe
                help=Msg::EmbedIframeHelp
                testid="iframe-snippet"
                code=Signal::derive(move || choice.with(EmbedChoice::iframe_snippet))
            />
            <Snippet
                heading=Msg::EmbedScript
                help=Msg::EmbedScriptHelp
                testid="script-snippet"
                code=Signal::derive(move || choice.with(EmbedChoice::script_snippet))
            />
            <h3>{ctx.text(Msg::EmbedPreview)}</h3>
            <iframe
                node_ref=preview
                class="embed-preview"
                data-testid="embed-preview"
                title=move || choice.with(|c| c.title.clone())
                src=move || preview_src.get()
                height=move || preview_height.get().to_string()
            ></iframe>
        </section>
    }
}

/// One snippet: read-only code with a copy button that says what happened.
#[component]
fn Snippet(heading: Msg, help: Msg, testid: &'static str, code: Signal<String>) -> impl IntoView {
    let ctx = use_ctx();
    let status = RwSignal::new(None::<Msg>);
    let id = format!("showcase-{testid}");
    let help_id = format!("{id}-help");
    let copy = move |_| {
        let text = code.get_untracked();
        let promise = window().navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            status.set(Some(if copied {
                Msg::EmbedCopied
            } else {
                Msg::EmbedCopyFailed
            }));
        });
    };
    Effect::new(move |_| {
        let _ = code.get();
        status.set(None);
    });
    let select_all = |ev: web_sys::FocusEvent| {
        if let Some(area) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            area.select();
        }
    };
    view! {
        <div class="snippet">
            <h3>
                <label for=id.clone()>{ctx.text(heading)}</label>
            </h3>
            <p id=help_id.clone()>{ctx.text(help)}</p>
            <textarea
                id=id
                readonly
                rows="4"
                spellcheck="false"
                aria-describedby=help_id
                data-testid=testid
                prop:value=move || code.get()
                on:focus=select_all
            ></textarea>
            <div class="snippet-actions">
                <button type="button" on:click=copy data-testid=format!("{testid}-copy")>
                    {ctx.text(Msg::EmbedCopy)}
                </button>
                <span role="status" class="copy-status">{move || status.get().map(|m| ctx.t(m))}</span>
            </div>
        </div>
    }
}

/// Which catalogues the embed shows: everything the exhibition lists, one of the catalogues
/// seen on this page, or any URL. Choosing reloads the page's own view too, so the filters
/// offered are those of the chosen catalogue.
#[component]
fn CataloguePicker() -> impl IntoView {
    let ctx = use_ctx();
    // Every catalogue seen since the page opened: picking one must not hide the others.
    let known = RwSignal::new(Vec::<(String, Text, usize)>::new());
    Effect::new(move |_| {
        ctx.data.with(|d| {
            known.update(|list| {
                for (i, c) in d.ex.catalogues.iter().enumerate() {
                    if !list.iter().any(|(url, ..)| *url == c.source) {
                        let count = d.ex.exhibit_catalogue.iter().filter(|&&k| k == i).count();
                        list.push((c.source.clone(), c.title.clone(), count));
                    }
                }
            })
        })
    });
    let choose = move |urls: Vec<String>| ctx.update(|s| s.catalogues = urls);
    let typed = RwSignal::new(String::new());
    view! {
        <fieldset class="catalogue-picker" data-testid="embed-catalogue">
            <legend>{ctx.text(Msg::EmbedCatalogue)}</legend>
            <label>
                <input
                    type="radio"
                    name="showcase-embed-catalogue"
                    value=""
                    prop:checked=move || ctx.state.with(|s| s.catalogues.is_empty())
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
                            &[("title", title.get(lang.code()).text), ("count", &number(lang, count))],
                        )
                    };
                    view! {
                        <label>
                            <input
                                type="radio"
                                name="showcase-embed-catalogue"
                                value=url.clone()
                                prop:checked=move || ctx.state.with(|s| s.catalogues == [checked_url.clone()])
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
