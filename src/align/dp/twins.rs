//! The evidence keys that neighbouring segments of one side both hold (a
//! name the story repeats, a figure), so that a merged bead counts each
//! key of its other side as often as that side holds it in all, not once
//! per segment that holds it (see `Problem::union_cover`).

use crate::score::{Segment, Weights};

/// The widest run of segments on one side of a bead that is looked up.
const WIDEST: usize = 8;

/// For every run of `width` consecutive segments of one side, the keys that
/// two or more of them hold, with how often each holds them.
#[derive(Debug)]
pub(super) struct Twins {
    width: usize,
    /// Where the keys of the run starting at segment `k` start in `keys`.
    start: Vec<u32>,
    /// A key and its count in each segment of the run.
    keys: Vec<(u32, [u16; WIDEST])>,
}

impl Twins {
    /// How much more than the run starting at segment `k` taken as one text
    /// the sum of what `own` shares with each of its segments counts: for a
    /// key `own` holds `s` times and the run's segments `c1, c2, …` times,
    /// `min(s, c1) + min(s, c2) + … - min(s, c1 + c2 + …)` times its weight.
    pub(super) fn overcount(&self, k: usize, own: &[u32], weights: &Weights) -> f32 {
        let range = self.start[k] as usize..self.start[k + 1] as usize;
        let mut sum = 0.0;
        for (key, counts) in &self.keys[range] {
            let s = count(own, *key);
            if s > 0 {
                let counts = counts[..self.width].iter().map(|&c| u32::from(c));
                let each: u32 = counts.clone().map(|c| s.min(c)).sum();
                let extra = each - s.min(counts.sum());
                sum += weights.of(*key) * extra as f32;
            }
        }
        sum
    }
}

/// The repeated keys of every width a side of a bead can have, 2 to
/// `widest` (at most 8), gathered from what each pair of segments of a run
/// shares ([`Near`]), which is short, so that the whole key lists are
/// walked once per pair rather than once per run.
pub(super) fn every_width(segments: &[Segment], widest: usize) -> Vec<Twins> {
    let widest = widest.clamp(2, WIDEST);
    let near: Vec<Near> = (1..widest).map(|d| Near::new(segments, d)).collect();
    let mut found = Vec::new();
    let twins_of = |width: usize| {
        let runs = segments.len().saturating_sub(width - 1);
        let mut twins = Twins {
            width,
            start: Vec::with_capacity(runs + 1),
            keys: Vec::new(),
        };
        for k in 0..runs {
            twins.start.push(twins.keys.len() as u32);
            found.clear();
            for (d, near) in (1..width).zip(&near) {
                for p in k..k + width - d {
                    found.extend_from_slice(near.of(p));
                }
            }
            found.sort_unstable();
            found.dedup();
            for &key in &found {
                let mut counts = [0u16; WIDEST];
                for (c, seg) in counts.iter_mut().zip(&segments[k..k + width]) {
                    *c = count(&seg.keys, key).min(u32::from(u16::MAX)) as u16;
                }
                twins.keys.push((key, counts));
            }
        }
        twins.start.push(twins.keys.len() as u32);
        twins
    };
    (2..=widest).map(twins_of).collect()
}

/// For every segment `k`, the distinct keys it shares with segment `k + d`.
struct Near {
    start: Vec<u32>,
    keys: Vec<u32>,
}

impl Near {
    fn new(segments: &[Segment], d: usize) -> Self {
        let pairs = segments.len().saturating_sub(d);
        let mut near = Near {
            start: Vec::with_capacity(pairs + 1),
            keys: Vec::new(),
        };
        for k in 0..pairs {
            near.start.push(near.keys.len() as u32);
            let (a, b) = (&segments[k].keys, &segments[k + d].keys);
            let (mut i, mut j) = (0, 0);
            while i < a.len() && j < b.len() {
                match a[i].cmp(&b[j]) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        if near.keys.last() != Some(&a[i])
                            || near.keys.len() == near.start[k] as usize
                        {
                            near.keys.push(a[i]);
                        }
                        (i, j) = (i + 1, j + 1);
                    }
                }
            }
        }
        near.start.push(near.keys.len() as u32);
        near
    }

    fn of(&self, k: usize) -> &[u32] {
        &self.keys[self.start[k] as usize..self.start[k + 1] as usize]
    }
}

/// How often `key` occurs in the sorted `keys`.
fn count(keys: &[u32], key: u32) -> u32 {
    let from = keys.partition_point(|&x| x < key);
    keys[from..].iter().take_while(|&&x| x == key).count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::score::{Vocab, shared};

    /// What `own` shares with `others` taken as one text, key by key.
    fn union(own: &[u32], others: &[&Segment], weights: &Weights) -> f32 {
        let mut all: Vec<u32> = others.iter().flat_map(|s| s.keys.clone()).collect();
        all.sort_unstable();
        shared(own, &all, weights)
    }

    #[test]
    fn the_sum_less_the_overcount_is_what_the_run_holds_as_one_text() {
        let mut vocab = Vocab::new([Lang::En, Lang::Fr]);
        let texts = [
            "Paris, 1998.",
            "Paris et Rome, 2001.",
            "Rome, Paris, Berlin.",
            "Rien",
        ];
        let segments = vocab.segments(1, &texts);
        let weights = Weights::uniform(&vocab);
        let own = vocab.segment(0, "Paris and Rome, Berlin, 1998.");
        let all = every_width(&segments, 4);
        assert_eq!(all.len(), 3);
        for (twins, width) in all.iter().zip(2..) {
            for k in 0..=texts.len() - width {
                let run: Vec<&Segment> = segments[k..k + width].iter().collect();
                let pairwise: f32 = run
                    .iter()
                    .map(|t| shared(&own.keys, &t.keys, &weights))
                    .sum();
                let extra = twins.overcount(k, &own.keys, &weights);
                let exact = union(&own.keys, &run, &weights);
                assert!((pairwise - extra - exact).abs() < 1e-5, "{width} {k}");
                if k == 0 {
                    // Paris and the full stop are held twice; the comma,
                    // held twice by `own` as well, is not overcounted.
                    assert!(extra >= 2.0, "{width}: {extra}");
                }
            }
        }
    }
}
