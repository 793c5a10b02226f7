//! Exhibits side by side: one row per fact, one cell per exhibit, and whether the row tells
//! them apart — the rows a visitor scans first when choosing whom to call.

use crate::catalogue::Exhibition;
use crate::i18n::{t, Lang, Msg};
use crate::labels::{patent_status, ExhibitFacts};

/// Fewer than two is not a comparison; more than four no longer fits a screen or a mind.
pub const COMPARE_AT_LEAST: usize = 2;
pub const COMPARE_AT_MOST: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareRow {
    pub label: Msg,
    /// One per exhibit compared, in their order; "Not given" when an exhibit has none.
    pub cells: Vec<String>,
    /// Not every cell says the same.
    pub differs: bool,
}

/// The rows comparing `indices` (exhibits of `exhibition`) in `lang`.
pub fn compare(exhibition: &Exhibition, indices: &[usize], lang: Lang) -> Vec<CompareRow> {
    let facts: Vec<ExhibitFacts> = (indices.iter())
        .map(|&i| ExhibitFacts::of(exhibition, i, lang))
        .collect();
    let none = t(lang, Msg::CompareNone);
    let or_none = |s: String| if s.is_empty() { none.to_owned() } else { s };
    let row = |label: Msg, cell: &dyn Fn(usize, &ExhibitFacts) -> String| {
        let cells: Vec<String> = (indices.iter().zip(&facts))
            .map(|(&i, f)| or_none(cell(i, f)))
            .collect();
        let differs = cells.iter().any(|c| *c != cells[0]);
        CompareRow {
            label,
            cells,
            differs,
        }
    };
    let exhibit = |i: usize| &exhibition.exhibits[i];
    vec![
        row(Msg::DetailInstitution, &|_, f| f.institution.text.clone()),
        row(Msg::FacetCountry, &|_, f| {
            f.country.clone().unwrap_or_default()
        }),
        row(Msg::DetailFields, &|_, f| {
            join(f.fields.iter().map(|s| s.text.as_str()))
        }),
        row(Msg::TrlHeading, &|_, f| f.trl.clone().unwrap_or_default()),
        row(Msg::FacetIp, &|_, f| {
            f.ip.map(|(_, label)| label.to_owned()).unwrap_or_default()
        }),
        row(Msg::DetailPatents, &|i, _| {
            join(exhibit(i).patents.iter().map(|p| match p.status {
                Some(s) => format!("{} ({})", p.number, patent_status(lang, s)),
                None => p.number.clone(),
            }))
        }),
        row(Msg::DetailCooperation, &|_, f| {
            join(f.cooperation.iter().copied())
        }),
        row(Msg::DetailContact, &|i, _| {
            let contact = exhibit(i).contact.as_ref();
            let parts = contact.map(|c| [&c.name, &c.email, &c.url]);
            join(parts.into_iter().flatten().flatten().map(String::as_str))
        }),
    ]
}

fn join<S: AsRef<str>>(items: impl Iterator<Item = S>) -> String {
    let items: Vec<S> = items.collect();
    let parts: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::follow_up::fixture::exhibition;

    fn row(rows: &[CompareRow], label: Msg) -> &CompareRow {
        rows.iter().find(|r| r.label == label).unwrap()
    }

    #[test]
    fn rows_name_every_fact_and_mark_those_that_differ() {
        let ex = exhibition();
        let rows = compare(&ex, &[0, 1], Lang::En);
        assert_eq!(rows.len(), 8);
        let institution = row(&rows, Msg::DetailInstitution);
        assert_eq!(institution.cells, ["Kyoto University", "Kyoto University"]);
        assert!(!institution.differs);
        let trl = row(&rows, Msg::TrlHeading);
        assert_eq!(trl.cells, ["TRL 4", "TRL 6"]);
        assert!(trl.differs);
        let patents = row(&rows, Msg::DetailPatents);
        assert_eq!(patents.cells, ["JP-SAMPLE-0001 (Pending)", "Not given"]);
        assert_eq!(
            row(&rows, Msg::DetailContact).cells,
            ["Dr Sato, tto@kyoto.example", "robots@kyoto.example"]
        );
        assert!(row(&rows, Msg::DetailCooperation).differs);
        assert!(!row(&rows, Msg::DetailFields).differs);
    }

    #[test]
    fn cells_are_in_the_visitor_language_and_missing_ones_say_so() {
        let ex = exhibition();
        let rows = compare(&ex, &[2, 4, 3], Lang::Zh);
        assert_eq!(
            row(&rows, Msg::DetailInstitution).cells,
            ["武汉大学", "nobody", "华中科技大学"]
        );
        let country = row(&rows, Msg::FacetCountry);
        assert_eq!(country.cells[0], "中国");
        assert_eq!(country.cells[1], t(Lang::Zh, Msg::CompareNone));
        assert!(rows.iter().all(|r| r.cells.len() == 3));
    }
}
