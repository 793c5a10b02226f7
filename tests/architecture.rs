//! The layers hold: the pure core never reaches the browser or the UI, the browser glue never
//! reaches the UI, no panel reaches the composition root, and no module imports one that
//! imports it back. Read from the sources themselves: every `crate::`, `super::` and `self::`
//! path outside comments and strings is an edge to the module file it names.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The code of a Rust file with comments, strings and char literals blanked out, so that
/// only real paths are read.
fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&chars, i) {
            // A raw string: r"…", r#"…"#, …
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            while j < chars.len() {
                if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            out.push_str("' '");
            i += 3;
        } else if c == '\'' && next == Some('\\') {
            // '\n', '\u{1F}'
            let close = (i + 2..chars.len())
                .find(|&j| chars[j] == '\'')
                .unwrap_or(i + 2);
            out.push_str("' '");
            i = close + 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// A source file and the module path it defines (`["search", "engine"]`).
struct Module {
    file: PathBuf,
    path: Vec<String>,
    code: String,
}

fn modules(src: &Path) -> Vec<Module> {
    let mut out = Vec::new();
    let mut pending = vec![src.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let file = entry.unwrap().path();
            if file.is_dir() {
                pending.push(file);
                continue;
            }
            if file.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = file.strip_prefix(src).unwrap().with_extension("");
            let mut path: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(path.last().map(String::as_str), Some("mod" | "lib")) {
                path.pop();
            }
            // The binaries are roots of their own; they only call the library. `cli/` is the
            // showcase-cli binary's tree (its `crate::` is that binary, not the library).
            if path == ["main"] || path == ["builder"] || path.first().is_some_and(|p| p == "cli") {
                continue;
            }
            let code = code_only(&fs::read_to_string(&file).unwrap());
            out.push(Module { file, path, code });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// Every `crate::a::b`, `super::x` or `self::y` path in `code`, as written; a `use` group
/// (`super::{a, b::{c, d}}`) gives one path per item.
fn paths(code: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        let head = ["crate", "super", "self"].into_iter().find(|h| {
            let end = i + h.len();
            chars[i..].starts_with(&h.chars().collect::<Vec<_>>())
                && chars.get(end) == Some(&':')
                && chars.get(end + 1) == Some(&':')
        });
        match (starts_word, head) {
            (true, Some(head)) => {
                i += head.len() + 2;
                use_tree(&chars, &mut i, vec![head.to_owned()], &mut found);
            }
            _ => i += 1,
        }
    }
    found
}

/// Reads the rest of a path after `prefix::`, with any groups, into `out`.
fn use_tree(chars: &[char], at: &mut usize, mut prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let skip_space = |at: &mut usize| {
        while chars.get(*at).is_some_and(|c| c.is_whitespace()) {
            *at += 1;
        }
    };
    loop {
        skip_space(at);
        if chars.get(*at) == Some(&'{') {
            *at += 1;
            loop {
                skip_space(at);
                match chars.get(*at) {
                    Some('}') | None => {
                        *at += 1;
                        return;
                    }
                    _ => use_tree(chars, at, prefix.clone(), out),
                }
                skip_space(at);
                if chars.get(*at) == Some(&',') {
                    *at += 1;
                }
            }
        }
        let start = *at;
        while chars
            .get(*at)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_' || *c == '*')
        {
            *at += 1;
        }
        if *at == start {
            out.push(prefix);
            return;
        }
        prefix.push(chars[start..*at].iter().collect());
        if chars.get(*at) == Some(&':') && chars.get(*at + 1) == Some(&':') {
            *at += 2;
        } else {
            out.push(prefix);
            return;
        }
    }
}

/// Where `written` (as it stands in module `from`) leads: the module file it names, that is
/// the longest known module path it starts with. Inline modules (`mod tests { … }`) are read as
/// part of their file, so their `use super::*` is skipped by the caller.
fn resolve(
    from: &[String],
    written: &[String],
    known: &BTreeSet<Vec<String>>,
) -> Option<Vec<String>> {
    let mut full: Vec<String> = match written[0].as_str() {
        "crate" => Vec::new(),
        _ => from.to_vec(),
    };
    for segment in written {
        match segment.as_str() {
            "crate" | "self" => {}
            "super" => {
                full.pop();
            }
            name => full.push(name.to_owned()),
        }
    }
    (0..=full.len())
        .rev()
        .map(|n| full[..n].to_vec())
        .find(|candidate| known.contains(candidate))
}

/// Each module's path, and the module paths it imports.
type Edges = BTreeMap<Vec<String>, BTreeSet<Vec<String>>>;

fn graph() -> (Vec<Module>, Edges) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules = modules(&src);
    let known: BTreeSet<Vec<String>> = modules.iter().map(|m| m.path.clone()).collect();
    let mut edges = Edges::new();
    for m in &modules {
        let targets = edges.entry(m.path.clone()).or_default();
        for written in paths(&m.code) {
            // `use super::*` inside an inline `mod tests` of a plain file means the file itself.
            let target = if written == ["super", "*"] || written == ["super"] {
                None
            } else {
                resolve(&m.path, &written, &known)
            };
            if let Some(target) = target.filter(|t| *t != m.path && !t.is_empty()) {
                targets.insert(target);
            }
        }
    }
    (modules, edges)
}

fn under(path: &[String], top: &str) -> bool {
    path.first().is_some_and(|p| p == top)
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let (_, edges) = graph();
    // Depth-first search for a back edge.
    fn visit(
        node: &Vec<String>,
        edges: &Edges,
        state: &mut BTreeMap<Vec<String>, u8>,
        stack: &mut Vec<Vec<String>>,
    ) -> Option<Vec<Vec<String>>> {
        state.insert(node.clone(), 1);
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next) {
                Some(1) => {
                    let at = stack.iter().position(|n| n == next).unwrap();
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(cycle) = visit(next, edges, state, stack) {
                        return Some(cycle);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node.clone(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in edges.keys() {
        if !state.contains_key(node) {
            let cycle = visit(node, &edges, &mut state, &mut Vec::new());
            let named: Option<Vec<String>> =
                cycle.map(|c| c.iter().map(|p| p.join("::")).collect());
            assert_eq!(named, None, "an import circle");
        }
    }
}

#[test]
fn the_core_never_reaches_the_browser_the_ui_or_leptos() {
    let (modules, edges) = graph();
    let browser_crates = [
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "leptos",
        "gloo_net",
        "gloo",
    ];
    for m in modules
        .iter()
        .filter(|m| !under(&m.path, "ui") && !under(&m.path, "web") && !m.path.is_empty())
    {
        for word in browser_crates {
            let named = m.code.split(|c: char| !(c.is_alphanumeric() || c == '_'));
            assert!(
                !named.into_iter().any(|w| w == word),
                "{} names {word}",
                m.file.display()
            );
        }
    }
    assert_no_imports(
        &edges,
        |m| !under(m, "ui") && !under(m, "web"),
        |t| under(t, "ui") || under(t, "web"),
    );
}

#[test]
fn the_core_needs_no_files_network_threads_or_the_cli_crates() {
    // `authoring` is called from the app's check page in wasm: the CLI brings the bytes.
    let (modules, _) = graph();
    let native_only = ["calamine", "ureq", "rust_xlsxwriter", "clap", "encoding_rs"];
    let mut checked = 0;
    // Test files may read fixtures from disk.
    let shipped = |m: &&Module| !m.path.iter().any(|p| p == "tests");
    for m in
        (modules.iter().filter(shipped)).filter(|m| !under(&m.path, "ui") && !under(&m.path, "web"))
    {
        checked += 1;
        let words: Vec<&str> = m
            .code
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .collect();
        for word in native_only {
            assert!(!words.contains(&word), "{} names {word}", m.file.display());
        }
        for api in ["std::fs", "std::net", "std::thread", "std::process"] {
            assert!(!m.code.contains(api), "{} uses {api}", m.file.display());
        }
    }
    assert!(
        modules.iter().any(|m| under(&m.path, "authoring")),
        "authoring was found"
    );
    assert!(checked > 20, "the core was checked ({checked})");
}

#[test]
fn the_browser_layer_never_reaches_the_components() {
    let (_, edges) = graph();
    assert_no_imports(&edges, |m| under(m, "web"), |t| under(t, "ui"));
}

/// Fails when a module `from` accepts imports one `to` accepts.
fn assert_no_imports(
    edges: &Edges,
    from: impl Fn(&[String]) -> bool,
    to: impl Fn(&[String]) -> bool,
) {
    let mut checked = 0;
    for (module, targets) in edges.iter().filter(|(m, _)| from(m)) {
        checked += 1;
        for target in targets {
            assert!(
                !to(target),
                "{} imports {}",
                module.join("::"),
                target.join("::")
            );
        }
    }
    assert!(checked > 0, "no module was checked");
}

#[test]
fn panels_never_reach_the_composition_root() {
    let (modules, edges) = graph();
    let root = vec!["ui".to_owned(), "app".to_owned()];
    let mut panels = 0;
    for m in modules
        .iter()
        .filter(|m| under(&m.path, "ui") && m.path.len() > 1 && m.path != root)
    {
        panels += 1;
        assert!(
            !edges[&m.path].contains(&root),
            "{} imports ui::app",
            m.file.display()
        );
    }
    assert!(panels > 10, "the panels were found ({panels})");
}

#[test]
fn the_reader_finds_paths_and_skips_comments_and_strings() {
    let code = code_only(
        "use super::{ctx::use_ctx, lang::{A, B}};\n// crate::ui::app\nlet s = \"crate::web\";\n\
         let r = r#\"super::x\"#; let c = '\"'; crate::labels::date(x);",
    );
    let found: Vec<String> = paths(&code).into_iter().map(|p| p.join("::")).collect();
    assert_eq!(
        found,
        [
            "super::ctx::use_ctx",
            "super::lang::A",
            "super::lang::B",
            "crate::labels::date"
        ]
    );
    let known: BTreeSet<Vec<String>> = [vec!["ui".to_owned()], vec!["ui".into(), "ctx".into()]]
        .into_iter()
        .collect();
    let from = vec!["ui".to_owned(), "card".to_owned()];
    assert_eq!(
        resolve(
            &from,
            &["super".into(), "ctx".into(), "use_ctx".into()],
            &known
        ),
        Some(vec!["ui".to_owned(), "ctx".to_owned()])
    );
}
