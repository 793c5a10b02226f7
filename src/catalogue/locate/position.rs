//! Where the value at a JSON path starts in the text: the other direction of `path_at`.
//!
//! The CLI prints `file:line:column:` for every problem and the check page jumps to it, so
//! a path such as `$.exhibits[3].trl` must find its place again. The text is walked, not
//! parsed: containers are skipped by counting brackets outside strings, and the element
//! offsets of every array visited are kept, so a thousand problems in one list of 100,000
//! exhibits walk that list once.

use rustc_hash::FxHashMap as HashMap;

use super::Segment;

/// A place in a text: 1-based line, 1-based column counted in characters, and the byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
}

/// The start of the value at `path` (`$`, `$.a.b`, `$.a[2].c`), or `None` when the text has
/// no such value. One lookup; for many, keep a [`Locator`].
pub fn position_of(json: &str, path: &str) -> Option<Position> {
    let offset = Locator::new(json).offset(path)?;
    positions(json, &[offset]).pop()
}

/// Lines and columns of ascending byte `offsets`, found in one sweep of the text (also when
/// the text is one line of 50 MB: columns are counted on from the previous offset).
pub fn positions(json: &str, offsets: &[usize]) -> Vec<Position> {
    let bytes = json.as_bytes();
    // A byte-order mark is not a character an editor shows.
    let start = if bytes.starts_with("\u{feff}".as_bytes()) {
        3
    } else {
        0
    };
    // Characters, not bytes: a continuation byte does not start one.
    let chars = |from: usize, to: usize| {
        bytes[from..to]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count()
    };
    let (mut line, mut column, mut at) = (1, 1, start);
    let mut out = Vec::with_capacity(offsets.len());
    for &offset in offsets {
        let offset = offset.clamp(start, bytes.len());
        if offset < at {
            // Not ascending: start over rather than give a wrong line.
            (line, column, at) = (1, 1, start);
        }
        match memchr::memrchr(b'\n', &bytes[at..offset]) {
            Some(last) => {
                line += memchr::memchr_iter(b'\n', &bytes[at..offset]).count();
                column = 1 + chars(at + last + 1, offset);
            }
            None => column += chars(at, offset),
        }
        at = offset;
        out.push(Position {
            line,
            column,
            offset,
        });
    }
    out
}

/// Finds values by path in one text, remembering the containers it has walked.
pub struct Locator<'a> {
    json: &'a str,
    /// Element offsets of each array walked, by the path of the array.
    arrays: HashMap<String, Vec<usize>>,
    /// Where the root's members start: reaching `$.exhibits` must not skip `institutions`
    /// again for every problem.
    members: HashMap<String, usize>,
}

