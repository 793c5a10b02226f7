//! The engine tested over a small exhibition written for the purpose: `semantics` (what a
//! query finds and counts), `properties` (against brute force, and narrowing while typing),
//! `panels` (what fits on screen), `scripts` (across scripts and languages, typos, ranking).

use super::*;
use crate::catalogue::{parse_document, Document, Exhibition};

mod panels;
mod properties;
mod scripts;
mod semantics;

const FIXTURE: &str = r#"{
  "format": "showcase/1", "id": "t", "title": "T",
  "institutions": [
    {"id": "hzau", "name": {"en": "Huazhong Agricultural University", "zh": "华中农业大学"}, "country": "CN"},
    {"id": "hbucm", "name": {"en": "Hubei University of Chinese Medicine", "zh": "湖北中医药大学"}, "country": "CN"},
    {"id": "tuat", "name": {"en": "Tokyo University of Agriculture and Technology", "ja": "東京農工大学"}, "country": "JP"},
    {"id": "aizu", "name": {"en": "University of Aizu", "ja": "会津大学"}, "country": "JP"}
  ],
  "fields": [
    {"id": "agriculture", "name": {"en": "Agriculture", "zh": "农业", "ja": "農業"}},
    {"id": "tcm", "name": {"en": "Traditional Chinese medicine", "zh": "中医药", "ja": "中医学"}},
    {"id": "ict", "name": {"en": "Information and AI", "zh": "信息与人工智能", "ja": "情報・AI"}},
    {"id": "low-carbon", "name": {"en": "Low carbon", "zh": "低碳", "ja": "低炭素"}}
  ],
  "events": [{"id": "seminar-tcm", "name": "TCM seminar"}],
  "exhibits": [
    {"id": "rice", "title": {"en": "Drought-tolerant rice", "zh": "抗旱水稻"}, "summary": {"en": "Marker-assisted breeding."},
     "institution": "hzau", "fields": ["agriculture"], "trl": 5, "ip": "granted", "cooperation": ["licensing"], "updated": "2022-11-01"},
    {"id": "herb", "title": {"en": "Herbal extract standard", "zh": "中药提取物标准"}, "summary": {"zh": "中医药质量控制。"},
     "institution": "hbucm", "fields": ["tcm"], "trl": 7, "ip": "pending", "cooperation": ["licensing", "joint-research"],
     "events": ["seminar-tcm"], "updated": "2022-11-20"},
    {"id": "drone", "title": {"en": "Crop-monitoring drones", "ja": "作物監視ドローン"}, "summary": {"ja": "ＡＩで農業を支援する。"},
     "institution": "tuat", "fields": ["agriculture", "ict"], "trl": 3, "cooperation": ["joint-research"]},
    {"id": "edge", "title": {"en": "Edge AI for factories"}, "summary": {"en": "Low-power inference."},
     "institution": "aizu", "fields": ["ict", "low-carbon"], "ip": "none", "cooperation": ["consulting"], "updated": "2022-10-05",
     "keywords": [{"en": "embedded"}, {"ja": "組込み"}]},
    {"id": "soil", "title": {"en": "Soil carbon sensor", "ja": "土壌炭素センサー"}, "summary": {"en": "Measures carbon in farmland (low-carbon agriculture)."},
     "institution": "tuat", "fields": ["agriculture", "low-carbon"], "trl": 6, "ip": "granted", "cooperation": ["licensing", "transfer"]}
  ]
}"#;

fn exhibition() -> Exhibition {
    exhibition_of(FIXTURE)
}

fn exhibition_of(json: &str) -> Exhibition {
    match parse_document(json, "t.json").unwrap() {
        Document::Catalogue {
            catalogue,
            problems,
        } => {
            assert!(problems.is_empty(), "{problems:?}");
            Exhibition::merge([&catalogue])
        }
        other => panic!("{other:?}"),
    }
}

fn ids(ex: &Exhibition, outcome: &Outcome) -> Vec<String> {
    outcome
        .results
        .iter()
        .map(|&i| ex.exhibits[i].id.clone())
        .collect()
}

fn run(ex: &Exhibition, text: &str, filters: Filters, sort: Sort) -> Outcome {
    let index = SearchIndex::build(ex);
    index.run(
        ex,
        &Query {
            text: text.into(),
            filters,
            sort,
        },
        &TitleOrder::simple(ex, "en"),
    )
}

fn count(outcome: &Outcome, facet: Facet, value: &str) -> usize {
    outcome
        .facets
        .iter()
        .find(|f| f.facet == facet)
        .and_then(|f| f.options.iter().find(|o| o.value == value))
        .map_or(0, |o| o.count)
}

fn with(pairs: &[(Facet, &str)]) -> Filters {
    let mut f = Filters::default();
    for (facet, v) in pairs {
        f.select(*facet, v);
    }
    f
}
