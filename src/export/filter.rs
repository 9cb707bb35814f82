//! Filters for MT training data, applied in a fixed order; a unit removed is
//! counted once, under the first filter that removes it: missing side, missing
//! selected language, low score, length ratio, duplicate.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use serde::Serialize;

use crate::join::TranslationUnit;
use crate::{Error, Lang, Result};

/// Which units to drop.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    /// Drop units whose score is below this (units no bead links have no score
    /// and are dropped too).
    pub min_score: Option<f64>,
    /// Drop units missing a side: a language that took part in the release's
    /// alignment but has no text in the unit.
    pub no_empty: bool,
    /// Drop units lacking a side in any of these languages; `--complete` gives
    /// the exported ones, so every unit kept has the same languages.
    pub require: Vec<Lang>,
    /// Drop units where some side is shorter than this many times the reference
    /// side (the pivot, else the first side), counted in characters.
    pub min_ratio: Option<f64>,
    /// Drop units where some side is longer than this many times the reference side.
    pub max_ratio: Option<f64>,
    /// Drop units whose texts, in every language, repeat an earlier unit.
    pub dedup: bool,
}

impl Filters {
    /// Rejects settings no unit could pass.
    pub fn validate(&self) -> Result<()> {
        let positive = |name: &str, v: Option<f64>| match v {
            Some(r) if !(r.is_finite() && r > 0.0) => Err(Error::Invalid(format!(
                "--{name} must be a positive number, got {r}"
            ))),
            _ => Ok(()),
        };
        positive("min-ratio", self.min_ratio)?;
        positive("max-ratio", self.max_ratio)?;
        if let (Some(lo), Some(hi)) = (self.min_ratio, self.max_ratio)
            && lo > hi
        {
            return Err(Error::Invalid(format!(
                "--min-ratio {lo} is above --max-ratio {hi}"
            )));
        }
        match self.min_score {
            Some(s) if !(0.0..=1.0).contains(&s) => Err(Error::Invalid(format!(
                "--min-score must lie in [0, 1], got {s}"
            ))),
            _ => Ok(()),
        }
    }
}

/// How many units each filter removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Removed {
    /// Missing a side (`no_empty`).
    pub empty: usize,
    /// Lacking a required language (`require`).
    pub incomplete: usize,
    /// Below `min_score`.
    pub score: usize,
    /// Outside the length-ratio limits.
    pub ratio: usize,
    /// Repeats of an earlier unit (`dedup`).
    pub duplicate: usize,
}

impl Removed {
    /// Units removed by any filter.
    pub fn total(&self) -> usize {
        self.empty + self.incomplete + self.score + self.ratio + self.duplicate
    }
}

/// Applies [`Filters`] to a stream of units, in order.
///
/// Deduplication keeps a 64-bit hash per distinct unit (not the text), so its
/// memory grows by about 16 bytes per unit kept.
#[derive(Debug, Default)]
pub struct Filter {
    filters: Filters,
    seen: HashSet<u64>,
    /// What was removed so far.
    pub removed: Removed,
}

impl Filter {
    /// A filter applying `filters`.
    pub fn new(filters: Filters) -> Self {
        Filter {
            filters,
            ..Filter::default()
        }
    }

    /// True when `unit` passes; otherwise counts it under the filter that removed it.
    pub fn keep(&mut self, unit: &TranslationUnit) -> bool {
        let f = &self.filters;
        let counter = if f.no_empty && !unit.is_complete() {
            &mut self.removed.empty
        } else if !f.require.iter().all(|&l| unit.side(l).is_some()) {
            &mut self.removed.incomplete
        } else if f
            .min_score
            .is_some_and(|min| unit.score.is_none_or(|s| s < min))
        {
            &mut self.removed.score
        } else if !ratio_ok(unit, f.min_ratio, f.max_ratio) {
            &mut self.removed.ratio
        } else if f.dedup && !self.seen.insert(fingerprint(unit)) {
            &mut self.removed.duplicate
        } else {
            return true;
        };
        *counter += 1;
        false
    }
}

