//! What can stop a command, as sentences for the author.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("cannot read {path}: {reason}")]
    Read { path: PathBuf, reason: String },
    #[error("cannot write {path}: {reason}")]
    Write { path: PathBuf, reason: String },
    #[error("{0}")]
    Input(String),
    #[error("{name} could not be used: {reason}")]
    Source { name: String, reason: String },
}

impl CliError {
    /// Input that could not be read at all is exit code 2, like an unreadable document.
    pub fn exit_code(&self) -> u8 {
        2
    }
}
