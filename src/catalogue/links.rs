//! Which URLs a catalogue may use, and how relative ones resolve.
//!
//! Written by hand (RFC 3986 §5.2 reference resolution, minus what catalogues never need)
//! because the `url` crate carries IDNA tables that would cost more wasm than this whole file.

/// What a URL is used for decides which schemes it may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// Something a visitor follows: http(s), mailto or relative.
    Link,
    /// Something the page fetches or shows inline (images, catalogues): http(s) or relative.
    Resource,
}

/// Why a URL was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("the URL is empty")]
    Empty,
    #[error("the scheme \"{0}:\" is not allowed (only http, https, mailto and relative URLs)")]
    Scheme(String),
    #[error("the URL contains control characters or spaces")]
    Unsafe,
}

/// Checks `raw` against the allow-list for `kind` and resolves it against `base` (the URL of the
/// file that named it). Browsers ignore tabs and newlines inside URLs and trim control
/// characters, so `java\tscript:` is judged as `javascript:` and refused.
pub fn safe_url(raw: &str, base: &str, kind: LinkKind) -> Result<String, LinkError> {
    let trimmed = raw.trim_matches(|c: char| c <= ' ');
    if trimmed.is_empty() {
        return Err(LinkError::Empty);
    }
    if trimmed.chars().any(|c| c.is_control()) {
        return Err(LinkError::Unsafe);
    }
    match scheme_of(trimmed) {
        Some(scheme) => {
            let scheme = scheme.to_ascii_lowercase();
            let allowed = match kind {
                LinkKind::Link => matches!(scheme.as_str(), "http" | "https" | "mailto"),
                LinkKind::Resource => matches!(scheme.as_str(), "http" | "https"),
            };
            if allowed {
                Ok(trimmed.to_owned())
            } else {
                Err(LinkError::Scheme(scheme))
            }
        }
        None => Ok(resolve(base, trimmed)),
    }
}

/// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )` followed by `:`.
fn scheme_of(url: &str) -> Option<&str> {
    let end = url.find(':')?;
    let scheme = &url[..end];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(scheme)
}

/// Resolves a relative reference against `base`. `base` may itself be relative (a path such as
/// `catalogues/index.json`), in which case the result stays relative to the same place.
pub fn resolve(base: &str, reference: &str) -> String {
    if scheme_of(reference).is_some() {
        return reference.to_owned();
    }
    let base = base.split('#').next().unwrap_or(base);
    let (scheme, rest) = match scheme_of(base) {
        Some(s) => (&base[..=s.len()], &base[s.len() + 1..]),
        None => ("", base),
    };
    if let Some(after) = reference.strip_prefix("//") {
        return format!("{scheme}//{after}");
    }
    let (authority, path_and_query) = match rest.strip_prefix("//") {
        Some(after) => {
            let end = after.find(['/', '?']).unwrap_or(after.len());
            (&rest[..end + 2], &after[end..])
        }
        None => ("", rest),
    };
    let (base_path, base_query) = match path_and_query.find('?') {
        Some(i) => (&path_and_query[..i], &path_and_query[i..]),
        None => (path_and_query, ""),
    };
    let prefix = format!("{scheme}{authority}");
    if reference.is_empty() {
        return format!("{prefix}{base_path}{base_query}");
    }
    if reference.starts_with('#') {
        return format!("{prefix}{base_path}{base_query}{reference}");
    }
    if reference.starts_with('?') {
        return format!("{prefix}{base_path}{reference}");
    }
    let split = reference.find(['?', '#']).unwrap_or(reference.len());
    let (ref_path, ref_tail) = reference.split_at(split);
    let merged = if ref_path.starts_with('/') {
        ref_path.to_owned()
    } else if !authority.is_empty() && base_path.is_empty() {
        format!("/{ref_path}")
    } else {
        let dir = base_path.rfind('/').map_or("", |i| &base_path[..=i]);
        format!("{dir}{ref_path}")
    };
    format!("{prefix}{}{ref_tail}", remove_dot_segments(&merged))
}

