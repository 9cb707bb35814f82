//! Per-language knowledge the boundary rules consult: abbreviations by how
//! they behave before a capitalised word, common sentence-initial words, month
//! names and (German) the words that make a number an ordinal.
//!
//! The word lists are data, one file per language; this module only turns
//! them into lookup tables once (lazily) and answers questions about them.
//! Keys are lowercase; a multi-part abbreviation is keyed by its parts joined
//! with `.` and no spaces (`z. B.` → `z.b`, `av. J.-C.` → `av.j.-c`); a key
//! with a space (written `_` in the data) names a short word before the
//! abbreviation (`и др.` → `и др`).

mod common;
mod de;
mod en;
mod es;
mod fr;
mod key;
mod ru;

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

pub(crate) use key::{KeyBuf, KeyHasher};
use key::{TAIL_BITS, tail_bit};

use crate::Lang;

/// How an abbreviation behaves when the next word is capitalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Stands before what it qualifies (titles, `z. B.`, `т. е.`): never ends a sentence.
    Never,
    /// Mostly inside a sentence (`ca.`, `U.S.`, `Co.`): ends one only before a
    /// common sentence-initial word (`U.S. How …`, but `U.S. Government`).
    Inner,
    /// Often ends a sentence (`etc.`, `usw.`, `т. д.`): a boundary before any
    /// capitalised word, none before a number.
    Final,
    /// An abbreviation only before a number (`No. 5`, `Art. 3`); otherwise a word.
    Numeric,
    /// After a year or century (`г.`, `гг.`, `в.`) or an era (`B.C.`, `a. C.`,
    /// `v. Chr.`, `н. э.`): ends a sentence before a usual opener, even a
    /// one-letter preposition (`1950 г. Его …`, `2020 г. В Москве …`), and
    /// before any capitalised word of two or more letters unless the date
    /// is a phrase that opens the sentence (`В 2010 г. Виктор …`, `In 44
    /// B.C. Caesar …`); `г. Казань` is a town.
    Year,
    /// Clock-time suffixes (`a.m.`): final unless the sentence so far is a short
    /// introductory phrase (`At 5 a.m. Mr. Smith …`).
    Time,
}

/// The tail filter of a set of keys: every form the token before a stop can
/// take when it ends one of them (`z.b` and `b` for `z.b`).
fn tail_filter<'k>(keys: impl Iterator<Item = &'k String>) -> Vec<u64> {
    let mut tails = vec![0u64; TAIL_BITS / 64];
    for key in keys {
        let last = key.rsplit(' ').next().unwrap_or(key);
        let starts = std::iter::once(0).chain(last.match_indices('.').map(|(k, _)| k + 1));
        for k in starts {
            let bit = tail_bit(&last[k..]);
            tails[bit / 64] |= 1 << (bit % 64);
        }
    }
    tails
}

/// A set of words hashed with [`KeyHasher`].
type WordSet = HashSet<&'static str, BuildHasherDefault<KeyHasher>>;

/// The lookup tables of one language.
pub(crate) struct Rules {
    abbreviations: HashMap<String, Class, BuildHasherDefault<KeyHasher>>,
    /// The longest key, in bytes: longer tokens are not looked up.
    longest: usize,
    /// A Bloom-style bit set over the forms the token before a stop can take
    /// when it ends a key (`z.b` and `b` for `z.b`), so that most ordinary
    /// words are rejected without building a key.
    tails: Vec<u64>,
    /// The short words that spaced keys begin with (`и` of `и др`).
    prefix_words: Vec<String>,
    starters: WordSet,
    months: WordSet,
    ordinal_context: WordSet,
    time_openers: WordSet,
    numeric_suffixes: Vec<&'static str>,
    /// True where a number followed by `.` is usually an ordinal (German).
    pub(crate) dotted_ordinals: bool,
}

/// The word lists of one language, as written in its data file.
pub(super) struct Data {
    /// Abbreviations, one whitespace-separated list per class.
    pub never: &'static str,
    pub inner: &'static str,
    pub final_: &'static str,
    pub numeric: &'static str,
    pub time: &'static str,
    pub year: &'static str,
    /// Capitalised words that commonly open a sentence.
    pub starters: &'static str,
    /// Month names and their abbreviations, capitalised as in running text.
    pub months: &'static str,
    /// Lowercase words before a number that make it an ordinal (`am 3.`).
    pub ordinal_context: &'static str,
    /// Capitalised words that open an introductory time phrase (`In 44
    /// B.C.`, `В 2010 г.`): prepositions and adverbs of time.
    pub time_openers: &'static str,
    /// Endings of compounds abbreviated before a number (`Hauptstr. 12`).
    pub numeric_suffixes: &'static str,
}

