//! Text laid end to end: one string per tier for all documents with an offset table, so a
//! term is looked for with one substring search over the whole tier instead of one per
//! document.

use memchr::memmem::Finder;

/// Separates the parts (languages) of a text; no search term contains a control character,
/// so a term never matches across two parts, two texts or two documents.
pub const SEPARATOR: char = '\u{1F}';

#[derive(Default)]
pub struct Haystack {
    text: String,
    /// Document `d` is `text[starts[d]..starts[d + 1]]`; starts with 0. (u32: a wasm32
    /// memory holds at most 4 GB, text included.)
    starts: Vec<u32>,
}

impl Haystack {
    /// Room for `bytes` of text in `docs` documents (normalizing rarely changes a length).
    pub fn reserve(&mut self, bytes: usize, docs: usize) {
        self.text.reserve(bytes + bytes / 64);
        self.starts.reserve(docs + 1);
    }

    /// Where the next part will start.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The text being built, for the caller to append to (each part followed by
    /// [`SEPARATOR`]); [`Haystack::end_doc`] closes a document.
    pub fn text_mut(&mut self) -> &mut String {
        &mut self.text
    }

    pub fn end_doc(&mut self) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.starts.push(self.text.len() as u32);
    }

    pub fn doc(&self, doc: usize) -> &str {
        match (self.starts.get(doc), self.starts.get(doc + 1)) {
            (Some(&s), Some(&e)) => &self.text[s as usize..e as usize],
            _ => "",
        }
    }

    pub fn heap_bytes(&self) -> usize {
        self.text.capacity() + 4 * self.starts.capacity()
    }

    pub fn span(&self, start: u32, end: u32) -> &str {
        &self.text[start as usize..end as usize]
    }

    /// Calls `hit(doc)` once for each document containing `term`, in order.
    pub fn each_doc_with(&self, term: &Finder, mut hit: impl FnMut(usize)) {
        let text = self.text.as_bytes();
        let mut from = 0;
        while let Some(found) = term.find(&text[from..]) {
            let at = from + found;
            // The last document starting at or before the hit (empty documents share starts).
            let doc = self.starts.partition_point(|&s| s as usize <= at) - 1;
            hit(doc);
            // One hit per document is all a score needs.
            from = self.starts[doc + 1] as usize;
        }
    }
}
