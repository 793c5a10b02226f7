//! The catalogue check for authors (`?page=check`): a file picked, dropped or pasted, or a
//! published catalogue's address, read exactly as the showcase reads it. The page shows every
//! problem at its place in the text, a preview as visitors will see it and a corrected copy
//! to download. Everything happens in this browser: nothing is uploaded. Ships only in the
//! authors' bundle, like the embed-code screen.
//!
//! Its own small store: the input (what the author gave) and the reading progress; what was
//! found is derived from the input and the visitor's language by the core
//! (`authoring::page::examine`), so switching language re-tells every finding.

mod findings;
mod input;
mod preview;

use std::sync::Arc;

use leptos::prelude::*;

use super::ctx::use_ctx;
use crate::authoring::page::{examine, Examined, Input, Reading};
use crate::i18n::Msg;
use crate::navigation::exhibits_link;
use crate::web::events::is_plain_click;
use crate::web::files;
use crate::web::idle::after_paint;
use crate::web::timing::measure;
use findings::{Findings, TextView};
use input::Inputs;
use preview::CheckPreview;

/// The template's CSV sheets beside its exhibits (`templates/template.<sheet>.csv`), named as
/// the files are (the sheet names are the column convention's, in every language).
const TEMPLATE_SHEETS: [&str; 7] = [
    "catalogue",
    "institutions",
    "fields",
    "events",
    "patents",
    "inventors",
    "media",
];

/// The check page's state. `show` and `progress` are its only writers.
#[derive(Clone, Copy)]
pub(super) struct CheckStore {
    input: RwSignal<Option<Arc<Input>>>,
    reading: RwSignal<Option<Reading>>,
    examined: Memo<Option<Arc<Examined>>>,
    /// The read-only text view, which findings select in.
    text_view: NodeRef<leptos::html::Textarea>,
}

impl CheckStore {
    fn new(lang: Memo<crate::i18n::Lang>) -> CheckStore {
        let input: RwSignal<Option<Arc<Input>>> = RwSignal::new(None);
        let examined = Memo::new(move |_| {
            let lang = lang.get();
            input.with(|i| {
                let i = i.as_ref()?;
                Some(Arc::new(measure("showcase:examine", || examine(i, lang))))
            })
        });
        CheckStore {
            input,
            reading: RwSignal::new(None),
            examined,
            text_view: NodeRef::new(),
        }
    }

    /// A new document to check. The check runs once "Checking…" is on screen, since it
    /// holds the page for as long as it takes.
    pub(super) fn show(&self, input: Input) {
        let store = *self;
        self.reading.set(Some(Reading {
            name: input.name.clone(),
            received: 0,
            total: None,
            checking: true,
        }));
        after_paint(move || {
            store.input.set(Some(Arc::new(input)));
            store.reading.set(None);
        });
    }

    pub(super) fn progress(&self, name: &str, received: u64, total: Option<u64>) {
        self.reading.set(Some(Reading {
            name: name.to_owned(),
            received,
            total,
            checking: false,
        }));
    }
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let ctx = use_ctx();
    let store = CheckStore::new(ctx.lang);
    provide_context(store);
    let back = move || ctx.href_to(&exhibits_link);
    let go_back = move |ev: web_sys::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            ctx.update(|v| *v = exhibits_link(v));
        }
    };
    let reading = move || store.reading.get().map(|r| r.text(ctx.lang.get()));
    let examined = store.examined;
    let download = move |_| {
        examined.with_untracked(|e| {
            let e = e.as_ref()?;
            files::save(
                &e.corrected_name(),
                "application/json",
                &e.corrected_json()?,
            );
            Some(())
        });
    };
    view! {
        <section class="check" aria-labelledby="showcase-check-heading" data-testid="check-page">
            <h2 id="showcase-check-heading">{ctx.text(Msg::CheckHeading)}</h2>
            <p>{ctx.text(Msg::CheckIntro)}</p>
            <p class="private" data-testid="check-private"><strong>{ctx.text(Msg::CheckPrivate)}</strong></p>
            <p class="templates">
                {ctx.text(Msg::CheckTemplates)}" "
                <a href="templates/template.xlsx" download data-testid="template-xlsx">{ctx.text(Msg::CheckTemplateXlsx)}</a>
                " · "
                <a href="templates/template.csv" download data-testid="template-csv">{ctx.text(Msg::CheckTemplateCsv)}</a>
                " ("
                {TEMPLATE_SHEETS
                    .iter()
                    .enumerate()
                    .map(|(i, sheet)| view! {
                        {(i > 0).then_some(", ")}
                        <a href=format!("templates/template.{sheet}.csv") download>{*sheet}</a>
                    })
                    .collect_view()}
                ")"
            </p>
            <Inputs />
            <p class="check-status" role="status" aria-live="polite" data-testid="check-status">
                {move || reading().or_else(|| examined.get().map(|e| e.summary.clone()))}
            </p>
            {move || examined.get().map(|e| view! {
                <Findings examined=e.clone() />
                <TextView examined=e.clone() />
                {e.catalogue.is_some().then(|| view! {
                    <div class="check-download">
                        <button type="button" on:click=download data-testid="check-download">
                            {ctx.text(Msg::CheckDownload)}
                        </button>
                        <p class="help">{ctx.text(Msg::CheckDownloadNote)}</p>
                    </div>
                })}
                {e.catalogue.clone().map(|catalogue| view! { <CheckPreview catalogue /> })}
            })}
            <p class="help">{ctx.text(Msg::CheckCli)}</p>
            <p><a href=back on:click=go_back data-testid="check-back">{ctx.text(Msg::CheckBack)}</a></p>
        </section>
    }
}

/// The store of the check page this component belongs to.
pub(super) fn use_check() -> CheckStore {
    expect_context::<CheckStore>()
}
