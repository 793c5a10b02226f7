//! Which value of a JSON document a reading error is about, as a path (`.exhibits[3].trl`).
//!
//! serde_json says where reading stopped (line and column), not which value it was reading.
//! Walking the text up to that point names the value. Tracking the path during the read
//! instead (serde_path_to_error) instantiates every deserializer a second time, which cost
//! 11.5 KB of the compressed bundle for a path shown only when a catalogue is broken; it
//! stays as the reference in the tests.

mod position;

pub use position::{parse_path, position_of, positions, Locator, Position};

/// Where a value sits among its parents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// Formats segments after `root`: `$` + [exhibits, 3, trl] → `$.exhibits[3].trl`.
pub fn path_string(root: &str, segments: &[Segment]) -> String {
    let mut path = root.to_owned();
    for segment in segments {
        push_segment(&mut path, segment);
    }
    path
}

fn push_segment(path: &mut String, segment: &Segment) {
    match segment {
        Segment::Key(key) => {
            path.push('.');
            path.push_str(key);
        }
        Segment::Index(i) => {
            path.push('[');
            path.push_str(&i.to_string());
            path.push(']');
        }
    }
}

/// The byte offset of serde_json's (line, column): lines count from 1, columns are the bytes
/// consumed on that line.
pub fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        memchr::memchr_iter(b'\n', json.as_bytes())
            .nth(line - 2)
            .map_or(json.len(), |newline| newline + 1)
    };
    (start + column).min(json.len())
}

enum Frame {
    Object {
        /// Where the current member's key starts and ends (quotes excluded).
        key: Option<(usize, usize)>,
        /// Past the `:`: the reader is in the member's value, not its key.
        in_value: bool,
    },
    Array {
        index: usize,
    },
}

/// The path of the value being read when reading stopped at byte `offset`.
pub fn path_at(json: &str, offset: usize) -> Vec<Segment> {
    let bytes = &json.as_bytes()[..offset.min(json.len())];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object {
                    key,
                    in_value: false,
                }) = stack.last_mut()
                {
                    *key = Some((start, i.min(bytes.len())));
                }
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                in_value: false,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { in_value, .. }) = stack.last_mut() {
                    *in_value = true;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, in_value }) => {
                    *key = None;
                    *in_value = false;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let in_key = matches!(
        stack.last(),
        Some(Frame::Object {
            in_value: false,
            ..
        })
    );
    if in_key {
        // Reading stopped at a key (written twice): the object is at fault. (A missing key
        // is reported once the object has been read to its end, when it is already closed.)
        stack.pop();
    } else if just_opened(json, bytes.len()) {
        // A value read as "anything" is opened before its reader can refuse it: the
        // container is the value at fault, not its first element.
        stack.pop();
    }
    stack
        .iter()
        .filter_map(|frame| match frame {
            Frame::Object { key, .. } => {
                key.map(|(start, end)| Segment::Key(key_text(json, start, end)))
            }
            Frame::Array { index } => Some(Segment::Index(*index)),
        })
        .collect()
}

/// Reading stopped right after a `[` or `{` and before anything but another one.
///
/// Another opener means reading stopped in front of an element that was refused unopened
/// (`[{}]` where a list of strings was expected), so the element is at fault. The
/// text cannot tell that from a value of nested lists refused after opening (`[[["k"]]]`
/// read as a list of texts); there the path names its first element, one level deep.
fn just_opened(json: &str, offset: usize) -> bool {
    let is_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let before = json.as_bytes()[..offset]
        .iter()
        .rev()
        .find(|b| !is_space(b));
    let after = json.as_bytes()[offset..].iter().find(|b| !is_space(b));
    matches!(before, Some(b'[' | b'{')) && !matches!(after, Some(b'[' | b'{'))
}

/// A key as written, with JSON escapes read (`"ti\u0074le"` is `title`).
fn key_text(json: &str, start: usize, end: usize) -> String {
    let raw = &json[start..end];
    if !raw.contains('\\') {
        return raw.to_owned();
    }
    json.get(start - 1..=end)
        .and_then(|quoted| serde_json::from_str(quoted).ok())
        .unwrap_or_else(|| raw.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located(json: &str, at: &str) -> String {
        let offset = json.find(at).expect("marker") + at.len();
        path_string("$", &path_at(json, offset))
    }

    #[test]
    fn names_members_and_elements_down_to_the_value() {
        let json = r#"{"a": [1, {"b": "x", "c": [true, 2]}]}"#;
        assert_eq!(located(json, "1"), "$.a[0]");
        assert_eq!(located(json, "\"x\""), "$.a[1].b");
        assert_eq!(located(json, "2"), "$.a[1].c[1]");
        assert_eq!(located(json, "2]}]}"), "$");
    }

    #[test]
    fn an_unread_list_of_lists_is_named_one_level_deep() {
        // The documented limit of `just_opened`: the text alone cannot say which was refused.
        assert_eq!(located(r#"{"k": [[["x"]]]}"#, "[[["), "$.k[0][0]");
        assert_eq!(located(r#"{"k": [["x"]]}"#, "[["), "$.k[0]");
    }

    #[test]
    fn columns_count_bytes_on_their_line() {
        let json = "{\n \"タイトル\": 5\n}";
        let offset = offset_of(json, 2, " \"タイトル\": 5".len());
        assert_eq!(&json[offset..offset + 1], "\n");
        assert_eq!(offset_of(json, 9, 9), json.len());
    }
}
