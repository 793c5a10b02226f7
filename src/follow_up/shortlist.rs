//! The visitor's shortlist: the exhibits kept, in the order kept, each with the title it had
//! when kept, so an exhibit no catalogue offers any more is still listed by name, never
//! silently dropped. Stored as a small JSON document under a key per app and embed.

use crate::catalogue::{is_slug, Exhibition, Tag, Text};
use crate::embed::{Lock, Presentation};
use crate::host::{Host, HostKind};
use crate::url_state::ViewState;

/// A list longer than this stops taking more: a shortlist is a choice, and the stored form
/// must stay far below the few megabytes browsers give an origin.
pub const KEPT_AT_MOST: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub id: String,
    /// The title when last seen in a catalogue.
    pub title: Text,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shortlist {
    kept: Vec<Kept>,
}

/// A kept exhibit as the loaded exhibition knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry<'a> {
    /// Still offered: its index in the exhibition.
    Offered(usize),
    /// In no loaded catalogue: listed by its saved title.
    Gone(&'a Kept),
}

/// The first line of the stored form: what it is and its version, so a later change of
/// shape can still read today's lists.
const STORED_HEADER: &str = "showcase-shortlist 1";

impl Shortlist {
    pub fn len(&self) -> usize {
        self.kept.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.kept.iter().any(|k| k.id == id)
    }

    pub fn kept(&self) -> &[Kept] {
        &self.kept
    }

    pub fn ids(&self) -> Vec<String> {
        self.kept.iter().map(|k| k.id.clone()).collect()
    }

    /// Keeps `id` (at the end) unless it is kept already or the list is full; true if added.
    pub fn add(&mut self, id: &str, title: &Text) -> bool {
        if self.contains(id) || self.kept.len() >= KEPT_AT_MOST {
            return false;
        }
        self.kept.push(Kept {
            id: id.to_owned(),
            title: title.clone(),
        });
        true
    }

    pub fn remove(&mut self, id: &str) {
        self.kept.retain(|k| k.id != id);
    }

    /// Keeps or lets go of `id`; true if it is kept afterwards.
    pub fn toggle(&mut self, id: &str, title: &Text) -> bool {
        if self.contains(id) {
            self.remove(id);
            false
        } else {
            self.add(id, title)
        }
    }

    /// Adds the exhibits of a shared list that the exhibition offers and this list lacks, in
    /// the shared order; what was kept stays. Returns how many were added.
    pub fn add_shared(&mut self, shared: &[String], exhibition: &Exhibition) -> usize {
        let mut added = 0;
        for id in shared {
            if let Some(i) = exhibition.exhibit_index(id) {
                added += usize::from(self.add(id, &exhibition.exhibits[i].title));
            }
        }
        added
    }

