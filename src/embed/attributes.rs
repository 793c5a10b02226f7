//! A script embed has no URL of its own: its `data-*` attributes stand for the query string,
//! so both embeds speak one contract. Both directions of that codec live here.

use crate::search::Facet;

/// Parameters whose attribute value may list several values separated by white space.
fn is_list_param(name: &str) -> bool {
    matches!(name, "catalogue" | "lock") || Facet::from_param(name).is_some()
}

/// The query string a script embed's attributes stand for: `data-institution="a b"` is
/// `institution=a&institution=b`. `data-showcase` itself and attributes that are not `data-*`
/// are not parameters. A script embed is always chrome-less, so `embed=1` is implied.
pub fn query_from_attributes<'a>(
    attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (name, value) in attributes {
        let Some(param) = name.strip_prefix("data-") else {
            continue;
        };
        if param == "showcase" || param.is_empty() {
            continue;
        }
        if is_list_param(param) {
            for v in value.split_whitespace() {
                out.append_pair(param, v);
            }
        } else {
            out.append_pair(param, value);
        }
    }
    out.append_pair("embed", "1");
    out.finish()
}

/// The other way: each parameter of `query` once, as (name without `data-`, value), its
/// values joined by spaces where the parameter takes a list. `embed` is left out, being
/// implied.
pub fn attributes_from_query(query: &str) -> Vec<(String, String)> {
    let mut grouped: Vec<(String, Vec<String>)> = Vec::new();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if key == "embed" {
            continue;
        }
        match grouped.iter_mut().find(|(k, _)| *k == key) {
            Some((_, values)) if is_list_param(&key) => values.push(value.into_owned()),
            Some((_, values)) => *values = vec![value.into_owned()],
            None => grouped.push((key.into_owned(), vec![value.into_owned()])),
        }
    }
    grouped
        .into_iter()
        .map(|(k, values)| (k, values.join(" ")))
        .collect()
}
