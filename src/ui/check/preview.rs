//! The catalogue as the showcase will show it: the real panels on a store of their own,
//! built from the corrected catalogue, in the visitor's language. Like a script embed, the
//! preview is a part of this page, so its panels are regions, not the page's landmarks.

use leptos::context::Provider;
use leptos::prelude::*;

use crate::catalogue::{Catalogue, Document, Sources};
use crate::i18n::Msg;
use crate::ui::ctx::{use_ctx, Ctx};
use crate::ui::{Detail, Facets, Results, SearchBox};
use crate::url_state::ViewState;
use crate::web::host::partner_element;

#[component]
pub fn CheckPreview(catalogue: Catalogue) -> impl IntoView {
    let outer = use_ctx();
    let app_base = outer.host.with_value(|h| h.app_base.clone());
    let mut sources = Sources::new(std::slice::from_ref(&catalogue.source));
    // Already read by the check: the preview shows what it found, without reading again.
    let read = Document::Catalogue {
        catalogue,
        problems: Vec::new(),
    };
    sources.finish_read(0, Ok(read));
    let sources = RwSignal::new(sources);
    let initial = ViewState {
        lang: Some(outer.lang.get_untracked()),
        ..ViewState::default()
    };
    let preview = Ctx::new(initial, sources.read_only(), partner_element(&app_base));
    // The visitor's language switch reaches the preview too.
    Effect::new(move |_| {
        let lang = outer.lang.get();
        preview.update(|v| v.lang = Some(lang));
    });
    view! {
        <section class="check-preview" aria-labelledby="showcase-preview-heading" data-testid="check-preview">
            <h3 id="showcase-preview-heading">{outer.text(Msg::CheckPreview)}</h3>
            <p class="help">{outer.text(Msg::CheckPreviewIntro)}</p>
            <Provider value=preview>
                <div class="layout preview-layout">
                    <SearchBox />
                    <Facets />
                    <div class="results-area">
                        <Results />
                        <Detail />
                    </div>
                </div>
            </Provider>
        </section>
    }
}
