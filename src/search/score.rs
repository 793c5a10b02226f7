//! How well a document matches: the ranking rules, in one place.
//!
//! A score compares, in this order:
//! 1. how each term matched, by the weakest term: exact > folded (another script's form of the
//!    same characters) > prefix (the word being typed) > thesaurus (another language's word of
//!    the same keyword or name) > typo. So a typo match never outranks a document that
//!    matches every term exactly;
//! 2. the whole query as a phrase: in the title > in a keyword > in the summary > nowhere;
//! 3. where the terms are, by the weakest term: all in the title > keywords > institution or
//!    field names > summary;
//! 4. the sum of every term's best place (more terms in better places), then catalogue order.

/// How a term matched, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Typo = 1,
    Thesaurus = 2,
    Prefix = 3,
    Folded = 4,
    Exact = 5,
}

/// Where a term matched, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    Summary = 1,
    Names = 2,
    Keywords = 3,
    Title = 4,
}

impl Place {
    /// The text tiers an exhibit's own text is indexed in, by index.
    pub const TIERS: [Place; 3] = [Place::Title, Place::Keywords, Place::Summary];

    fn weight(self) -> u32 {
        match self {
            Place::Title => 8,
            Place::Keywords => 4,
            Place::Names => 2,
            Place::Summary => 1,
        }
    }
}

/// One term's best match in one document, packed in a byte (0: no match) so a query keeps one
/// byte per document per term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Hit(u8);

impl Hit {
    pub const NONE: Hit = Hit(0);

    pub fn new(kind: Kind, place: Place) -> Hit {
        Hit((kind as u8) << 3 | place as u8)
    }

    pub fn is_some(self) -> bool {
        self.0 != 0
    }

    pub fn kind(self) -> Option<Kind> {
        Some(match self.0 >> 3 {
            1 => Kind::Typo,
            2 => Kind::Thesaurus,
            3 => Kind::Prefix,
            4 => Kind::Folded,
            5 => Kind::Exact,
            _ => return None,
        })
    }

    fn place(self) -> Option<Place> {
        Some(match self.0 & 7 {
            1 => Place::Summary,
            2 => Place::Names,
            3 => Place::Keywords,
            4 => Place::Title,
            _ => return None,
        })
    }

    /// The same place, matched no better than `kind` (a thesaurus word is a thesaurus match,
    /// however exactly it was found).
    pub fn at_most(self, kind: Kind) -> Hit {
        match (self.kind(), self.place()) {
            (Some(k), Some(p)) if k > kind => Hit::new(kind, p),
            _ => self,
        }
    }
}

/// A document's score so far, term by term; `None` once a term is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    kind: u8,
    place: u8,
    sum: u32,
}

impl Tally {
    /// Before any term: nothing is weaker yet.
    pub const START: Tally = Tally {
        kind: u8::MAX,
        place: u8::MAX,
        sum: 0,
    };

    /// Adds a term's hit; `None` when the term did not match.
    pub fn add(self, hit: Hit) -> Option<Tally> {
        let (kind, place) = (hit.kind()?, hit.place()?);
        Some(Tally {
            kind: self.kind.min(kind as u8),
            place: self.place.min(place as u8),
            sum: self.sum + place.weight(),
        })
    }

    /// The final score, with the phrase's place (`None`: not found as a phrase, or one term).
    /// Higher is better.
    pub fn score(self, phrase: Option<Place>) -> u32 {
        let phrase = phrase.map_or(0, |p| match p {
            Place::Title => 3,
            Place::Keywords => 2,
            _ => 1,
        });
        let (kind, place) = match self.kind {
            u8::MAX => (0, 0),
            k => (u32::from(k), u32::from(self.place)),
        };
        kind << 28 | phrase << 26 | place << 23 | self.sum.min((1 << 23) - 1)
    }
}

/// Whether a document with this final score matched some term only through another
/// language's string or a typo (the weakest kind, kept in the score's top bits).
pub fn indirect(score: u32) -> bool {
    let weakest = score >> 28;
    weakest != 0 && weakest < Kind::Prefix as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(hits: &[(Kind, Place)], phrase: Option<Place>) -> u32 {
        hits.iter()
            .try_fold(Tally::START, |t, &(k, p)| t.add(Hit::new(k, p)))
            .unwrap()
            .score(phrase)
    }

    #[test]
    fn the_ranking_rules_apply_in_order() {
        use Kind::*;
        use Place::*;
        // A typo in the title never beats exact matches in the summary.
        assert!(
            score(&[(Exact, Summary), (Exact, Summary)], None)
                > score(&[(Exact, Title), (Typo, Title)], Some(Title))
        );
        assert!(score(&[(Exact, Summary)], None) > score(&[(Folded, Title)], None));
        assert!(score(&[(Folded, Summary)], None) > score(&[(Prefix, Title)], None));
        assert!(score(&[(Prefix, Summary)], None) > score(&[(Thesaurus, Title)], None));
        assert!(score(&[(Thesaurus, Summary)], None) > score(&[(Typo, Title)], None));
        // Then the phrase, then where the weakest term is, then the sum.
        assert!(
            score(&[(Exact, Summary), (Exact, Summary)], Some(Summary))
                > score(&[(Exact, Title), (Exact, Title)], None)
        );
        assert!(
            score(&[(Exact, Title), (Exact, Title)], None)
                > score(&[(Exact, Title), (Exact, Keywords)], None)
        );
        assert!(score(&[(Exact, Keywords)], None) > score(&[(Exact, Names)], None));
        assert!(score(&[(Exact, Names)], None) > score(&[(Exact, Summary)], None));
        assert!(
            score(&[(Exact, Title), (Exact, Summary)], None)
                > score(&[(Exact, Keywords), (Exact, Summary)], None)
        );
    }

    #[test]
    fn a_score_says_when_it_needed_another_language_or_a_typo() {
        use Kind::*;
        use Place::*;
        assert!(indirect(score(&[(Exact, Title), (Typo, Summary)], None)));
        assert!(indirect(score(&[(Thesaurus, Title)], None)));
        assert!(!indirect(score(
            &[(Prefix, Title), (Folded, Summary)],
            None
        )));
    }

    #[test]
    fn a_hit_packs_its_kind_and_place() {
        for kind in [
            Kind::Typo,
            Kind::Thesaurus,
            Kind::Prefix,
            Kind::Folded,
            Kind::Exact,
        ] {
            for place in [Place::Summary, Place::Names, Place::Keywords, Place::Title] {
                let hit = Hit::new(kind, place);
                assert_eq!((hit.kind(), hit.place()), (Some(kind), Some(place)));
                assert!(hit > Hit::NONE);
            }
        }
        assert_eq!(
            Hit::new(Kind::Exact, Place::Title).at_most(Kind::Thesaurus),
            Hit::new(Kind::Thesaurus, Place::Title)
        );
        assert!(Hit::new(Kind::Exact, Place::Summary) > Hit::new(Kind::Folded, Place::Title));
    }
}