impl<'a> Locator<'a> {
    pub fn new(json: &'a str) -> Locator<'a> {
        Locator {
            json,
            arrays: HashMap::default(),
            members: HashMap::default(),
        }
    }

    /// The byte offset where the value at `path` starts.
    pub fn offset(&mut self, path: &str) -> Option<usize> {
        let segments = parse_path(path)?;
        let bytes = self.json.as_bytes();
        let mut at = skip_space(bytes, skip_bom(bytes));
        let mut walked = String::from("$");
        for (depth, segment) in segments.iter().enumerate() {
            match segment {
                Segment::Key(key) if depth == 0 => {
                    at = match self.members.get(key) {
                        Some(&cached) => cached,
                        None => {
                            let found = member(self.json, at, key)?;
                            self.members.insert(key.clone(), found);
                            found
                        }
                    }
                }
                Segment::Key(key) => at = member(self.json, at, key)?,
                Segment::Index(i) => {
                    if bytes.get(at) != Some(&b'[') {
                        return None;
                    }
                    let json = self.json;
                    let elements = (self.arrays)
                        .entry(walked.clone())
                        .or_insert_with(|| elements(json, at).unwrap_or_default());
                    at = *elements.get(*i)?;
                }
            }
            super::push_segment(&mut walked, segment);
        }
        Some(at)
    }

    /// Where each element of the list at `path` (`$.exhibits`) starts, with its `id` when
    /// that is a string.
    pub fn ids(&mut self, path: &str) -> Vec<(usize, Option<String>)> {
        let Some(start) = self.offset(path) else {
            return Vec::new();
        };
        let json = self.json;
        let elements = (self.arrays)
            .entry(path.to_owned())
            .or_insert_with(|| elements(json, start).unwrap_or_default());
        elements
            .iter()
            .map(|&at| {
                let id = member(json, at, "id").and_then(|value| {
                    let end = skip_value(json.as_bytes(), value)?;
                    serde_json::from_str::<String>(&json[value..end]).ok()
                });
                (at, id)
            })
            .collect()
    }
}

/// `$.a[2].b` → [a, 2, b]; `None` for anything else.
pub fn parse_path(path: &str) -> Option<Vec<Segment>> {
    let mut rest = path.strip_prefix('$')?;
    let mut segments = Vec::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            segments.push(Segment::Key(after[..end].to_owned()));
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']')?;
            segments.push(Segment::Index(after[..end].parse().ok()?));
            rest = &after[end + 1..];
        } else {
            return None;
        }
    }
    Some(segments)
}

fn skip_bom(bytes: &[u8]) -> usize {
    if bytes.starts_with("\u{feff}".as_bytes()) {
        3
    } else {
        0
    }
}

fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while bytes
        .get(at)
        .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        at += 1;
    }
    at
}

/// Past the string that starts at `at` (its opening quote).
fn skip_string(bytes: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    loop {
        i += memchr::memchr2(b'"', b'\\', &bytes[i..])?;
        if bytes[i] == b'\\' {
            i += 2;
        } else {
            return Some(i + 1);
        }
    }
}