impl Rules {
    /// The tables for `lang`, built on first use.
    pub(crate) fn get(lang: Lang) -> &'static Rules {
        static TABLES: [OnceLock<Rules>; 5] = [const { OnceLock::new() }; 5];
        let (slot, data) = match lang {
            Lang::De => (0, &de::DATA),
            Lang::En => (1, &en::DATA),
            Lang::Es => (2, &es::DATA),
            Lang::Ru => (3, &ru::DATA),
            Lang::Fr => (4, &fr::DATA),
        };
        TABLES[slot].get_or_init(|| Rules::build(data, lang == Lang::De))
    }

    fn build(data: &'static Data, dotted_ordinals: bool) -> Rules {
        let mut abbreviations = HashMap::default();
        for d in [&common::DATA, data] {
            for (list, class) in [
                (d.numeric, Class::Numeric),
                (d.inner, Class::Inner),
                (d.final_, Class::Final),
                (d.time, Class::Time),
                (d.year, Class::Year),
                (d.never, Class::Never),
            ] {
                for word in list.split_whitespace() {
                    abbreviations.insert(word.replace('_', " ").to_lowercase(), class);
                }
            }
        }
        let prefix_words = abbreviations
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(w, _)| w.to_string()))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let set = |s: &'static str| s.split_whitespace().collect::<WordSet>();
        let starters = set(common::DATA.starters)
            .union(&set(data.starters))
            .copied()
            .collect();
        Rules {
            tails: tail_filter(abbreviations.keys()),
            longest: abbreviations.keys().map(String::len).max().unwrap_or(0),
            abbreviations,
            prefix_words,
            starters,
            months: set(data.months),
            ordinal_context: set(data.ordinal_context),
            time_openers: set(data.time_openers),
            numeric_suffixes: data.numeric_suffixes.split_whitespace().collect(),
            dotted_ordinals,
        }
    }

    /// The class of the abbreviation keyed `key` (lowercase, see the module docs).
    pub(crate) fn abbreviation(&self, key: &str) -> Option<Class> {
        let suffix = || {
            self.numeric_suffixes
                .iter()
                .any(|s| key.len() > s.len() && key.ends_with(s))
        };
        let known = if key.len() > self.longest {
            None
        } else {
            self.abbreviations.get(key)
        };
        match known {
            Some(&class) => Some(class),
            None if suffix() => Some(Class::Numeric),
            None => None,
        }
    }

    /// True when some abbreviation key begins with the word `w` (in any
    /// case) and a space (`et` of `et al.`).
    pub(crate) fn is_prefix_word(&self, w: &str) -> bool {
        let same = |p: &String| p.chars().eq(w.chars().flat_map(char::to_lowercase));
        w.len() <= 8
            && self
                .prefix_words
                .iter()
                .any(|p| p.len() == w.len() && same(p))
    }

    /// True when `token` cannot be the end of any key (nor of a compound
    /// with a numeric suffix), so that looking it up is pointless. May
    /// answer false for a token that is not a key, never true for one that is.
    pub(crate) fn too_long(&self, token: &str) -> bool {
        let bit = tail_bit(token);
        if self.tails[bit / 64] & (1 << (bit % 64)) != 0 {
            return false;
        }
        let suffixed = |s: &&str| {
            token
                .len()
                .checked_sub(s.len())
                .and_then(|k| token.get(k..))
                .is_some_and(|end| end.eq_ignore_ascii_case(s))
        };
        !self.numeric_suffixes.iter().any(suffixed)
    }

    /// True for a word that commonly opens a sentence (`The`, `Die`, `Это`).
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    /// True for a month name or abbreviation (`Juni`, `Nov`).
    pub(crate) fn is_month(&self, word: &str) -> bool {
        self.months.contains(word)
    }

    /// True for a word that opens an introductory time phrase (`In`, `В`).
    pub(crate) fn is_time_opener(&self, word: &str) -> bool {
        self.time_openers.contains(word)
    }

    /// True for a lowercase word that makes the following number an ordinal.
    pub(crate) fn is_ordinal_context(&self, lower_word: &str) -> bool {
        self.ordinal_context.contains(lower_word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_knows_its_hallmark_abbreviations() {
        let cases = [
            (Lang::De, "z.b", Class::Never),
            (Lang::De, "usw", Class::Final),
            (Lang::En, "mr", Class::Never),
            (Lang::En, "u.s", Class::Inner),
            (Lang::Es, "p.ej", Class::Never),
            (Lang::Fr, "av.j.-c", Class::Year),
            (Lang::Es, "ee.uu", Class::Final),
            (Lang::De, "v.chr", Class::Year),
            (Lang::Ru, "т.е", Class::Never),
            (Lang::Ru, "и др", Class::Final),
        ];
        for (lang, key, class) in cases {
            assert_eq!(
                Rules::get(lang).abbreviation(key),
                Some(class),
                "{lang} {key}"
            );
        }
    }

    #[test]
    fn no_abbreviation_is_listed_twice_in_one_language() {
        for data in [
            &common::DATA,
            &de::DATA,
            &en::DATA,
            &es::DATA,
            &fr::DATA,
            &ru::DATA,
        ] {
            let lists = [
                data.never,
                data.inner,
                data.final_,
                data.numeric,
                data.time,
                data.year,
            ];
            let mut seen = HashSet::new();
            for word in lists.iter().flat_map(|l| l.split_whitespace()) {
                assert!(seen.insert(word.to_lowercase()), "{word} listed twice");
            }
        }
    }

    #[test]
    fn the_tail_filter_never_rejects_a_key() {
        for lang in Lang::ALL {
            let rules = Rules::get(lang);
            for key in rules.abbreviations.keys() {
                let tail = key.rsplit(' ').next().unwrap();
                assert!(!rules.too_long(tail), "{lang} {key}");
                assert!(!rules.too_long(&tail.to_uppercase()), "{lang} {key}");
            }
        }
    }
}
