//! A query as the engine asks it: the terms that must all match, each with the other
//! languages' words the catalogues' thesaurus gives for it.

use super::fold::Folder;
use super::normalize::{normalize, normalize_unfolded_into};
use super::score::Kind;
use super::words::{run_of, runs, typo_budget, Run};

/// One term: a whole alphabetic word, or a run of CJK characters matched as a substring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Normalized and script-folded: what the index holds.
    pub text: String,
    /// Normalized, not folded: what an exact match has.
    pub raw: String,
    pub run: Run,
    /// The word being typed: it also matches the words it starts.
    pub prefix: bool,
}

/// One way to satisfy a clause: all of its pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// As it is written (normalized), for saying why a result matched.
    pub text: String,
    pub pieces: Vec<Piece>,
    /// The best kind of match it counts as (a thesaurus word is a thesaurus match).
    pub at_most: Kind,
}

/// Something the query asks for: the visitor's own words first, then what the thesaurus says
/// means the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub alternatives: Vec<Alternative>,
}

impl Clause {
    /// The visitor's own words.
    pub fn asked(&self) -> &Alternative {
        &self.alternatives[0]
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// Every clause must match.
    pub clauses: Vec<Clause>,
    /// The query as one string when it has several terms: a document holding it as written
    /// ranks first.
    pub phrase: Option<String>,
}

impl Plan {
    /// The plan for `query`; `thesaurus(s)` gives the other strings of the catalogue texts
    /// that have `s` (normalized) as one of theirs.
    pub fn build(query: &str, thesaurus: impl Fn(&str) -> Vec<String>) -> Plan {
        let pieces = pieces(query, true);
        if pieces.is_empty() {
            return Plan::default();
        }
        // Folded, the phrase is looked for; unfolded, it is what the visitor typed.
        let phrase = (pieces.len() > 1).then(|| collapse(&normalize(query)));
        let typed = || {
            let mut unfolded = String::new();
            normalize_unfolded_into(&mut unfolded, query);
            collapse(&unfolded)
        };
        let own = |pieces: Vec<Piece>, text: String| Alternative {
            text,
            pieces,
            at_most: Kind::Exact,
        };
        let synonyms = |text: &str| -> Vec<Alternative> {
            (thesaurus(text).into_iter())
                .map(|other| Alternative {
                    // The thesaurus's strings are in the normal form already.
                    pieces: pieces_of(&other, false),
                    text: other,
                    at_most: Kind::Thesaurus,
                })
                .filter(|a| !a.pieces.is_empty())
                .collect()
        };
        // A multi-word keyword ("machine learning") is looked up whole first.
        if let Some(phrase) = &phrase {
            let whole = synonyms(phrase);
            if !whole.is_empty() {
                let mut alternatives = vec![own(pieces, typed())];
                alternatives.extend(whole);
                return Plan {
                    clauses: vec![Clause { alternatives }],
                    phrase: Some(phrase.clone()),
                };
            }
        }
        let clauses = (pieces.into_iter())
            .map(|piece| {
                let mut alternatives = synonyms(&piece.text);
                alternatives.insert(0, own(vec![piece.clone()], piece.raw.clone()));
                Clause { alternatives }
            })
            .collect();
        Plan { clauses, phrase }
    }

    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// Whether a result can match other than by the visitor's own words: through another
    /// language's string or a typo. When not, there is nothing to explain.
    pub fn can_match_indirectly(&self) -> bool {
        (self.clauses.iter()).any(|c| {
            c.alternatives.len() > 1
                || (c.asked().pieces.iter())
                    .any(|p| p.run == Run::Word && typo_budget(p.text.chars().count()) > 0)
        })
    }

    /// Every piece of every alternative, with the kind its alternative is capped at.
    /// The CJK run of each clause, when every clause is one CJK run and nothing else.
    fn substrings(&self) -> Option<Vec<&str>> {
        (self.clauses.iter())
            .map(|c| match c.alternatives.as_slice() {
                [only] if only.pieces.len() == 1 && only.pieces[0].run == Run::Cjk => {
                    Some(only.pieces[0].text.as_str())
                }
                _ => None,
            })
            .collect()
    }