    /// The shared ids this list would gain from [`Shortlist::add_shared`].
    pub fn missing<'a>(&self, shared: &'a [String], exhibition: &Exhibition) -> Vec<&'a str> {
        (shared.iter())
            .filter(|id| !self.contains(id) && exhibition.exhibit_index(id).is_some())
            .map(String::as_str)
            .collect()
    }

    /// Takes the titles the exhibition gives now, so a later "no longer offered" names the
    /// exhibit as it was last seen. True if any changed.
    pub fn refresh_titles(&mut self, exhibition: &Exhibition) -> bool {
        let mut changed = false;
        for kept in &mut self.kept {
            if let Some(i) = exhibition.exhibit_index(&kept.id) {
                let title = &exhibition.exhibits[i].title;
                if *title != kept.title {
                    kept.title = title.clone();
                    changed = true;
                }
            }
        }
        changed
    }

    /// Each kept exhibit, in the order kept, as the exhibition knows it.
    pub fn entries<'a>(&'a self, exhibition: &Exhibition) -> Vec<Entry<'a>> {
        (self.kept.iter())
            .map(|k| match exhibition.exhibit_index(&k.id) {
                Some(i) => Entry::Offered(i),
                None => Entry::Gone(k),
            })
            .collect()
    }

    /// The kept exhibits the exhibition offers, as indices, in the order kept.
    pub fn offered(&self, exhibition: &Exhibition) -> Vec<usize> {
        (self.kept.iter())
            .filter_map(|k| exhibition.exhibit_index(&k.id))
            .collect()
    }

    /// The stored form: the header line, then one line per kept exhibit — its id, then its
    /// title as language tag and text pairs (an empty tag for a title without language),
    /// tab-separated. Tabs and line breaks inside a title become spaces. Written by hand
    /// rather than as JSON: serde_json cost the first download 1.2 KB more.
    pub fn to_stored(&self) -> String {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        let mut out = STORED_HEADER.to_owned();
        for k in &self.kept {
            out.push('\n');
            out.push_str(&k.id);
            let pairs: Vec<(&str, &str)> = match &k.title {
                Text::Plain(text) => vec![("", text)],
                Text::Tagged(pairs) => pairs
                    .iter()
                    .map(|(t, s)| (t.as_str(), s.as_str()))
                    .collect(),
            };
            for (tag, text) in pairs {
                out.push('\t');
                out.push_str(&clean(tag));
                out.push('\t');
                out.push_str(&clean(text));
            }
        }
        out
    }

    /// Reads a stored form; whatever cannot be read (another site's value under our key, a
    /// hand edit) is left out line by line, never an error that loses the rest.
    pub fn from_stored(stored: &str) -> Shortlist {
        let mut list = Shortlist::default();
        let mut lines = stored.lines();
        if lines.next() != Some(STORED_HEADER) {
            return list;
        }
        for line in lines {
            let mut cells = line.split('\t');
            let id = cells.next().unwrap_or_default();
            let cells: Vec<&str> = cells.collect();
            if !is_slug(id) || cells.is_empty() || cells.len() % 2 != 0 {
                continue;
            }
            let title = match cells.as_slice() {
                ["", text] => Text::Plain((*text).to_owned()),
                pairs => Text::Tagged(
                    (pairs.chunks(2))
                        .map(|pair| (Tag::from(pair[0]), pair[1].to_owned()))
                        .collect(),
                ),
            };
            list.add(id, &title);
        }
        list
    }
}

