//! Is a unit with no counterpart lost, or merged into a neighbouring pair?
//!
//! Translators join and split sentences; an aligner that does not model the
//! join as an n-m bead leaves a unit apparently without counterpart next to
//! a pair that holds its content. Evidence for a merge: the neighbour's
//! lengths fit clearly better with the unit added (Gale & Church 1993), or
//! the neighbour's other side holds the unit's names and cognates. Evidence
//! against: numbers of the unit that the neighbour's other side lacks.

use std::ops::Range;

use super::{Judge, Units, is_match, sum, sum_tgt};
use crate::Lang;
use crate::align::Bead;
use crate::check::lexical::{keys, names};
use crate::check::numbers::{Class, extract};

/// Least improvement of |ln(length ratio)| that counts as a clear change.
const MERGE_GAIN: f64 = 0.1;

/// Least share of a unit's word keys found only in a neighbour's other side
/// for the neighbour to hold it.
const LEXICAL_GAIN: f64 = 0.3;

/// The evidence about one unit and one neighbouring pair.
struct Merge {
    /// |ln deviation| of the neighbour as it is, and with the unit added.
    before: f64,
    after: f64,
    /// The neighbour with the unit added fits within tolerance.
    fits_after: bool,
    /// The unit states plain numbers (or any numbers) the other side lacks.
    plain_absent: bool,
    any_absent: bool,
    /// Share of the unit's keys found only on the neighbour's other side.
    lexical: f64,
    /// A name of the unit is found only on the neighbour's other side.
    name: bool,
}

impl<'a> Judge<'a> {
    fn merge(&self, n: &Bead, gap: &Bead, units: &Units<'a>) -> Option<Merge> {
        if !is_match(n) {
            return None;
        }
        let (s, t) = (sum(&units.src, n), sum_tgt(&units.tgt, n));
        let (gs, gt) = (sum(&units.src, gap), sum_tgt(&units.tgt, gap));
        let pick = |texts: &[&'a str], r: Range<usize>| -> String {
            r.filter_map(|i| texts.get(i).copied())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let on_src = gap.tgt.is_empty();
        let (gap_text, own, other) = if on_src {
            (
                pick(&units.src_text, gap.src.clone()),
                pick(&units.src_text, n.src.clone()),
                pick(&units.tgt_text, n.tgt.clone()),
            )
        } else {
            (
                pick(&units.tgt_text, gap.tgt.clone()),
                pick(&units.tgt_text, n.tgt.clone()),
                pick(&units.src_text, n.src.clone()),
            )
        };
        let (gap_lang, other_lang) = if on_src {
            (self.pair.pivot.lang, self.pair.doc.lang)
        } else {
            (self.pair.doc.lang, self.pair.pivot.lang)
        };
        let after = self.deviation(s + gs, t + gt).abs();
        Some(Merge {
            before: self.deviation(s, t).abs(),
            after,
            fits_after: after <= self.tolerance((s + gs).min(t + gt)),
            plain_absent: numbers_absent(&gap_text, gap_lang, &other, other_lang, true),
            any_absent: numbers_absent(&gap_text, gap_lang, &other, other_lang, false),
            lexical: lexical_gain(&gap_text, &own, &other),
            name: name_moved(&gap_text, &own, &other),
        })
    }

    /// True when the gap's content seems to sit inside neighbour `n`: used
    /// on the aligner's own gaps, which need positive evidence of a merge to
    /// be dismissed.
    pub(super) fn absorbs(&self, n: &Bead, gap: &Bead, units: &Units<'a>) -> bool {
        self.merge(n, gap, units).is_some_and(|m| {
            let fits = m.after + MERGE_GAIN < m.before && m.fits_after;
            let words = m.lexical >= LEXICAL_GAIN || m.name;
            !m.plain_absent && (fits || m.fits_after && words)
        })
    }

    /// True when the gap's content clearly does not belong to neighbour `n`:
    /// used by the second opinion, which overrides the aligner and so needs
    /// positive evidence of a loss.
    pub(super) fn apart(&self, n: &Bead, gap: &Bead, units: &Units<'a>) -> bool {
        self.merge(n, gap, units).is_none_or(|m| {
            !m.fits_after
                || m.lexical < LEXICAL_GAIN
                    && !m.name
                    && (m.any_absent || m.after >= m.before + MERGE_GAIN)
        })
    }
}

/// True when `gap` states numbers (plain ones only, if `plain`) none of
/// which `other` states.
fn numbers_absent(gap: &str, gap_lang: Lang, other: &str, other_lang: Lang, plain: bool) -> bool {
    let own: Vec<String> = extract(gap, gap_lang)
        .into_iter()
        .filter(|n| !plain || n.class == Class::Plain)
        .map(|n| n.value)
        .collect();
    let theirs: Vec<String> = extract(other, other_lang)
        .into_iter()
        .map(|n| n.value)
        .collect();
    !own.is_empty() && !own.iter().any(|v| theirs.contains(v))
}

/// Share of the gap's word keys that the neighbour's other side holds but
/// its own side does not.
fn lexical_gain(gap: &str, own: &str, other: &str) -> f64 {
    let (g, o, t) = (keys(gap), keys(own), keys(other));
    if g.is_empty() {
        return 0.0;
    }
    g.iter()
        .filter(|k| t.contains(*k) && !o.contains(*k))
        .count() as f64
        / g.len() as f64
}

/// True when a name of the gap appears on the neighbour's other side but not
/// on its own: the strongest sign that the gap's content sits there.
fn name_moved(gap: &str, own: &str, other: &str) -> bool {
    let (o, t) = (names(own), names(other));
    names(gap).iter().any(|k| t.contains(k) && !o.contains(k))
}
