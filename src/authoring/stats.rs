//! What an exhibition holds: exhibits per field, country, institution, TRL, IP status and
//! cooperation mode, and how often each optional key is filled (what authors left out).

use serde::Serialize;

use crate::catalogue::Exhibition;

/// A count per option, in the exhibition's order of options (unused ones included, so an
/// author sees what nothing uses).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Counted {
    pub option: String,
    pub exhibits: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub exhibits: usize,
    pub per_field: Vec<Counted>,
    pub per_country: Vec<Counted>,
    pub per_institution: Vec<Counted>,
    pub per_trl: Vec<Counted>,
    pub per_ip: Vec<Counted>,
    pub per_cooperation: Vec<Counted>,
    /// How many exhibits fill each optional key.
    pub filled: Vec<Counted>,
}

pub fn stats(x: &Exhibition) -> Stats {
    let n = x.exhibits.len();
    let mut fields = vec![0; x.fields.len()];
    let mut institutions = vec![0; x.institutions.len()];
    let mut trl = [0; 10];
    let mut ip = vec![0; crate::catalogue::IpStatus::ALL.len() + 1];
    let mut coop = vec![0; crate::catalogue::Cooperation::ALL.len()];
    let mut countries: Vec<Counted> = Vec::new();
    for inst in &x.institutions {
        if !countries.iter().any(|c| c.option == inst.country) {
            countries.push(Counted {
                option: inst.country.clone(),
                exhibits: 0,
            });
        }
    }
    let mut filled = [0usize; 14];
    for e in &x.exhibits {
        for i in e.fields.iter().filter_map(|f| x.field_index(f)) {
            fields[i] += 1;
        }
        if let Some(i) = x.institution_index(&e.institution) {
            institutions[i] += 1;
            let country = &x.institutions[i].country;
            if let Some(c) = countries.iter_mut().find(|c| &c.option == country) {
                c.exhibits += 1;
            }
        }
        trl[e.trl.map_or(0, usize::from)] += 1;
        let ip_slot = (e.ip)
            .and_then(|s| crate::catalogue::IpStatus::ALL.iter().position(|&x| x == s))
            .map_or(ip.len() - 1, |i| i);
        ip[ip_slot] += 1;
        for m in &e.cooperation {
            if let Some(i) = crate::catalogue::Cooperation::ALL
                .iter()
                .position(|x| x == m)
            {
                coop[i] += 1;
            }
        }
        let contact = e.contact.as_ref();
        let keys = [
            !e.fields.is_empty(),
            !e.keywords.is_empty(),
            e.trl.is_some(),
            e.ip.is_some(),
            !e.cooperation.is_empty(),
            contact.is_some_and(|c| c.name.is_some() || c.email.is_some() || c.url.is_some()),
            contact.is_some_and(|c| c.email.is_some()),
            e.image.is_some(),
            !e.links.is_empty(),
            !e.events.is_empty(),
            e.updated.is_some(),
            !e.patents.is_empty(),
            !e.inventors.is_empty(),
            !e.media.is_empty(),
        ];
        for (count, on) in filled.iter_mut().zip(keys) {
            *count += usize::from(on);
        }
    }
    let named = |options: Vec<String>, counts: &[usize]| -> Vec<Counted> {
        (options.into_iter().zip(counts))
            .map(|(option, &exhibits)| Counted { option, exhibits })
            .collect()
    };
    let mut trl_options: Vec<String> = (1..=9).map(|t| t.to_string()).collect();
    trl_options.push("none".into());
    let trl_counts: Vec<usize> = trl[1..].iter().copied().chain([trl[0]]).collect();
    let mut ip_options: Vec<String> = (crate::catalogue::IpStatus::ALL.iter())
        .map(|s| s.as_str().to_owned())
        .collect();
    ip_options.push("not given".into());
    let keys = [
        "fields",
        "keywords",
        "trl",
        "ip",
        "cooperation",
        "contact",
        "contact.email",
        "image",
        "links",
        "events",
        "updated",
        "patents",
        "inventors",
        "media",
    ];
    Stats {
        exhibits: n,
        per_field: named(x.fields.iter().map(|f| f.id.clone()).collect(), &fields),
        per_country: countries,
        per_institution: named(
            x.institutions.iter().map(|i| i.id.clone()).collect(),
            &institutions,
        ),
        per_trl: named(trl_options, &trl_counts),
        per_ip: named(ip_options, &ip),
        per_cooperation: named(
            (crate::catalogue::Cooperation::ALL.iter())
                .map(|c| c.as_str().to_owned())
                .collect(),
            &coop,
        ),
        filled: named(keys.iter().map(|k| k.to_string()).collect(), &filled),
    }
}