    pub fn pieces(&self) -> impl Iterator<Item = (&Piece, Kind)> {
        (self.clauses.iter())
            .flat_map(|c| &c.alternatives)
            .flat_map(|a| a.pieces.iter().map(move |p| (p, a.at_most)))
    }

    /// True when a document matching `self` must have matched `previous` (typing on in CJK:
    /// `水素` after `水`), so only `previous`'s matches need testing. Only plans of plain
    /// substrings qualify: a longer word may match typos the shorter one did not.
    pub fn refines(&self, previous: &Plan) -> bool {
        match (self.substrings(), previous.substrings()) {
            (Some(next), Some(before)) => {
                !before.is_empty() && before.iter().all(|b| next.iter().any(|n| n.contains(b)))
            }
            _ => false,
        }
    }
}

/// `text` with each run of white space made one space, and none at either end.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The pieces of a query as typed: the last word is the word being typed unless the query
/// ends in a space or punctuation.
pub fn pieces(query: &str, typing: bool) -> Vec<Piece> {
    let mut unfolded = String::with_capacity(query.len());
    normalize_unfolded_into(&mut unfolded, query);
    pieces_of(&unfolded, typing)
}

fn pieces_of(unfolded: &str, typing: bool) -> Vec<Piece> {
    let typing = typing
        && unfolded
            .chars()
            .next_back()
            .is_some_and(|c| run_of(c) == Some(Run::Word));
    let folder = Folder::new();
    let mut pieces: Vec<Piece> = runs(unfolded)
        .map(|(run, range)| {
            let raw = &unfolded[range];
            Piece {
                text: raw.chars().map(|c| folder.fold(c)).collect(),
                raw: raw.to_owned(),
                run,
                prefix: false,
            }
        })
        .collect();
    if typing {
        if let Some(last) = pieces.last_mut().filter(|p| p.run == Run::Word) {
            last.prefix = true;
        }
    }
    // A repeated term adds nothing, nor a CJK run inside another that must match anyway.
    let snapshot = pieces.clone();
    let mut seen: Vec<(String, bool)> = Vec::new();
    pieces.retain(|p| {
        let redundant = p.run == Run::Cjk
            && (snapshot.iter())
                .any(|o| o.run == Run::Cjk && o.text != p.text && o.text.contains(&p.text));
        let key = (p.text.clone(), p.prefix);
        let repeat = seen.contains(&key);
        seen.push(key);
        !redundant && !repeat
    });
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(plan: &Plan) -> Vec<Vec<&str>> {
        (plan.clauses.iter())
            .map(|c| c.alternatives.iter().map(|a| a.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn a_query_splits_into_words_and_cjk_runs() {
        let p = pieces("  農業　ＡＩ  ", true);
        assert_eq!(
            p.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(),
            ["农业", "ai"]
        );
        assert_eq!(p[0].raw, "農業");
        // The space after ＡＩ: no word is being typed.
        assert!(!p[1].prefix);
        let p = pieces("Low-carbon hydro", true);
        assert_eq!(
            p.iter()
                .map(|p| (p.text.as_str(), p.prefix))
                .collect::<Vec<_>>(),
            [("low", false), ("carbon", false), ("hydro", true)]
        );
        assert!(pieces(" ,. ", true).is_empty());
        // A CJK run inside another adds nothing.
        assert_eq!(pieces("水素 水", true).len(), 1);
    }

    #[test]
    fn the_thesaurus_adds_alternatives_per_term_or_for_the_whole_query() {
        let thesaurus = |s: &str| match s {
            "ドローン" => vec!["无人机".to_owned(), "drone".to_owned()],
            "machine learning" => vec!["机器学习".to_owned()],
            _ => vec![],
        };
        let plan = Plan::build("ドローン 稲", thesaurus);
        assert_eq!(
            texts(&plan),
            [vec!["ドローン", "无人机", "drone"], vec!["稲"]]
        );
        assert_eq!(plan.clauses[0].alternatives[1].at_most, Kind::Thesaurus);
        let plan = Plan::build("Machine  Learning", thesaurus);
        assert_eq!(texts(&plan), [vec!["machine learning", "机器学习"]]);
        assert_eq!(plan.phrase.as_deref(), Some("machine learning"));
    }
}