fn remove_dot_segments(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                if out.last().is_some_and(|s| !s.is_empty()) {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            "" if i == 0 && absolute => {}
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const BASE: &str = "https://cdn.example/a/b/catalogues/index.json?v=1#top";

    #[test]
    fn resolves_like_a_browser() {
        let cases = [
            ("x.json", "https://cdn.example/a/b/catalogues/x.json"),
            ("./x.json", "https://cdn.example/a/b/catalogues/x.json"),
            ("../img/p.png", "https://cdn.example/a/b/img/p.png"),
            ("../../../../p.png", "https://cdn.example/p.png"),
            ("/root.json", "https://cdn.example/root.json"),
            ("//other.example/c.json", "https://other.example/c.json"),
            ("?v=2", "https://cdn.example/a/b/catalogues/index.json?v=2"),
            ("#k", "https://cdn.example/a/b/catalogues/index.json?v=1#k"),
            (
                "sub/c.json?x=1#f",
                "https://cdn.example/a/b/catalogues/sub/c.json?x=1#f",
            ),
            ("https://p.example/b.json", "https://p.example/b.json"),
        ];
        for (reference, want) in cases {
            assert_eq!(resolve(BASE, reference), want, "{reference}");
        }
        assert_eq!(
            resolve("https://h.example", "a.json"),
            "https://h.example/a.json"
        );
    }

    #[test]
    fn relative_bases_stay_relative() {
        assert_eq!(
            resolve("catalogues/index.json", "a.json"),
            "catalogues/a.json"
        );
        assert_eq!(resolve("index.json", "img/a.png"), "img/a.png");
        assert_eq!(resolve("catalogues/index.json", "../x.json"), "x.json");
    }

    #[test]
    fn only_http_mailto_and_relative_links_are_allowed() {
        let ok = |u: &str| safe_url(u, BASE, LinkKind::Link);
        assert_eq!(ok("https://x.example/").unwrap(), "https://x.example/");
        assert_eq!(ok("HTTP://x.example/").unwrap(), "HTTP://x.example/");
        assert!(ok("mailto:tto@example.org").is_ok());
        assert_eq!(
            ok(" doc.pdf ").unwrap(),
            "https://cdn.example/a/b/catalogues/doc.pdf"
        );
        assert_eq!(
            ok("javascript:alert(1)"),
            Err(LinkError::Scheme("javascript".into()))
        );
        assert_eq!(
            ok("JaVaScRiPt:alert(1)"),
            Err(LinkError::Scheme("javascript".into()))
        );
        assert_eq!(ok("java\tscript:alert(1)"), Err(LinkError::Unsafe));
        assert_eq!(
            ok("\u{1}javascript:alert(1)"),
            Err(LinkError::Scheme("javascript".into()))
        );
        assert!(matches!(ok("data:text/html,x"), Err(LinkError::Scheme(_))));
        assert!(matches!(ok("vbscript:x"), Err(LinkError::Scheme(_))));
        assert_eq!(ok("   "), Err(LinkError::Empty));
        assert!(safe_url("mailto:a@b", BASE, LinkKind::Resource).is_err());
    }

    proptest! {
        #[test]
        fn a_safe_url_never_has_a_dangerous_scheme(raw in "\\PC{0,20}") {
            if let Ok(url) = safe_url(&raw, BASE, LinkKind::Link) {
                let lower = url.to_ascii_lowercase();
                prop_assert!(
                    lower.starts_with("http:") || lower.starts_with("https:") || lower.starts_with("mailto:"),
                    "{url}"
                );
            }
        }

        #[test]
        fn resolving_against_an_absolute_base_stays_on_http(reference in "[a-z./?#]{0,12}") {
            let out = resolve(BASE, &reference);
            prop_assert!(out.starts_with("https://"), "{out}");
            // Dot segments go from the path; a query or fragment keeps whatever it says, and
            // so does an authority (`//../` names a host called "..").
            let before_query = out.split(['?', '#']).next().unwrap_or_default();
            let after_scheme = &before_query["https://".len()..];
            let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
            prop_assert!(!path.contains("/../") && !path.ends_with("/.."), "{out}");
        }
    }
}
