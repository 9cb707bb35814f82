//! Numbers that differ between aligned passages.
//!
//! For every confident matched paragraph bead of a pivot-version pair, the
//! multisets of normalised numbers ([`extract`]) are compared. What remains on
//! either side is paired by class (a year with a year, a count with a count)
//! into substitutions; an unpaired leftover is reported only when it is a
//! plain number, since years, small counts, months and ordinals are often
//! spelled out or paraphrased by translators.

mod extract;
mod months;
mod report;
mod sift;

pub use extract::{Class, Number, extract};
pub use report::findings;
pub use sift::sift;

use super::Tuning;
use super::content::Pair;
use super::excerpt::chars;
use super::ratios::LengthModel;
use crate::Lang;
use crate::align::Bead;
use crate::release::Document;

/// A number stated on one side that the other side lacks or states differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// The pivot's number (`None`: the pivot has no counterpart).
    pub pivot: Option<Located>,
    /// The other version's number (`None`: it lacks the pivot's number).
    pub other: Option<Located>,
}

/// A number and the paragraph holding it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// Paragraph index in its document.
    pub paragraph: usize,
    /// The number.
    pub number: Number,
}

/// Class groups that can substitute for each other.
fn group(c: Class) -> u8 {
    match c {
        Class::Year => 0,
        Class::Month => 1,
        Class::Plain | Class::Small | Class::Ordinal => 2,
    }
}

/// The mismatches between the numbers of two aligned passages.
pub fn compare(pivot: Vec<Located>, other: Vec<Located>) -> Vec<Mismatch> {
    compare_counted(pivot, other).1
}

/// The numbers of `texts`, all placed in paragraph 0.
fn located(texts: &[&str], lang: Lang) -> Vec<Located> {
    texts
        .iter()
        .flat_map(|t| extract(t, lang))
        .map(|number| Located {
            paragraph: 0,
            number,
        })
        .collect()
}

/// True when the numbers of two aligned texts agree: evidence that they are
/// translations of each other.
pub fn agree(pivot: &[&str], pivot_lang: Lang, other: &[&str], other_lang: Lang) -> bool {
    compare(located(pivot, pivot_lang), located(other, other_lang)).is_empty()
}

/// True when the numbers of two aligned texts agree but for one figure,
/// while at least one other plain number is shared: a translation with a
/// figure changed is still a translation, and still anchors the passages
/// around it.
pub fn agree_but_one(pivot: &[&str], pivot_lang: Lang, other: &[&str], other_lang: Lang) -> bool {
    let (shared, mismatches) =
        compare_counted(located(pivot, pivot_lang), located(other, other_lang));
    mismatches.is_empty() || (mismatches.len() == 1 && shared >= 1)
}

/// Plain numbers found on both sides, and the mismatches.
pub fn compare_counted(pivot: Vec<Located>, other: Vec<Located>) -> (usize, Vec<Mismatch>) {
    let mut rest_b: Vec<Option<Located>> = other.into_iter().map(Some).collect();
    let mut rest_a = Vec::new();
    let mut shared = 0;
    for a in pivot {
        let hit = rest_b
            .iter_mut()
            .find(|b| b.as_ref().is_some_and(|b| b.number.value == a.number.value));
        match hit {
            Some(b) => {
                shared += usize::from(a.number.class == Class::Plain);
                *b = None;
            }
            None => rest_a.push(a),
        }
    }
    let mut rest_b: Vec<Located> = rest_b.into_iter().flatten().collect();
    let mut out = Vec::new();
    for a in rest_a {
        let g = group(a.number.class);
        match rest_b.iter().position(|b| group(b.number.class) == g) {
            Some(k) => out.push(Mismatch {
                pivot: Some(a),
                other: Some(rest_b.remove(k)),
            }),
            None if !a.number.class.is_soft() => out.push(Mismatch {
                pivot: Some(a),
                other: None,
            }),
            None => {}
        }
    }
    out.extend(
        rest_b
            .into_iter()
            .filter(|b| !b.number.class.is_soft())
            .map(|b| Mismatch {
                pivot: None,
                other: Some(b),
            }),
    );
    (shared, out)
}

fn numbers_of(doc: &Document, paragraphs: std::ops::Range<usize>) -> Vec<Located> {
    let lang = doc.detected.unwrap_or(doc.lang);
    paragraphs
        .filter_map(|p| Some((p, doc.paragraphs.get(p)?)))
        .flat_map(|(p, para)| {
            extract(&para.text, lang)
                .into_iter()
                .map(move |number| Located {
                    paragraph: p,
                    number,
                })
        })
        .collect()
}

