//! Components hold no user-visible text of their own: every word comes from the i18n layer.
//! This scans the component sources for string literals standing as view children (between
//! `>` and `<`, or alone on a line) and fails on any that contains a letter.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// String literals that stand as element children, with their line numbers.
fn child_literals(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let chars: Vec<char> = source.chars().collect();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\n' => line += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 2,
            '"' => {
                let start = i;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    text.push(chars[i]);
                    i += 1;
                }
                let before = chars[..start].iter().rev().find(|c| !c.is_whitespace());
                let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
                let alone_on_line = {
                    let line_start = chars[..start]
                        .iter()
                        .rposition(|&c| c == '\n')
                        .map_or(0, |p| p + 1);
                    let line_end = chars[i + 1..]
                        .iter()
                        .position(|&c| c == '\n')
                        .map_or(chars.len(), |p| i + 1 + p);
                    chars[line_start..start].iter().all(|c| c.is_whitespace())
                        && chars[i + 1..line_end].iter().all(|c| c.is_whitespace())
                };
                let between_tags = matches!(before, Some('>') | Some('}'))
                    && matches!(after, Some('<') | Some('{'));
                if between_tags || alone_on_line {
                    found.push((line, text));
                }
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// Every `.rs` file under `dirs`, subfolders included.
fn rust_files(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = dirs.to_vec();
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn components_hold_no_user_visible_literals() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    for path in rust_files(&[root.join("ui"), root.join("web")]) {
        let source = fs::read_to_string(&path).unwrap();
        for (line, text) in child_literals(&source) {
            if text.chars().any(char::is_alphabetic) {
                offenders.push(format!("{}:{line}: \"{text}\"", path.display()));
            }
        }
    }
    assert!(
        rust_files(&[root.join("ui")]).len() > 10,
        "the scan must reach the panels"
    );
    assert!(
        offenders.is_empty(),
        "literal text in components:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_scanner_catches_literals_in_views() {
    let sample = "view! {\n    <p>\"Hello\"</p>\n    <span class=\"x\">{label}\" · \"</span>\n    <b>\n        \"Alone on a line\"\n    </b>\n}";
    let texts: Vec<String> = child_literals(sample).into_iter().map(|(_, t)| t).collect();
    assert_eq!(texts, ["Hello", " · ", "Alone on a line"]);
}
