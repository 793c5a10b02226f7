//! Catalogue text with what the query matched wrapped in `<mark>`: each segment is a text
//! node, so catalogue text can never become markup.

use leptos::prelude::*;

use crate::labels::Segment;

pub fn marked(segments: Vec<Segment>) -> impl IntoView {
    (segments.into_iter())
        .map(|s| match s.marked {
            true => view! { <mark>{s.text}</mark> }.into_any(),
            false => s.text.into_any(),
        })
        .collect_view()
}
