//! The facet half of the index: every exhibit's option ids per facet, in one flat array, and
//! the options themselves. An option's id is its place in its facet's list; for institutions,
//! fields and events that is their index in the exhibition.

use rustc_hash::FxHashMap as HashMap;

use super::filters::{Facet, PerFacet};
use crate::catalogue::{Cooperation, Exhibition, IpStatus};

pub struct FacetIndex {
    values: FacetValues,
    options: PerFacet<Options>,
    /// Each document's TRL, the one numeric dimension.
    trl: Vec<Option<u8>>,
}

impl FacetIndex {
    pub fn build(exhibition: &Exhibition) -> FacetIndex {
        let mut options: PerFacet<Options> = PerFacet::default();
        // Options exist for every declared entity, even before any exhibit uses them, so the
        // panel lists the whole taxonomy in the order the catalogues declare it. Institutions,
        // fields and events are interned first and in order, so their option id is their index
        // in the exhibition: an exhibit's ids come from one lookup each, not two.
        let country: Vec<Option<u32>> = (exhibition.institutions.iter())
            .map(|i| (!i.country.is_empty()).then(|| options[Facet::Country].intern(&i.country)))
            .collect();
        for institution in &exhibition.institutions {
            options[Facet::Institution].intern(&institution.id);
        }
        for field in &exhibition.fields {
            options[Facet::Field].intern(&field.id);
        }
        for event in &exhibition.events {
            options[Facet::Event].intern(&event.id);
        }
        // Enumerations: option ids by variant, in the order exhibits first use them.
        let mut ip = [None; IpStatus::ALL.len()];
        let mut cooperation = [None; Cooperation::ALL.len()];

        let mut values = FacetValues::default();
        let mut trl = Vec::with_capacity(exhibition.exhibits.len());
        for exhibit in &exhibition.exhibits {
            let institution = exhibition.institution_index(&exhibit.institution);
            values.push(Facet::Country, institution.and_then(|i| country[i]));
            values.push(
                Facet::Institution,
                match institution {
                    Some(i) => Some(i as u32),
                    // Unknown, but still an option the visitor can see and pick.
                    None => (!exhibit.institution.is_empty())
                        .then(|| options[Facet::Institution].intern(&exhibit.institution)),
                },
            );
            values.push(
                Facet::Field,
                (exhibit.fields.iter())
                    .filter_map(|f| exhibition.field_index(f))
                    .map(|f| f as u32),
            );
            values.push(
                Facet::Ip,
                exhibit.ip.map(|v| {
                    *ip[v as usize].get_or_insert_with(|| options[Facet::Ip].intern(v.as_str()))
                }),
            );
            values.push(
                Facet::Coop,
                exhibit.cooperation.iter().map(|&c| {
                    *cooperation[c as usize]
                        .get_or_insert_with(|| options[Facet::Coop].intern(c.as_str()))
                }),
            );
            values.push(
                Facet::Event,
                (exhibit.events.iter())
                    .filter_map(|v| exhibition.event_index(v))
                    .map(|v| v as u32),
            );
            trl.push(exhibit.trl);
        }
        FacetIndex {
            values,
            options,
            trl,
        }
    }

    /// How many documents there are.
    pub fn len(&self) -> usize {
        self.trl.len()
    }

    /// Document `doc`'s option ids of `facet`.
    pub fn of(&self, doc: usize, facet: Facet) -> &[u32] {
        self.values.of(doc, facet)
    }

    pub fn trl(&self) -> &[Option<u8>] {
        &self.trl
    }

    /// Every option of `facet`, in id order.
    pub fn options(&self, facet: Facet) -> &[String] {
        &self.options[facet].values
    }

    pub fn option_id(&self, facet: Facet, value: &str) -> Option<u32> {
        self.options[facet].lookup.get(value).copied()
    }

    /// Heap bytes held (for the benchmark; hash tables counted by their entries).
    pub fn heap_bytes(&self) -> usize {
        let options: usize = (self.options.iter())
            .flat_map(|(_, o)| &o.values)
            .map(|v| 2 * (v.len() + std::mem::size_of::<String>()) + 4)
            .sum();
        4 * (self.values.ids.capacity() + self.values.bounds.capacity())
            + self.trl.capacity() * std::mem::size_of::<Option<u8>>()
            + options
    }
}

/// Every document's facet option ids in one flat array (document-major, facet-minor), so the
/// pass that filters and counts reads memory in order instead of chasing six small vectors
/// per document.
#[derive(Default)]
struct FacetValues {
    ids: Vec<u32>,
    /// `ids[bounds[at]..bounds[at + 1]]` with `at = Facet::COUNT * doc + facet.slot()`;
    /// starts with 0.
    bounds: Vec<u32>,
}

impl FacetValues {
    fn of(&self, doc: usize, facet: Facet) -> &[u32] {
        let at = Facet::COUNT * doc + facet.slot();
        &self.ids[self.bounds[at] as usize..self.bounds[at + 1] as usize]
    }

    /// Appends the next document's ids of `facet`; each document pushes every facet, in
    /// [`Facet::ALL`] order.
    fn push(&mut self, facet: Facet, ids: impl IntoIterator<Item = u32>) {
        if self.bounds.is_empty() {
            self.bounds.push(0);
        }
        debug_assert_eq!((self.bounds.len() - 1) % Facet::COUNT, facet.slot());
        self.ids.extend(ids);
        self.bounds.push(self.ids.len() as u32);
    }
}

/// One facet's option values in first-seen order; an option's id is its place there.
#[derive(Default)]
struct Options {
    values: Vec<String>,
    lookup: HashMap<String, u32>,
}

impl Options {
    fn intern(&mut self, value: &str) -> u32 {
        if let Some(&id) = self.lookup.get(value) {
            return id;
        }
        let id = self.values.len() as u32;
        self.values.push(value.to_owned());
        self.lookup.insert(value.to_owned(), id);
        id
    }
}
