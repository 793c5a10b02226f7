//! A QR code as inline SVG (an element with a path, so the strict CSP holds and print is sharp),
//! with its caption and the link it carries as text for those who cannot scan.

use leptos::prelude::*;

use crate::follow_up::qr_code;

#[component]
pub fn QrFigure(
    /// The absolute link the code carries.
    link: String,
    caption: &'static str,
    label: &'static str,
) -> impl IntoView {
    let code = qr_code(&link);
    code.map(|code| {
        let view_box = format!("0 0 {0} {0}", code.size);
        view! {
        <figure class="qr" data-testid="qr">
            <svg viewBox=view_box role="img" aria-label=label data-link=link.clone() shape-rendering="crispEdges">
                <rect class="qr-light" width=code.size height=code.size />
                <path class="qr-dark" d=code.path />
            </svg>
            <figcaption>
                {caption}
                <span class="qr-link">{link}</span>
            </figcaption>
        </figure>
        }
    })
}
