//! The multi-way translation unit and how it is read.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Error, Lang};

/// The granularity of translation units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Units of sentences, from the sentence alignment.
    #[default]
    Sentence,
    /// Units of whole paragraphs, from the paragraph alignment.
    Paragraph,
}

impl Level {
    /// The name used on the command line and as TMX `segtype`.
    pub fn name(self) -> &'static str {
        match self {
            Level::Sentence => "sentence",
            Level::Paragraph => "paragraph",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Level {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "sentence" => Ok(Level::Sentence),
            "paragraph" => Ok(Level::Paragraph),
            _ => Err(Error::Invalid(format!(
                "unknown level '{s}' (expected sentence or paragraph)"
            ))),
        }
    }
}

/// One language's part of a [`TranslationUnit`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Side {
    /// The language of this side.
    pub lang: Lang,
    /// Sentence indices, numbered across the document (at paragraph level: every
    /// sentence of the unit's paragraphs).
    pub sentences: Range<usize>,
    /// Indices of the paragraphs the sentences belong to.
    pub paragraphs: Range<usize>,
    /// The text: the sentences (or paragraphs) joined by a space, every run of
    /// whitespace, line breaks and tabs included, collapsed to one space.
    pub text: String,
}

/// A group of mutually aligned sentences (or paragraphs) across languages.
///
/// Invariant: within a release the units partition every aligned version: each
/// sentence lies in exactly one unit, and a language's sides read in unit order
/// rebuild that version in document order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TranslationUnit {
    /// The release ID.
    pub release: String,
    /// 0-based position of the unit in its release.
    pub index: usize,
    /// Sentence or paragraph units.
    pub level: Level,
    /// The version every other one was aligned against.
    pub pivot: Lang,
    /// The languages of the release that took part in the alignment, in [`Lang`] order.
    pub langs: Vec<Lang>,
    /// The non-empty sides, in [`Lang`] order.
    pub sides: Vec<Side>,
    /// The weakest confidence among the beads linking the unit; `None` when no
    /// bead links it (a release with a single version).
    pub score: Option<f64>,
}

impl TranslationUnit {
    /// A stable identifier: `<release>/<1-based position>`.
    pub fn tuid(&self) -> String {
        format!("{}/{}", self.release, self.index + 1)
    }

    /// The side in `lang`, if the unit has one.
    pub fn side(&self, lang: Lang) -> Option<&Side> {
        self.sides.iter().find(|s| s.lang == lang)
    }

    /// Number of items (sentences, or paragraphs at paragraph level) in `lang`.
    pub fn items(&self, lang: Lang) -> usize {
        self.side(lang).map_or(0, |s| match self.level {
            Level::Sentence => s.sentences.len(),
            Level::Paragraph => s.paragraphs.len(),
        })
    }

    /// The bead shape of `lang` against the pivot, e.g. `(2, 1)`: pivot items, `lang` items.
    /// `None` for the pivot itself and for languages that did not take part.
    pub fn bead(&self, lang: Lang) -> Option<(usize, usize)> {
        (lang != self.pivot && self.langs.contains(&lang))
            .then(|| (self.items(self.pivot), self.items(lang)))
    }

    /// Every bead shape against the pivot, e.g. `de-en:2-1 de-fr:1-1`, leaving out
    /// languages absent from both sides (`0-0`); empty for a single-version release.
    pub fn bead_summary(&self) -> String {
        let pairs = self.langs.iter().filter_map(|&lang| {
            let (p, n) = self.bead(lang).filter(|&shape| shape != (0, 0))?;
            Some(format!("{}-{lang}:{p}-{n}", self.pivot))
        });
        itertools::join(pairs, " ")
    }

    /// True when every language that took part has a side.
    pub fn is_complete(&self) -> bool {
        self.langs.iter().all(|&l| self.side(l).is_some())
    }
}

/// Joins `parts` with single spaces, collapsing whitespace inside them.
pub(crate) fn collapse<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let words = parts.into_iter().flat_map(str::split_whitespace);
    itertools::join(words, " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(lang: Lang, sentences: Range<usize>) -> Side {
        Side {
            lang,
            paragraphs: 0..1,
            text: "x".into(),
            sentences,
        }
    }

    fn unit() -> TranslationUnit {
        TranslationUnit {
            release: "7-01-02-2021".into(),
            index: 2,
            level: Level::Sentence,
            pivot: Lang::De,
            langs: vec![Lang::De, Lang::En, Lang::Fr],
            sides: vec![side(Lang::De, 3..5), side(Lang::En, 4..5)],
            score: Some(0.4),
        }
    }

    #[test]
    fn beads_are_read_against_the_pivot() {
        let u = unit();
        assert_eq!(u.bead(Lang::En), Some((2, 1)));
        assert_eq!(u.bead(Lang::Fr), Some((2, 0)));
        assert_eq!(u.bead(Lang::De), None);
        assert_eq!(u.bead(Lang::Ru), None);
        assert_eq!(u.bead_summary(), "de-en:2-1 de-fr:2-0");
        let lone = TranslationUnit {
            sides: vec![side(Lang::En, 5..6)],
            ..u.clone()
        };
        assert_eq!(lone.bead_summary(), "de-en:0-1");
        assert!(!u.is_complete());
        assert_eq!(u.tuid(), "7-01-02-2021/3");
    }

    #[test]
    fn collapse_flattens_whitespace() {
        assert_eq!(collapse(["a\n b\t", " c  "]), "a b c");
        assert_eq!(collapse(["", "  "]), "");
    }

    #[test]
    fn level_parses_its_names() {
        for level in [Level::Sentence, Level::Paragraph] {
            assert_eq!(level.name().parse::<Level>().unwrap(), level);
        }
        assert!("word".parse::<Level>().is_err());
    }
}
