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

    pub fn docs(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn doc(&self, doc: usize) -> &str {
        match (self.starts.get(doc), self.starts.get(doc + 1)) {
            (Some(&s), Some(&e)) => &self.text[s as usize..e as usize],
            _ => "",
        }
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

/// The unfolded normal form of the documents that script folding changed, so an exact match
/// can be told from a folded one without keeping every text twice.
#[derive(Default)]
pub struct Unfolded {
    docs: Vec<u32>,
    text: Haystack,
}

impl Unfolded {
    pub fn text_mut(&mut self) -> &mut String {
        self.text.text_mut()
    }

    /// Closes document `doc` (pushed in ascending order).
    pub fn end_doc(&mut self, doc: usize) {
        self.docs.push(doc as u32);
        self.text.end_doc();
    }

    /// Document `doc`'s unfolded text; `None` when folding left it as it was.
    pub fn get(&self, doc: usize) -> Option<&str> {
        let at = self.docs.binary_search(&(doc as u32)).ok()?;
        Some(self.text.doc(at))
    }
}