impl Stats {
    /// One table per count, options aligned, with the share of all exhibits.
    pub fn to_text(&self) -> String {
        let mut out = format!("{} exhibits\n", self.exhibits);
        let tables = [
            ("field", &self.per_field),
            ("country", &self.per_country),
            ("institution", &self.per_institution),
            ("TRL", &self.per_trl),
            ("IP status", &self.per_ip),
            ("cooperation", &self.per_cooperation),
            ("optional key filled", &self.filled),
        ];
        for (title, rows) in tables {
            let width = rows
                .iter()
                .map(|r| r.option.chars().count())
                .max()
                .unwrap_or(0)
                .max(title.len());
            out.push_str(&format!("\n{title:<width$}  exhibits   share\n"));
            for r in rows.iter() {
                let share = (r.exhibits * 1000).checked_div(self.exhibits).unwrap_or(0);
                let pad = width - r.option.chars().count();
                out.push_str(&format!(
                    "{}{}  {:>8}  {:>3}.{}%\n",
                    r.option,
                    " ".repeat(pad),
                    r.exhibits,
                    share / 10,
                    share % 10
                ));
            }
        }
        out
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{parse_document, Document};

    #[test]
    fn counts_follow_the_exhibits_and_show_what_is_missing() {
        let json = r#"{"format": "showcase/1", "id": "c", "title": "C",
          "institutions": [{"id": "u", "name": "U", "country": "JP"}, {"id": "v", "name": "V", "country": "CN"}],
          "fields": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
          "exhibits": [
            {"id": "x", "title": "X", "summary": "S", "institution": "u", "fields": ["a"], "trl": 4, "ip": "granted", "cooperation": ["licensing"]},
            {"id": "y", "title": "Y", "summary": "S", "institution": "u", "fields": ["a", "b"], "contact": {"email": "a@b.example"}}]}"#;
        let Ok(Document::Catalogue { catalogue, .. }) = parse_document(json, "c.json") else {
            panic!()
        };
        let s = stats(&Exhibition::merge([&catalogue]));
        let count = |rows: &[Counted], option: &str| {
            rows.iter().find(|r| r.option == option).map(|r| r.exhibits)
        };
        assert_eq!(s.exhibits, 2);
        assert_eq!(
            (count(&s.per_field, "a"), count(&s.per_field, "b")),
            (Some(2), Some(1))
        );
        assert_eq!(
            (count(&s.per_country, "JP"), count(&s.per_country, "CN")),
            (Some(2), Some(0))
        );
        assert_eq!(count(&s.per_institution, "v"), Some(0));
        assert_eq!(
            (count(&s.per_trl, "4"), count(&s.per_trl, "none")),
            (Some(1), Some(1))
        );
        assert_eq!(
            (count(&s.per_ip, "granted"), count(&s.per_ip, "not given")),
            (Some(1), Some(1))
        );
        assert_eq!(count(&s.filled, "contact"), Some(1));
        assert_eq!(count(&s.filled, "image"), Some(0));
        let text = s.to_text();
        assert!(
            text.contains(
                "\nfield  exhibits   share\na             2  100.0%\nb             1   50.0%\n"
            ),
            "{text}"
        );
    }
}
