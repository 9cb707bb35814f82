//! A second opinion on two lost paragraphs, as [`super::single`] gives on
//! one: when one side has exactly two paragraphs more, every pair of
//! positions is tried, the others pairing one to one in order. The best
//! must beat the runner-up clearly, every pair must be trusted, and each
//! lost paragraph must be clearly apart from its neighbours.

use super::single::MARGIN;
use super::{Gap, Judge, Level, Side, Units};
use crate::align::{Alignment, Bead};

/// Largest number of paragraphs for the quadratic search (a press release
/// rarely has more; beyond, the check stays silent rather than slow).
const MAX_UNITS: usize = 60;

impl<'a> Judge<'a> {
    /// The two lost paragraphs of `units`, if one side has exactly two more
    /// and their places are clear; with the alignment rebuilt around them.
    pub(super) fn two_gaps(&self, units: &Units<'a>) -> Option<(Vec<Gap>, Alignment)> {
        let (n, m) = (units.src.len(), units.tgt.len());
        let side = match n.checked_sub(m) {
            Some(2) => Side::Pivot,
            _ if m == n + 2 => Side::Version,
            _ => return None,
        };
        let len = n.max(m);
        if units.level != Level::Paragraph || len > MAX_UNITS {
            return None;
        }
        let pairs = |a: usize, b: usize| -> Vec<Bead> {
            (0..len)
                .filter(|&u| u != a && u != b)
                .map(|u| {
                    let v = u - usize::from(u > a) - usize::from(u > b);
                    let (s, t) = if side == Side::Pivot { (u, v) } else { (v, u) };
                    one(s, t)
                })
                .collect()
        };
        let mut costs: Vec<(f64, usize, usize)> = (0..len)
            .flat_map(|a| (a + 1..len).map(move |b| (a, b)))
            .map(|(a, b)| {
                let cost = pairs(a, b).iter().map(|x| self.pair_cost(x, units)).sum();
                (cost, a, b)
            })
            .collect();
        costs.sort_by(|x, y| x.0.total_cmp(&y.0));
        let (best, a, b) = costs[0];
        let clear = costs.get(1).is_none_or(|c| c.0 - best >= MARGIN);
        let kept = pairs(a, b);
        let lost = [self.lost_bead(side, a, a), self.lost_bead(side, b, b - 1)];
        let ok = clear
            && kept.iter().all(|x| self.trusted(x, units))
            && lost.iter().all(|g| !self.lone_absorbed(g, &kept, units))
            && [a, b].iter().all(|&k| self.substantial(side, k, units));
        if !ok {
            return None;
        }
        let gaps = [(a, a), (b, b - 1)]
            .map(|(k, other)| {
                let (pivot_pos, version_pos) = match side {
                    Side::Pivot => (k, other),
                    Side::Version => (other, k),
                };
                Gap {
                    level: Level::Paragraph,
                    side,
                    pivot_pos,
                    version_pos,
                    offset: 0,
                }
            })
            .to_vec();
        let mut beads = kept;
        beads.extend(lost);
        beads.sort_by_key(|x| (x.src.start, x.tgt.start));
        Some((gaps, Alignment { beads }))
    }

    /// Unit `k` of `side` lost, before unit `other` of the other side.
    fn lost_bead(&self, side: Side, k: usize, other: usize) -> Bead {
        let (src, tgt) = match side {
            Side::Pivot => (k..k + 1, other..other),
            Side::Version => (other..other, k..k + 1),
        };
        Bead {
            src,
            tgt,
            score: 1.0,
        }
    }
}

fn one(s: usize, t: usize) -> Bead {
    Bead {
        src: s..s + 1,
        tgt: t..t + 1,
        score: 1.0,
    }
}
