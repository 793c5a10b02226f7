//! What matched in a text, for drawing: byte ranges of the original text (the UI wraps them in
//! `<mark>` elements around text nodes), and why a result matched when it was not through the
//! visitor's own words.

use std::ops::Range;

use memchr::memmem::Finder;

use super::normalize::{normalize_mapped, MappedChar};
use super::plan::{Piece, Plan};
use super::score::Kind;
use super::words::{runs, word_match, Run};

/// One matched stretch of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Bytes of the original text.
    pub range: Range<usize>,
    /// How it matched (the best of the terms that cover it).
    pub kind: Kind,
}

/// The matched stretches of `text`, in order, never overlapping.
pub fn marks(plan: &Plan, text: &str) -> Vec<Mark> {
    if plan.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let (normal, map) = normalize_mapped(text);
    let mut found: Vec<(Range<usize>, Kind)> = Vec::new();
    for (piece, at_most) in plan.pieces() {
        for (range, kind) in piece_ranges(piece, &normal) {
            found.push((range, kind.min(at_most)));
        }
    }
    found.sort_unstable_by_key(|(r, k)| (r.start, std::cmp::Reverse(r.end), std::cmp::Reverse(*k)));
    let mut merged: Vec<Mark> = Vec::new();
    for (range, kind) in found {
        let source = source_range(&map, range);
        match merged.last_mut() {
            Some(last) if source.start <= last.range.end => {
                last.range.end = last.range.end.max(source.end);
                last.kind = last.kind.max(kind);
            }
            _ => merged.push(Mark {
                range: source,
                kind,
            }),
        }
    }
    merged
}

/// Where `piece` matches in normalized `text`, with how.
fn piece_ranges(piece: &Piece, text: &str) -> Vec<(Range<usize>, Kind)> {
    match piece.run {
        Run::Word => runs(text)
            .filter(|(run, _)| *run == Run::Word)
            .filter_map(|(_, range)| {
                Some((
                    range.clone(),
                    word_match(&piece.text, &text[range], piece.prefix)?,
                ))
            })
            .collect(),
        Run::Cjk => {
            let finder = Finder::new(piece.text.as_bytes());
            let kind = if piece.raw == piece.text {
                Kind::Exact
            } else {
                Kind::Folded
            };
            finder
                .find_iter(text.as_bytes())
                .map(|at| (at..at + piece.text.len(), kind))
                .collect()
        }
    }
}

/// The original bytes that normalized bytes `range` came from.
fn source_range(map: &[MappedChar], range: Range<usize>) -> Range<usize> {
    let first = map.partition_point(|c| c.at + c.len <= range.start);
    let last = map.partition_point(|c| c.at < range.end).saturating_sub(1);
    match (map.get(first), map.get(last.max(first))) {
        (Some(a), Some(b)) => a.source.start..b.source.end,
        _ => 0..0,
    }
}

/// Why a result matched, when not by the visitor's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Via {
    /// What the visitor typed.
    pub asked: String,
    /// What the exhibit has instead (normalized).
    pub found: String,
    pub kind: ViaKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViaKind {
    /// Another language's string of the same catalogue text.
    Thesaurus,
    /// A word within a few typing mistakes.
    Typo,
}

/// Why an exhibit whose texts (every language of its title, summary, keywords and names) are
/// `texts` matched `plan`, for each term it did not match as typed (or in another script).
pub fn explain<'a>(plan: &Plan, texts: impl IntoIterator<Item = &'a str>) -> Vec<Via> {
    let texts: Vec<Mapped> = (texts.into_iter())
        .map(|original| {
            let (normal, map) = normalize_mapped(original);
            Mapped {
                original,
                normal,
                map,
            }
        })
        .collect();
    let mut vias = Vec::new();
    for clause in &plan.clauses {
        let asked = clause.asked();
        // Each of the visitor's own pieces, by the best way any text matched it.
        let own: Vec<Option<Kind>> = (asked.pieces.iter())
            .map(|p| {
                (texts.iter())
                    .flat_map(|t| piece_ranges(p, &t.normal))
                    .map(|(_, k)| k)
                    .max()
            })
            .collect();
        if own.iter().all(Option::is_some) {
            for (piece, kind) in asked.pieces.iter().zip(&own) {
                let typo = (kind == &Some(Kind::Typo)).then(|| typo_word(piece, &texts));
                if let Some(Some(word)) = typo {
                    vias.push(Via {
                        asked: piece.raw.clone(),
                        found: word,
                        kind: ViaKind::Typo,
                    });
                }
            }
            continue;
        }
        // The exhibit's own words for the first other-language string it has.
        let other = clause.alternatives[1..]
            .iter()
            .find_map(|alt| texts.iter().find_map(|t| t.words_for(&alt.pieces)));
        if let Some(found) = other {
            vias.push(Via {
                asked: asked.text.clone(),
                found,
                kind: ViaKind::Thesaurus,
            });
        }
    }
    vias
}

/// A text, its normal form, and the way back.
struct Mapped<'a> {
    original: &'a str,
    normal: String,
    map: Vec<MappedChar>,
}

impl Mapped<'_> {
    /// The stretch of the original text from the first of `pieces`' matches to the last,
    /// when every piece matches in this text.
    fn words_for(&self, pieces: &[Piece]) -> Option<String> {
        let mut span: Option<Range<usize>> = None;
        for piece in pieces {
            let (range, _) = piece_ranges(piece, &self.normal).into_iter().next()?;
            span = Some(match span {
                None => range,
                Some(s) => s.start.min(range.start)..s.end.max(range.end),
            });
        }
        let source = source_range(&self.map, span?);
        Some(self.original[source].to_owned())
    }
}

/// The first word of `texts`, as written there, that `piece` matched only as a typo.
fn typo_word(piece: &Piece, texts: &[Mapped]) -> Option<String> {
    texts.iter().find_map(|t| {
        let (range, _) =
            (piece_ranges(piece, &t.normal).into_iter()).find(|(_, k)| *k == Kind::Typo)?;
        Some(t.original[source_range(&t.map, range)].to_owned())
    })
}

/// Where a summary shown in a few lines starts so that its first mark is in view: at the
/// start when the mark is among the first `lead` characters, else at a word boundary about
/// `lead / 2` characters before it (the caller shows an ellipsis there).
pub fn snippet_start(text: &str, marks: &[Mark], lead: usize) -> usize {
    let Some(first) = marks.first() else { return 0 };
    if text[..first.range.start].chars().count() <= lead {
        return 0;
    }
    let back = (text[..first.range.start].char_indices().rev())
        .nth(lead / 2)
        .map_or(0, |(at, _)| at);
    // Start after a space if one is near; CJK text has none and starts where it is.
    match text[back..first.range.start].find(char::is_whitespace) {
        Some(space) => back + space + 1,
        None => back,
    }
}

#[cfg(test)]
mod tests;
