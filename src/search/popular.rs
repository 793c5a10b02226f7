//! The searches a booth screen offers as buttons (nobody types on a kiosk): the keywords the
//! most exhibits share, in the visitor's language.

use crate::catalogue::Exhibition;

use super::normalize::normalize;

/// How many searches a booth screen offers.
pub const KIOSK_SUGGESTIONS: usize = 6;

/// Up to `n` keywords in `lang`, most shared first; keywords that differ only in case or
/// width count as one, shown as first written. A keyword of one exhibit only is no search
/// worth offering, unless nothing is shared.
pub fn popular_keywords(exhibition: &Exhibition, lang: &str, n: usize) -> Vec<String> {
    // (normalized, as first written, exhibits naming it); in order of first appearance.
    let mut counted: Vec<(String, String, usize)> = Vec::new();
    for exhibit in &exhibition.exhibits {
        let mut seen: Vec<String> = Vec::new();
        for keyword in &exhibit.keywords {
            let text = keyword.get(lang).text.trim();
            let key = normalize(text);
            if key.is_empty() || seen.contains(&key) {
                continue;
            }
            match counted.iter_mut().find(|(k, ..)| *k == key) {
                Some((.., count)) => *count += 1,
                None => counted.push((key.clone(), text.to_owned(), 1)),
            }
            seen.push(key);
        }
    }
    // Equal counts keep the order they first appeared in (`counted` is in that order; an
    // unstable sort by count and position costs the first visit less code than a stable one).
    let mut order: Vec<usize> = (0..counted.len()).collect();
    order.sort_unstable_by_key(|&i| (std::cmp::Reverse(counted[i].2), i));
    let counted: Vec<(String, String, usize)> = order
        .into_iter()
        .map(|i| std::mem::take(&mut counted[i]))
        .collect();
    let shared = counted.iter().filter(|(.., c)| *c > 1).count();
    let keep = if shared > 0 { shared.min(n) } else { n };
    counted
        .into_iter()
        .take(keep)
        .map(|(_, text, _)| text)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{parse_document, Document};

    fn exhibition(keywords: &[&[&str]]) -> Exhibition {
        let exhibits: Vec<String> = keywords
            .iter()
            .enumerate()
            .map(|(i, k)| format!(r#"{{"id": "e{i}", "title": "T", "summary": "", "institution": "u", "keywords": {k:?}}}"#))
            .collect();
        let json = format!(
            r#"{{"format": "showcase/1", "id": "c", "title": "C",
            "institutions": [{{"id": "u", "name": "U", "country": "JP"}}],
            "exhibits": [{}]}}"#,
            exhibits.join(",")
        );
        let Ok(Document::Catalogue { catalogue, .. }) = parse_document(&json, "c.json") else {
            panic!("fixture does not parse");
        };
        Exhibition::merge(vec![&catalogue])
    }

    #[test]
    fn the_most_shared_keywords_come_first_each_once_per_exhibit() {
        let ex = exhibition(&[
            &["rice", "drought", "Rice"],
            &["sensor", "RICE"],
            &["sensor", "drought"],
            &["rice", "catalysis"],
        ]);
        assert_eq!(popular_keywords(&ex, "en", 2), ["rice", "drought"]);
        // Only shared keywords are offered while some are shared.
        assert_eq!(
            popular_keywords(&ex, "en", 9),
            ["rice", "drought", "sensor"]
        );
    }

    #[test]
    fn with_nothing_shared_the_first_keywords_stand() {
        let ex = exhibition(&[&["a"], &["b"], &["c"]]);
        assert_eq!(popular_keywords(&ex, "en", 2), ["a", "b"]);
        assert!(popular_keywords(&exhibition(&[]), "en", 4).is_empty());
    }
}