/// The mismatches of one pair, with the bead each was found in.
///
/// A bead is compared only when its lengths fit, and its mismatches count only
/// when the bead is anchored: it shares a plain number across the pair, or the
/// matched beads around it fit in length and agree in their numbers. A shifted
/// alignment pairs unrelated paragraphs whose numbers all differ; anchoring
/// keeps that from being read as a flood of number mismatches.
pub fn mismatches(pair: Pair<'_>, model: &LengthModel, tuning: &Tuning) -> Vec<(Bead, Mismatch)> {
    let beads = &pair.al.paragraphs.beads;
    let matched: Vec<usize> = (0..beads.len())
        .filter(|&i| !beads[i].src.is_empty() && !beads[i].tgt.is_empty())
        .collect();
    let plausible = |b: &Bead| {
        let (s, t) = (len(pair.pivot, b), len_tgt(pair.doc, b));
        b.score >= tuning.min_match_score
            && model.deviation(pair.pivot.lang, s, pair.doc.lang, t).abs()
                <= tuning.max_log_deviation
    };
    let compared = |b: &Bead| {
        compare_counted(
            numbers_of(pair.pivot, b.src.clone()),
            numbers_of(pair.doc, b.tgt.clone()),
        )
    };
    let trusted = |b: &Bead| plausible(b) && compared(b).1.is_empty();
    let mut out = Vec::new();
    for (k, &i) in matched.iter().enumerate() {
        let b = &beads[i];
        if !plausible(b) {
            continue;
        }
        let (shared, found) = compared(b);
        if found.is_empty() {
            continue;
        }
        let neighbours: Vec<&Bead> = [k.checked_sub(1), Some(k + 1)]
            .into_iter()
            .flatten()
            .filter_map(|n| matched.get(n).map(|&j| &beads[j]))
            .collect();
        let anchored =
            shared >= 1 || (!neighbours.is_empty() && neighbours.iter().all(|n| trusted(n)));
        if anchored {
            out.extend(found.into_iter().map(|m| (b.clone(), m)));
        }
    }
    out
}

fn len(doc: &Document, b: &Bead) -> usize {
    b.src
        .clone()
        .filter_map(|p| doc.paragraphs.get(p))
        .map(|p| chars(&p.text))
        .sum()
}

fn len_tgt(doc: &Document, b: &Bead) -> usize {
    b.tgt
        .clone()
        .filter_map(|p| doc.paragraphs.get(p))
        .map(|p| chars(&p.text))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_changed_figure_among_shared_ones_still_anchors_a_pair() {
        let en = ["In 2021, 1,250 firms from 31 countries took part."];
        let changed = ["2021 nahmen 1.250 Firmen aus 41 Ländern teil."];
        let alone = ["Es nahmen 41 Länder teil."];
        let two = ["2020 nahmen 1.250 Firmen aus 41 Ländern teil."];
        assert!(agree_but_one(&en, Lang::En, &changed, Lang::De));
        assert!(!agree(&en, Lang::En, &changed, Lang::De));
        assert!(!agree_but_one(
            &["31 countries"],
            Lang::En,
            &alone,
            Lang::De
        ));
        assert!(!agree_but_one(&en, Lang::En, &two, Lang::De));
    }

    fn loc(text: &str, lang: Lang) -> Vec<Located> {
        extract(text, lang)
            .into_iter()
            .map(|number| Located {
                paragraph: 0,
                number,
            })
            .collect()
    }

    fn pairs(m: &[Mismatch]) -> Vec<(Option<&str>, Option<&str>)> {
        m.iter()
            .map(|m| {
                (
                    m.pivot.as_ref().map(|l| l.number.value.as_str()),
                    m.other.as_ref().map(|l| l.number.value.as_str()),
                )
            })
            .collect()
    }

    #[test]
    fn equal_numbers_in_other_conventions_match() {
        let a = loc(
            "Am 14.03.2021 kamen 1.250 Gäste, 3,5 Prozent mehr.",
            Lang::De,
        );
        let b = loc(
            "On 14 March 2021, 1,250 guests came, 3.5 per cent more.",
            Lang::En,
        );
        assert!(compare(a, b).is_empty());
    }

    #[test]
    fn a_changed_amount_is_one_substitution() {
        let a = loc("Es kamen 1.250 Gäste aus 40 Ländern.", Lang::De);
        let b = loc("Some 1,520 guests came from 40 countries.", Lang::En);
        assert_eq!(pairs(&compare(a, b)), [(Some("1250"), Some("1520"))]);
    }

    #[test]
    fn a_plain_number_missing_on_one_side_is_reported() {
        let a = loc("Es kamen 1.250 Gäste.", Lang::De);
        let b = loc("Many guests came.", Lang::En);
        assert_eq!(pairs(&compare(a, b)), [(Some("1250"), None)]);
    }

    #[test]
    fn spelled_out_years_counts_and_ordinals_are_not() {
        let a = loc("In 2020, 3 ministers met for the 21st time.", Lang::En);
        let b = loc(
            "L'an dernier, trois ministres se sont réunis pour la vingt et unième fois.",
            Lang::Fr,
        );
        assert!(compare(a, b).is_empty());
        let a = loc("Im Jahr 2020.", Lang::De);
        let b = loc("In 2021.", Lang::En);
        assert_eq!(pairs(&compare(a, b)), [(Some("2020"), Some("2021"))]);
    }
}