/// Where a showcase keeps its list. The app's own page (framed or not) keys by its directory,
/// so two showcases on one origin (`/a/` and `/a/b/`) keep two lists. A script embed writes
/// into the partner's storage, so its key also names the embed by what it shows (catalogues
/// and locks): two different embeds on one page, and the partner's own keys, never collide.
pub fn storage_key(host: &Host, initial: &ViewState) -> String {
    let mut key = format!("showcase.shortlist.v1 {}", host.app_base);
    if host.kind == HostKind::PartnerElement {
        key.push_str(" embed");
        for c in &initial.catalogues {
            key.push(' ');
            key.push_str(c);
        }
        // The locks as read, in canonical order: `lock=a,b` and `lock=b&lock=a` are one embed
        // (the second bundle mounts on the view as the first wrote it back).
        let locks = Presentation::from_state(initial).locks;
        for lock in Lock::ALL.into_iter().filter(|l| locks.contains(l)) {
            key.push_str(" lock=");
            key.push_str(lock.param());
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::follow_up::fixture::exhibition;
    use proptest::prelude::*;

    fn t(s: &str) -> Text {
        Text::from(s)
    }

    #[test]
    fn keeping_toggles_and_keeps_the_order_kept() {
        let mut list = Shortlist::default();
        assert!(list.toggle("b", &t("B")));
        assert!(list.toggle("a", &t("A")));
        assert!(!list.add("a", &t("again")));
        assert_eq!(list.ids(), ["b", "a"]);
        assert!(!list.toggle("b", &t("B")));
        assert_eq!(list.ids(), ["a"]);
    }

    #[test]
    fn a_full_list_takes_no_more() {
        let mut list = Shortlist::default();
        for i in 0..KEPT_AT_MOST + 3 {
            list.add(&format!("x{i}"), &t("X"));
        }
        assert_eq!(list.len(), KEPT_AT_MOST);
        assert!(!list.toggle("new", &t("N")));
    }

    #[test]
    fn a_shared_list_adds_what_is_offered_and_missing_and_overwrites_nothing() {
        let ex = exhibition();
        let mut list = Shortlist::default();
        list.add("solar", &t("Solar film"));
        list.add("withdrawn", &t("Old"));
        let shared: Vec<String> = ["seed", "solar", "no-such", "rice"]
            .map(String::from)
            .into();
        assert_eq!(list.missing(&shared, &ex), ["seed", "rice"]);
        assert_eq!(list.add_shared(&shared, &ex), 2);
        assert_eq!(list.ids(), ["solar", "withdrawn", "seed", "rice"]);
        assert_eq!(list.add_shared(&shared, &ex), 0);
    }

    #[test]
    fn an_exhibit_no_longer_offered_stays_listed_with_its_saved_title() {
        let ex = exhibition();
        let mut list = Shortlist::default();
        list.add("rice", &t("stale title"));
        list.add("withdrawn", &t("Old invention"));
        assert!(list.refresh_titles(&ex));
        assert_eq!(list.kept()[0].title, ex.exhibits[0].title);
        let entries = list.entries(&ex);
        assert_eq!(entries[0], Entry::Offered(0));
        assert!(matches!(entries[1], Entry::Gone(k) if k.title == t("Old invention")));
        assert_eq!(list.offered(&ex), [0]);
    }

    #[test]
    fn a_bad_stored_value_loses_only_its_bad_entries() {
        assert_eq!(
            Shortlist::from_stored("not ours\na\t\tA"),
            Shortlist::default()
        );
        assert_eq!(Shortlist::from_stored(""), Shortlist::default());
        let list = Shortlist::from_stored(
            "showcase-shortlist 1\na\t\tA\n7\nB<script>\t\tx\nc\ten\tC\tja\tシー\nodd\ten\na\t\tdup",
        );
        assert_eq!(list.ids(), ["a", "c"]);
        assert_eq!(list.kept()[1].title.get("ja").text, "シー");
    }

    #[test]
    fn keys_separate_apps_and_embeds() {
        let home = Host::own_document("https://cdn.example/a/b/index.html", false);
        let framed = Host::own_document("https://cdn.example/a/b/?embed=1", true);
        let outer = Host::own_document("https://cdn.example/a/", false);
        let view = ViewState::default();
        assert_eq!(storage_key(&home, &view), storage_key(&framed, &view));
        assert_ne!(storage_key(&home, &view), storage_key(&outer, &view));
        let partner = Host::partner_element("https://cdn.example/a/b/", "https://uni.example/");
        let agri = ViewState::from_query("embed=1&lock=field&field=agri");
        let energy = ViewState::from_query("catalogue=x.json&embed=1");
        let keys = [
            storage_key(&home, &view),
            storage_key(&partner, &view),
            storage_key(&partner, &agri),
            storage_key(&partner, &energy),
        ];
        let one_way = ViewState::from_query("embed=1&lock=field,country&field=agri");
        let other_way = ViewState::from_query("embed=1&lock=country&lock=field&field=energy");
        assert_eq!(
            storage_key(&partner, &one_way),
            storage_key(&partner, &other_way)
        );
        for (i, a) in keys.iter().enumerate() {
            assert!(a.starts_with("showcase.shortlist.v1 "), "{a}");
            for b in &keys[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    fn arb_text() -> impl Strategy<Value = Text> {
        prop_oneof![
            "[a-z 米水]{1,8}".prop_map(|s| Text::from(s.as_str())),
            ("[a-z]{1,5}", "[水田]{1,3}")
                .prop_map(|(en, ja)| Text::Tagged(vec![("en".into(), en), ("ja".into(), ja)])),
        ]
    }

    #[test]
    fn tabs_and_line_breaks_in_a_title_cannot_break_the_stored_form() {
        let mut list = Shortlist::default();
        list.add("a", &t("one\ttwo\nthree"));
        list.add("b", &t("B"));
        let back = Shortlist::from_stored(&list.to_stored());
        assert_eq!(back.ids(), ["a", "b"]);
        assert_eq!(back.kept()[0].title, t("one two three"));
    }

    proptest! {
        #[test]
        fn the_stored_form_reads_back_equal(
            items in proptest::collection::vec(("[a-z0-9][a-z0-9-]{0,6}", arb_text()), 0..20)
        ) {
            let mut list = Shortlist::default();
            for (id, title) in &items {
                list.add(id, title);
            }
            prop_assert_eq!(Shortlist::from_stored(&list.to_stored()), list);
        }
    }
}