fn ratio_ok(unit: &TranslationUnit, min: Option<f64>, max: Option<f64>) -> bool {
    if min.is_none() && max.is_none() {
        return true;
    }
    let reference = unit.side(unit.pivot).or(unit.sides.first());
    let Some(reference) = reference else {
        return true;
    };
    let base = reference.text.chars().count() as f64;
    unit.sides
        .iter()
        .filter(|s| s.lang != reference.lang)
        .all(|s| {
            let ratio = s.text.chars().count() as f64 / base;
            min.is_none_or(|lo| ratio >= lo) && max.is_none_or(|hi| ratio <= hi)
        })
}

/// The languages and texts of `unit`, hashed with fixed keys (so reproducible).
fn fingerprint(unit: &TranslationUnit) -> u64 {
    let mut h = DefaultHasher::new();
    for side in &unit.sides {
        side.lang.hash(&mut h);
        side.text.hash(&mut h);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::join::{Level, Side};

    fn unit(texts: &[(Lang, &str)], score: Option<f64>) -> TranslationUnit {
        let sides = texts
            .iter()
            .map(|&(lang, text)| Side {
                lang,
                sentences: 0..1,
                paragraphs: 0..1,
                text: text.into(),
            })
            .collect();
        TranslationUnit {
            release: "1-01-01-2020".into(),
            index: 0,
            level: Level::Sentence,
            pivot: Lang::De,
            langs: vec![Lang::De, Lang::En],
            sides,
            score,
        }
    }

    #[test]
    fn each_filter_counts_what_it_removes() {
        let mut filter = Filter::new(Filters {
            min_score: Some(0.5),
            no_empty: true,
            require: Vec::new(),
            min_ratio: Some(0.5),
            max_ratio: Some(2.0),
            dedup: true,
        });
        let good = unit(
            &[(Lang::De, "Hallo Welt"), (Lang::En, "Hello world")],
            Some(0.9),
        );
        assert!(filter.keep(&good));
        assert!(!filter.keep(&good), "duplicate");
        assert!(
            !filter.keep(&unit(&[(Lang::De, "Hallo")], Some(0.9))),
            "empty"
        );
        assert!(!filter.keep(&unit(&[(Lang::De, "a"), (Lang::En, "b")], Some(0.1))));
        assert!(!filter.keep(&unit(&[(Lang::De, "a"), (Lang::En, "b")], None)));
        assert!(!filter.keep(&unit(&[(Lang::De, "ab"), (Lang::En, "abcde")], Some(1.0))));
        let removed = filter.removed;
        assert_eq!(
            (
                removed.empty,
                removed.score,
                removed.ratio,
                removed.duplicate
            ),
            (1, 2, 1, 1)
        );
        assert_eq!(removed.total(), 5);
    }

    #[test]
    fn require_keeps_only_units_with_every_language() {
        let mut filter = Filter::new(Filters {
            require: vec![Lang::De, Lang::En],
            ..Filters::default()
        });
        let mut half = unit(&[(Lang::De, "Hallo")], None);
        half.langs = vec![Lang::De];
        assert!(half.is_complete() && !filter.keep(&half));
        assert!(filter.keep(&unit(&[(Lang::De, "a"), (Lang::En, "b")], None)));
        assert_eq!(filter.removed.incomplete, 1);
    }

    #[test]
    fn no_filter_keeps_everything() {
        let mut filter = Filter::new(Filters::default());
        let u = unit(&[(Lang::En, "x")], None);
        assert!(filter.keep(&u) && filter.keep(&u));
    }

    #[test]
    fn impossible_settings_are_rejected() {
        let bad = [
            Filters {
                min_ratio: Some(0.0),
                ..Filters::default()
            },
            Filters {
                min_ratio: Some(3.0),
                max_ratio: Some(2.0),
                ..Filters::default()
            },
            Filters {
                min_score: Some(1.5),
                ..Filters::default()
            },
        ];
        for f in bad {
            assert!(f.validate().is_err(), "{f:?}");
        }
        assert!(Filters::default().validate().is_ok());
    }
}
