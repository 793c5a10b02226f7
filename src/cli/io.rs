//! Bytes in and out: local files and http(s) URLs as the app's sources, standard output that
//! tolerates a closed pipe, and files written whole.
//!
//! A local file becomes a `file:///abs/path` source, so the app's own URL rules apply to it
//! unchanged: an index's relative catalogue URLs resolve next to it, relative links stay
//! links (never errors), and an absolute `file:` URL inside a document is refused as the app
//! refuses it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use showcase::catalogue::LoadError;

use crate::error::CliError;

const FILE: &str = "file://";

/// The source for a command-line argument: a URL as given, a path as a `file:` URL.
pub fn source_of(arg: &str) -> String {
    if is_http(arg) {
        return arg.to_owned();
    }
    let path = std::path::absolute(arg).unwrap_or_else(|_| PathBuf::from(arg));
    format!("{FILE}{}", path.to_string_lossy().replace('\\', "/"))
}

fn is_http(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// How a source is named in messages: a path relative to the working directory when it is
/// under it, else as it is.
pub fn display_name(source: &str) -> String {
    let Some(path) = source.strip_prefix(FILE) else {
        return source.to_owned();
    };
    let cwd = std::env::current_dir().ok();
    let relative = cwd
        .as_deref()
        .and_then(|cwd| Path::new(path).strip_prefix(cwd).ok());
    match relative {
        Some(r) => r.to_string_lossy().into_owned(),
        None => path.to_owned(),
    }
}

/// Reads a source as the app would fetch it: text, or the reason as a sentence.
pub fn fetch(source: &str) -> Result<String, LoadError> {
    let bytes = if let Some(path) = source.strip_prefix(FILE) {
        std::fs::read(path).map_err(|e| LoadError::Network(io_reason(&e)))?
    } else if is_http(source) {
        http_get(source)?
    } else {
        return Err(LoadError::Network(
            "only local files and http(s) URLs can be read".into(),
        ));
    };
    String::from_utf8(bytes).map_err(|_| {
        LoadError::Network("the file is not UTF-8 text (catalogues are UTF-8 JSON)".into())
    })
}

fn http_get(url: &str) -> Result<Vec<u8>, LoadError> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(60)))
        .http_status_as_error(false)
        .build()
        .into();
    let mut response = (agent.get(url).call()).map_err(|e| {
        let reason = plain(&e.to_string());
        LoadError::Network(format!("the request to {url} failed ({reason})"))
    })?;
    let status = response.status().as_u16();
    if status != 200 {
        return Err(LoadError::Http { status });
    }
    (response.body_mut().with_config())
        .limit(u64::MAX)
        .read_to_vec()
        .map_err(|e| {
            LoadError::Network(format!("reading {url} failed ({})", plain(&e.to_string())))
        })
}

/// A library's error text without the parts meant for programmers: `io: ` and ` (os error 111)`.
fn plain(text: &str) -> String {
    let text = text.strip_prefix("io: ").unwrap_or(text);
    let text = match text.find(" (os error") {
        Some(i) => &text[..i],
        None => text,
    };
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}

/// An I/O error as the end of a sentence (no Rust debug output, no "os error 2").
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "there is no such file".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "it is a directory".into(),
        _ => plain(&e.to_string()),
    }
}

pub fn read_file(path: &Path) -> Result<Vec<u8>, CliError> {
    std::fs::read(path).map_err(|e| CliError::Read {
        path: path.to_owned(),
        reason: io_reason(&e),
    })
}

pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    std::fs::write(path, bytes).map_err(|e| CliError::Write {
        path: path.to_owned(),
        reason: io_reason(&e),
    })
}

/// Writes to standard output. A reader that went away (`| head`) is not an error: the
/// command ends quietly, as Unix tools do.
pub fn write_out(text: &str) -> Result<(), CliError> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::Write {
            path: "standard output".into(),
            reason: io_reason(&e),
        }),
        _ => Ok(()),
    }
}

pub fn write_err(text: &str) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    err.write_all(text.as_bytes())
}

/// Writes `text` to `path`, or to standard output without one.
pub fn write_to(path: Option<&Path>, text: &str) -> Result<(), CliError> {
    match path {
        Some(path) => write_file(path, text.as_bytes()),
        None => write_out(text),
    }
}
