//! Catalogues for `export` and `stats`, read with the app's parser; an index's catalogues
//! follow it. Problems inside them are not repeated here (`check` reports them); a document
//! that cannot be read at all stops the command.

use showcase::catalogue::{parse_document, Catalogue, Document, LoadError};
use showcase::i18n::Lang;
use showcase::labels;

use crate::error::CliError;
use crate::io;

/// How relative URLs inside the catalogues are read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// Against the document's location, as the app does.
    Location,
    /// Kept relative (against the bare file name), so an export writes them as they were.
    AsWritten,
}

pub fn catalogues(args: &[String], base: Base) -> Result<Vec<Catalogue>, CliError> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for arg in args {
        visit(&io::source_of(arg), base, &mut seen, &mut out)?;
    }
    Ok(out)
}

fn visit(
    source: &str,
    base: Base,
    seen: &mut Vec<String>,
    out: &mut Vec<Catalogue>,
) -> Result<(), CliError> {
    if seen.iter().any(|s| s == source) {
        return Ok(());
    }
    seen.push(source.to_owned());
    let failed = |e: &LoadError| CliError::Source {
        name: io::display_name(source),
        reason: match e {
            LoadError::Network(reason) => reason.clone(),
            other => labels::load_error(Lang::En, other),
        },
    };
    let text = io::fetch(source).map_err(|e| failed(&e))?;
    let relative_to = match base {
        Base::Location => source,
        Base::AsWritten if source.starts_with("file://") => {
            source.rsplit('/').next().unwrap_or(source)
        }
        Base::AsWritten => source,
    };
    match parse_document(&text, relative_to).map_err(|e| failed(&e))? {
        Document::Catalogue { catalogue, .. } => out.push(catalogue),
        Document::Index { .. } if base == Base::AsWritten => {
            return Err(CliError::Source {
                name: io::display_name(source),
                reason: "is an index: export each of its catalogues on its own".into(),
            })
        }
        Document::Index { catalogues, .. } => {
            for url in catalogues {
                visit(&url, base, seen, out)?;
            }
        }
    }
    Ok(())
}
