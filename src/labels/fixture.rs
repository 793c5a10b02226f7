//! The exhibitions the label tests read.

use crate::catalogue::{parse_document, Document, Exhibition};

/// One university, one exhibit with text in two languages.
pub fn exhibition() -> Exhibition {
    merged(
        r#"{"format": "showcase/1", "id": "x", "title": "X",
      "institutions": [{"id": "kyoto-u", "name": {"en": "Kyoto University", "ja": "京都大学"}, "country": "JP"}],
      "exhibits": [{"id": "a", "title": {"en": "Rice & beans?", "ja": "米と豆"}, "summary": "", "institution": "kyoto-u"}]}"#,
    )
}

/// The exhibition of one catalogue document.
pub fn merged(json: &str) -> Exhibition {
    match parse_document(json, "x.json").unwrap() {
        Document::Catalogue { catalogue, .. } => Exhibition::merge([&catalogue]),
        other => panic!("not a catalogue: {other:?}"),
    }
}