/// Past the value that starts at `at`.
fn skip_value(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at)? {
        b'"' => skip_string(bytes, at),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = at;
            while i < bytes.len() {
                match bytes[i] {
                    b'"' => {
                        i = skip_string(bytes, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            None
        }
        _ => {
            let end = bytes[at..]
                .iter()
                .position(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'))
                .map_or(bytes.len(), |n| at + n);
            (end > at).then_some(end)
        }
    }
}

/// Where the value of member `key` of the object at `at` starts.
fn member(json: &str, at: usize, key: &str) -> Option<usize> {
    let bytes = json.as_bytes();
    if bytes.get(at) != Some(&b'{') {
        return None;
    }
    let mut i = skip_space(bytes, at + 1);
    while bytes.get(i) == Some(&b'"') {
        let key_end = skip_string(bytes, i)?;
        let raw = &json[i + 1..key_end - 1];
        let matches = if raw.contains('\\') {
            serde_json::from_str::<String>(&json[i..key_end])
                .ok()
                .as_deref()
                == Some(key)
        } else {
            raw == key
        };
        i = skip_space(bytes, key_end);
        if bytes.get(i) != Some(&b':') {
            return None;
        }
        let value = skip_space(bytes, i + 1);
        if matches {
            return Some(value);
        }
        i = skip_space(bytes, skip_value(bytes, value)?);
        if bytes.get(i) == Some(&b',') {
            i = skip_space(bytes, i + 1);
        }
    }
    None
}

/// Where each element of the array at `at` starts.
fn elements(json: &str, at: usize) -> Option<Vec<usize>> {
    let bytes = json.as_bytes();
    let mut out = Vec::new();
    let mut i = skip_space(bytes, at + 1);
    while bytes.get(i).is_some_and(|&b| b != b']') {
        out.push(i);
        i = skip_space(bytes, skip_value(bytes, i)?);
        if bytes.get(i) == Some(&b',') {
            i = skip_space(bytes, i + 1);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    #[test]
    fn finds_members_elements_and_the_root() {
        let json =
            "\u{feff}{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"タイ\": {\"c\": true}, \"d\": -2.5e3\n}";
        let at = |p: &str| position_of(json, p).map(|p| (p.line, p.column));
        // The byte-order mark before `{` is not counted.
        assert_eq!(at("$"), Some((1, 1)));
        assert_eq!(positions("\u{feff}ab", &[4])[0].column, 2);
        assert_eq!(at("$.a"), Some((2, 8)));
        assert_eq!(at("$.a[1].b"), Some((2, 18)));
        // Columns count characters: the key before `c` is two of them, six bytes.
        assert_eq!(at("$.タイ.c"), Some((3, 15)));
        assert_eq!(at("$.d"), Some((3, 27)));
        assert_eq!(at("$.a[2]"), None);
        assert_eq!(at("$.b"), None);
        assert_eq!(at("$.a.b"), None);
        assert_eq!(at("exhibits[0]"), None);
    }

    #[test]
    fn escaped_keys_and_strings_with_brackets_do_not_mislead() {
        let json = r#"{"x": "a]}\"[{", "ti\u0074le": {"en": "y"}}"#;
        let offset = position_of(json, "$.title.en").unwrap().offset;
        assert_eq!(&json[offset..offset + 3], "\"y\"");
    }

    #[test]
    fn ids_of_a_list_in_order() {
        let json = r#"{"exhibits": [{"title": "t", "id": "a"}, 5, {"id": 3}, {"id": "b"}]}"#;
        let ids: Vec<_> = Locator::new(json).ids("$.exhibits");
        let just_ids: Vec<_> = ids.iter().map(|(_, id)| id.clone()).collect();
        assert_eq!(just_ids, [Some("a".into()), None, None, Some("b".into())]);
        assert_eq!(&json[ids[1].0..ids[1].0 + 1], "5");
    }

    #[test]
    fn positions_sweep_ascending_offsets_once() {
        let json = "ab\ncd\néf";
        let got = positions(json, &[0, 1, 4, 8, 9, 2]);
        let lc: Vec<_> = got.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(lc, [(1, 1), (1, 2), (2, 2), (3, 2), (3, 3), (1, 3)]);
    }

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            (-1000i64..1000).prop_map(Value::from),
            "[a-z\\]\\[{}\"\\\\ é]{0,6}".prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 40, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                prop::collection::btree_map("[a-z]{1,3}", inner, 0..5)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    fn paths(value: &Value, at: String, out: &mut Vec<(String, Value)>) {
        out.push((at.clone(), value.clone()));
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    paths(item, format!("{at}[{i}]"), out);
                }
            }
            Value::Object(members) => {
                for (k, v) in members {
                    paths(v, format!("{at}.{k}"), out);
                }
            }
            _ => {}
        }
    }

    proptest! {
        #[test]
        fn every_path_leads_to_the_start_of_its_value(
            members in prop::collection::btree_map("[a-z]{1,3}", value(), 0..6),
            pretty in any::<bool>(),
        ) {
            let doc = Value::Object(members.into_iter().collect());
            let json = if pretty {
                serde_json::to_string_pretty(&doc).unwrap()
            } else {
                serde_json::to_string(&doc).unwrap()
            };
            let mut all = Vec::new();
            paths(&doc, "$".into(), &mut all);
            let mut locator = Locator::new(&json);
            for (path, want) in all {
                let offset = locator.offset(&path);
                prop_assert!(offset.is_some(), "{path} not found in {json}");
                let offset = offset.unwrap();
                let read = serde_json::Deserializer::from_str(&json[offset..])
                    .into_iter::<Value>()
                    .next();
                prop_assert_eq!(read.and_then(Result::ok), Some(want), "{} in {}", path, json);
                let position = position_of(&json, &path).unwrap();
                prop_assert_eq!(position.offset, offset);
            }
        }
    }
}
