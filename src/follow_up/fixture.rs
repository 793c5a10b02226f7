//! The exhibition the follow-up tests read: three institutions in two countries, shared
//! fields and keywords, contacts with and without an address.

use crate::catalogue::{parse_document, Document, Exhibition};

pub const DOC: &str = r#"{"format": "showcase/1.1", "id": "forum", "title": {"en": "Forum", "zh": "论坛"},
  "sample": true,
  "institutions": [
    {"id": "kyoto-u", "name": {"en": "Kyoto University", "ja": "京都大学"}, "country": "JP"},
    {"id": "whu", "name": {"en": "Wuhan University", "zh": "武汉大学"}, "country": "CN"},
    {"id": "hust", "name": {"en": "HUST", "zh": "华中科技大学"}, "country": "CN"}
  ],
  "fields": [{"id": "agri", "name": {"en": "Agriculture", "zh": "农业"}},
             {"id": "energy", "name": {"en": "Energy", "ja": "エネルギー"}}],
  "events": [{"id": "seminar", "name": {"en": "Seminar"}, "date": "2022-11-29"}],
  "exhibits": [
    {"id": "rice", "title": {"en": "Rice & beans?", "ja": "米と豆"}, "summary": "S", "institution": "kyoto-u",
     "fields": ["agri"], "keywords": ["paddy", {"ja": "水田"}], "trl": 4, "ip": "pending",
     "cooperation": ["licensing"], "contact": {"name": "Dr Sato", "email": "tto@kyoto.example"},
     "patents": [{"number": "JP-SAMPLE-0001", "status": "pending"}], "events": ["seminar"]},
    {"id": "paddy-robot", "title": {"en": "Paddy robot", "zh": "稻田机器人"}, "summary": "S", "institution": "kyoto-u",
     "fields": ["agri"], "keywords": ["Paddy"], "trl": 6, "ip": "granted",
     "cooperation": ["licensing", "joint-research"], "contact": {"email": "robots@kyoto.example"}},
    {"id": "solar", "title": "Solar film", "summary": "S", "institution": "whu",
     "fields": ["energy"], "trl": 4, "ip": "pending", "cooperation": ["licensing"],
     "contact": {"url": "https://whu.example/tto"}},
    {"id": "seed", "title": {"en": "Seed bank", "zh": "种子库"}, "summary": "S", "institution": "hust",
     "fields": ["agri", "energy"], "keywords": [{"en": "paddy", "zh": "水稻"}],
     "contact": {"email": "tto@hust.example"}, "events": ["seminar"]},
    {"id": "lonely", "title": "Unrelated", "summary": "S", "institution": "nobody"}
  ]}"#;

pub fn exhibition() -> Exhibition {
    match parse_document(DOC, "https://cdn.example/catalogues/forum.json").unwrap() {
        Document::Catalogue { catalogue, .. } => Exhibition::merge([&catalogue]),
        other => panic!("not a catalogue: {other:?}"),
    }
}
