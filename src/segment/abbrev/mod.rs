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
mod ru;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

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
    /// Clock-time suffixes (`a.m.`): final unless the sentence so far is a short
    /// introductory phrase (`At 5 a.m. Mr. Smith …`).
    Time,
}

/// The lookup tables of one language.
pub(crate) struct Rules {
    abbreviations: HashMap<String, Class>,
    starters: HashSet<&'static str>,
    months: HashSet<&'static str>,
    ordinal_context: HashSet<&'static str>,
    ordinal_nouns: HashSet<&'static str>,
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
    /// Capitalised words that commonly open a sentence.
    pub starters: &'static str,
    /// Month names and their abbreviations, capitalised as in running text.
    pub months: &'static str,
    /// Lowercase words before a number that make it an ordinal (`am 3.`).
    pub ordinal_context: &'static str,
    /// Nouns that follow an ordinal number (`19. Jahrhundert`).
    pub ordinal_nouns: &'static str,
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
        let mut abbreviations = HashMap::new();
        for d in [&common::DATA, data] {
            for (list, class) in [
                (d.numeric, Class::Numeric),
                (d.inner, Class::Inner),
                (d.final_, Class::Final),
                (d.time, Class::Time),
                (d.never, Class::Never),
            ] {
                for word in list.split_whitespace() {
                    abbreviations.insert(word.replace('_', " ").to_lowercase(), class);
                }
            }
        }
        let set = |s: &'static str| s.split_whitespace().collect::<HashSet<_>>();
        let starters = set(common::DATA.starters)
            .union(&set(data.starters))
            .copied()
            .collect();
        Rules {
            abbreviations,
            starters,
            months: set(data.months),
            ordinal_context: set(data.ordinal_context),
            ordinal_nouns: set(data.ordinal_nouns),
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
        match self.abbreviations.get(key) {
            Some(&class) => Some(class),
            None if suffix() => Some(Class::Numeric),
            None => None,
        }
    }

    /// True for a word that commonly opens a sentence (`The`, `Die`, `Это`).
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }

    /// True for a month name or abbreviation (`Juni`, `Nov`).
    pub(crate) fn is_month(&self, word: &str) -> bool {
        self.months.contains(word)
    }

    /// True for a lowercase word that makes the following number an ordinal.
    pub(crate) fn is_ordinal_context(&self, lower_word: &str) -> bool {
        self.ordinal_context.contains(lower_word)
    }

    /// True for a noun that usually follows an ordinal (`Jahrhundert`).
    pub(crate) fn is_ordinal_noun(&self, word: &str) -> bool {
        self.ordinal_nouns.contains(word)
    }
}

/// A small stack buffer for lowercase lookup keys, so that looking up the
/// token before a full stop allocates nothing.
pub(crate) struct KeyBuf {
    bytes: [u8; 64],
    len: usize,
    overflow: bool,
}

impl KeyBuf {
    /// An empty key.
    pub(crate) fn new() -> Self {
        KeyBuf {
            bytes: [0; 64],
            len: 0,
            overflow: false,
        }
    }

    /// Appends `s` lowercased.
    pub(crate) fn push_lower(&mut self, s: &str) {
        for c in s.chars().flat_map(char::to_lowercase) {
            let mut tmp = [0u8; 4];
            let enc = c.encode_utf8(&mut tmp).as_bytes();
            if self.len + enc.len() > self.bytes.len() {
                self.overflow = true;
                return;
            }
            self.bytes[self.len..self.len + enc.len()].copy_from_slice(enc);
            self.len += enc.len();
        }
    }

    /// The key, or `None` when it did not fit.
    pub(crate) fn as_str(&self) -> Option<&str> {
        if self.overflow {
            return None;
        }
        std::str::from_utf8(&self.bytes[..self.len]).ok()
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
            (Lang::Fr, "av.j.-c", Class::Final),
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
            let lists = [data.never, data.inner, data.final_, data.numeric, data.time];
            let mut seen = HashSet::new();
            for word in lists.iter().flat_map(|l| l.split_whitespace()) {
                assert!(seen.insert(word.to_lowercase()), "{word} listed twice");
            }
        }
    }

    #[test]
    fn key_buffer_lowercases_cyrillic_and_reports_overflow() {
        let mut key = KeyBuf::new();
        key.push_lower("Т.Д");
        assert_eq!(key.as_str(), Some("т.д"));
        let mut long = KeyBuf::new();
        long.push_lower(&"x".repeat(100));
        assert_eq!(long.as_str(), None);
    }
}
