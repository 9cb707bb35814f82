//! Long pairs on every core: the refined pass cut into pieces at confident
//! anchors of the anchor pass, the pieces aligned in parallel.
//!
//! The refined pass searches a narrow band around the anchor path, so its
//! result near a point where that path runs through a stretch of confident
//! 1-1 beads hardly depends on what lies far on either side. Cutting there
//! ([`cuts`]) and solving the pieces independently ([`refine`]) gives the
//! same beads except near the cuts, and the cuts sit inside runs of beads
//! the anchor pass was sure of. The pieces share nothing but the learned
//! model, so each can run on its own core; results are joined in piece
//! order, hence identical for any number of threads. Short pairs (either
//! side under [`MIN_SIDE`]) are not cut and keep the one whole search.
//! Opt-in with [`Config::split`](super::Config::split): see there for why.

use rayon::prelude::*;

use super::dp::Found;

/// Fewest segments on each side for a pair to be cut: below this the whole
/// refined pass takes a few milliseconds and cutting buys nothing.
pub const MIN_SIDE: usize = 4000;

/// Source segments per piece, roughly: large enough that the border beads
/// are a small share, small enough to give every core work on a long pair.
pub const PIECE: usize = 1000;

/// Confident 1-1 beads required on each side of a cut.
pub const RUN: usize = 4;

/// The cut points (bead boundaries of the anchor pass `first`, as (source,
/// target) positions) for a pair of `n` x `m` segments: about every
/// [`PIECE`] source segments, at the first boundary with [`RUN`] 1-1 beads
/// from `confident` (sorted (source, target) pairs) on each side. Empty when
/// the pair is short.
pub fn cuts(
    first: &[Found],
    confident: &[(usize, usize)],
    n: usize,
    m: usize,
) -> Vec<(usize, usize)> {
    if n.min(m) < MIN_SIDE {
        return Vec::new();
    }
    let sure = |b: &Found| {
        b.src.len() == 1
            && b.tgt.len() == 1
            && confident.binary_search(&(b.src.start, b.tgt.start)).is_ok()
    };
    let mut out = Vec::new();
    let mut last = 0;
    for k in RUN..first.len().saturating_sub(RUN) {
        let at = (first[k].src.start, first[k].tgt.start);
        if at.0 < last + PIECE || n - at.0 < PIECE / 2 {
            continue;
        }
        if first[k - RUN..k + RUN].iter().all(sure) {
            out.push(at);
            last = at.0;
        }
    }
    out
}

/// One solved piece: its beads and unaligned posteriors, in piece indices.
pub type Solved = (Vec<Found>, [Vec<f32>; 2]);

/// Solves the pieces between consecutive `cuts` of an `n` x `m` pair in
/// parallel and joins them. `solve(start, end, path)` solves the piece
/// from `start` to `end` given the part of the anchor `path` inside it,
/// shifted to the piece's origin, and answers in piece indices.
pub fn refine<F>(
    n: usize,
    m: usize,
    cuts: &[(usize, usize)],
    path: &[(usize, usize)],
    solve: F,
) -> Solved
where
    F: Fn((usize, usize), (usize, usize), &[(usize, usize)]) -> Solved + Sync,
{
    let mut ends = vec![(0, 0)];
    ends.extend_from_slice(cuts);
    ends.push((n, m));
    let pieces: Vec<Solved> = ends
        .par_windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let inside: Vec<(usize, usize)> = path
                .iter()
                .filter(|p| (a.0..=b.0).contains(&p.0) && (a.1..=b.1).contains(&p.1))
                .map(|p| (p.0 - a.0, p.1 - a.1))
                .collect();
            solve(a, b, &inside)
        })
        .collect();
    join(&ends, pieces)
}

/// The pieces' beads shifted to whole-pair indices and concatenated, with
/// their unaligned posteriors.
fn join(ends: &[(usize, usize)], pieces: Vec<Solved>) -> Solved {
    let mut beads = Vec::new();
    let mut unaligned = [Vec::new(), Vec::new()];
    for (&(a, b), (found, [us, ut])) in ends.iter().zip(pieces) {
        beads.extend(found.into_iter().map(|mut f| {
            f.src = f.src.start + a..f.src.end + a;
            f.tgt = f.tgt.start + b..f.tgt.end + b;
            f
        }));
        unaligned[0].extend(us);
        unaligned[1].extend(ut);
    }
    (beads, unaligned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::Shape;

    fn one(i: usize, j: usize) -> Found {
        Found {
            src: i..i + 1,
            tgt: j..j + 1,
            shape: Shape { src: 1, tgt: 1 },
            evidence: 0.0,
            sim: 1.0,
            posterior: None,
        }
    }

    #[test]
    fn long_pairs_are_cut_inside_confident_runs_only() {
        let n = MIN_SIDE + 10;
        let first: Vec<Found> = (0..n).map(|k| one(k, k)).collect();
        let mut confident: Vec<(usize, usize)> = (0..n).map(|k| (k, k)).collect();
        confident.retain(|&(i, _)| !(PIECE..PIECE + 3 * RUN).contains(&i));
        let at = cuts(&first, &confident, n, n);
        assert_eq!(at.first(), Some(&(PIECE + 4 * RUN, PIECE + 4 * RUN)));
        assert!(at.windows(2).all(|w| w[1].0 >= w[0].0 + PIECE));
        assert!(cuts(&first[..100], &confident, 100, 100).is_empty());
    }

    #[test]
    fn pieces_join_into_one_covering_path() {
        let path: Vec<(usize, usize)> = (0..=10).map(|k| (k, k)).collect();
        let (beads, unaligned) = refine(10, 10, &[(4, 4), (7, 7)], &path, |a, b, inside| {
            assert_eq!(inside.last(), Some(&(b.0 - a.0, b.1 - a.1)));
            let found = (0..b.0 - a.0).map(|k| one(k, k)).collect();
            (found, [vec![0.0; b.0 - a.0], vec![0.0; b.1 - a.1]])
        });
        assert_eq!(beads, (0..10).map(|k| one(k, k)).collect::<Vec<_>>());
        assert_eq!(unaligned.map(|u| u.len()), [10, 10]);
    }
}
