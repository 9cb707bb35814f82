//! The anchor pass of a long pair on every core: the pair cut along its
//! straight diagonal into overlapping pieces, the pieces searched in
//! parallel, and their paths spliced where neighbours agree.
//!
//! The anchor pass searches a band around the straight diagonal, so a piece
//! from a point of the diagonal to a later one, searched in the same band
//! ([`Band::diagonal_part`](super::band::Band::diagonal_part)), sees the
//! same cells and bead costs as the whole pair does there. What differs is
//! the start and the end: a piece's path must begin and end on the
//! diagonal, where the whole pair's path may run some sentences off it.
//! Each piece therefore reaches [`OVERLAP`] source segments past its cut on
//! either side, and two neighbours are joined at a boundary in the middle
//! of a run of [`AGREE`] boundaries that both of their paths take one after
//! the other ([`splice`]), the run nearest the cut: there both searches,
//! started far apart, have settled on the same path. When some pair of
//! neighbours never agrees over the overlap, [`solve`] gives up and the
//! caller searches the whole pair as before.
//!
//! Without beam pruning the spliced path is the whole pair's, up to ties
//! (Text+Berg dev ×60: 17 of 27,678 boundaries differ, one in each copy
//! after the 18th, where prefix costs in the tens of thousands leave `f32`
//! too coarse to tell two paths apart). With it, it is not quite: the beam
//! compares a row's cells after taking off the row's best cost per segment
//! since the start ([`dp`](super::dp)), which a piece counts from its own
//! start. On dev ×60 the two paths differ by a few dozen boundaries around
//! the untranslated block near the start of each copy after the sixth
//! (about 5% of the boundaries in all), which the whole pair's search, with
//! its rate averaged over ever more copies, prunes differently there than
//! in the first copies.
//!
//! The pieces depend on the pair's size alone and are joined in order, so
//! the result is the same for any number of threads. Pairs with a side
//! under [`MIN_SIDE`] are not cut.

use rayon::prelude::*;

use super::band::{Corners, diagonal_at};
use super::dp::Found;

/// Fewest segments on each side for a pair's anchor pass to be cut, as for
/// the refined pass ([`split::MIN_SIDE`](super::split::MIN_SIDE)).
pub const MIN_SIDE: usize = 4000;

/// Source segments between two cuts, roughly: a piece costs a few tens of
/// milliseconds, and two overlaps of [`OVERLAP`] are a tenth of it.
pub const PIECE: usize = 3000;

/// Source segments a piece reaches past each of its cuts.
pub const OVERLAP: usize = 150;

/// Consecutive boundaries two neighbours' paths must share to be spliced.
pub const AGREE: usize = 8;

/// The pieces of an `n` x `m` pair: the rectangles between cuts at every
/// `n / k`-th source segment on the diagonal, each reaching [`OVERLAP`]
/// source segments (and the diagonal's target segments) further on either
/// side, the first starting at `(0, 0)` and the last ending at `(n, m)`.
/// One piece, the whole pair, when a side is under [`MIN_SIDE`].
pub fn pieces(n: usize, m: usize) -> Vec<Corners> {
    let k = match n.min(m) < MIN_SIDE {
        true => 1,
        false => n.div_ceil(PIECE).max(1),
    };
    let at = |i: usize| (i, if i == n { m } else { diagonal_at(n, m, i) });
    (0..k)
        .map(|p| {
            let (a, b) = (p * n / k, (p + 1) * n / k);
            let a = if p == 0 { 0 } else { a.saturating_sub(OVERLAP) };
            let b = if p + 1 == k { n } else { (b + OVERLAP).min(n) };
            (at(a), at(b))
        })
        .collect()
}

/// The anchor path of an `n` x `m` pair from its [`pieces`], each solved by
/// `solve(corners)` (in piece indices) in parallel and spliced in order;
/// `None` when two neighbours share no run of [`AGREE`] boundaries.
pub fn solve<F>(n: usize, m: usize, solve: F) -> Option<Vec<Found>>
where
    F: Fn(Corners) -> Vec<Found> + Sync,
{
    let pieces = pieces(n, m);
    let found: Vec<Vec<Found>> = pieces
        .par_iter()
        .map(|&(a, b)| shift(solve((a, b)), a))
        .collect();
    let mut found = found.into_iter();
    let mut path = found.next()?;
    for (k, next) in found.enumerate() {
        let cut = (pieces[k].1.0 + pieces[k + 1].0.0) / 2;
        path = splice(path, next, cut)?;
    }
    Some(path)
}

/// Beads in piece indices moved to the pair's, the piece starting at `a`.
fn shift(found: Vec<Found>, a: (usize, usize)) -> Vec<Found> {
    let moved = |mut f: Found| {
        f.src = f.src.start + a.0..f.src.end + a.0;
        f.tgt = f.tgt.start + a.1..f.tgt.end + a.1;
        f
    };
    found.into_iter().map(moved).collect()
}

/// The beads of `left` up to a boundary both paths take, then those of
/// `right` from it (both in pair indices, `right` starting inside `left`):
/// the middle of the run of [`AGREE`] consecutive boundaries shared by both
/// whose middle lies nearest source segment `cut` (the earlier one on a
/// tie). `None` when there is no such run.
pub fn splice(left: Vec<Found>, right: Vec<Found>, cut: usize) -> Option<Vec<Found>> {
    let ends =
        |f: &[Found]| -> Vec<(usize, usize)> { f.iter().map(|b| (b.src.end, b.tgt.end)).collect() };
    let (l, r) = (ends(&left), ends(&right));
    let half = AGREE / 2;
    let mut best: Option<(usize, usize, usize)> = None;
    for (p, at) in l.iter().enumerate() {
        let Ok(q) = r.binary_search(at) else { continue };
        let (Some(a), Some(b)) = (l.get(p..p + AGREE), r.get(q..q + AGREE)) else {
            continue;
        };
        if a != b {
            continue;
        }
        let dist = l[p + half].0.abs_diff(cut);
        if best.is_none_or(|(d, _, _)| dist < d) {
            best = Some((dist, p + half, q + half));
        }
    }
    let (_, p, q) = best?;
    let mut path = left;
    path.truncate(p + 1);
    path.extend(right.into_iter().skip(q + 1));
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::Shape;

    fn bead(i: usize, j: usize, di: usize, dj: usize) -> Found {
        Found {
            src: i..i + di,
            tgt: j..j + dj,
            shape: Shape {
                src: di as u8,
                tgt: dj as u8,
            },
            evidence: 0.0,
            sim: 1.0,
            posterior: None,
        }
    }

    /// 1-1 beads from `(i, j)` to `(i + len, j + len)`.
    fn ones(i: usize, j: usize, len: usize) -> Vec<Found> {
        (0..len).map(|k| bead(i + k, j + k, 1, 1)).collect()
    }

    #[test]
    fn pieces_overlap_and_cover_the_pair() {
        assert_eq!(pieces(3999, 9000), [((0, 0), (3999, 9000))]);
        let (n, m) = (28_080, 33_240);
        let p = pieces(n, m);
        assert_eq!(p.len(), n.div_ceil(PIECE));
        assert_eq!((p[0].0, p.last().unwrap().1), ((0, 0), (n, m)));
        for w in p.windows(2) {
            assert_eq!(w[0].1.0 - w[1].0.0, 2 * OVERLAP);
            assert!(w[0].1.1 > w[1].0.1);
        }
    }

    #[test]
    fn splice_joins_at_the_shared_run_nearest_the_cut() {
        // The left path drifts off at its forced end, the right one at its
        // forced start; both agree on 100..200.
        let mut left = ones(0, 0, 200);
        left.push(bead(200, 200, 1, 3));
        let mut right = vec![bead(90, 90, 2, 1)];
        right.extend(ones(92, 91, 8));
        right.push(bead(100, 99, 1, 2));
        right.extend(ones(101, 101, 150));
        let path = splice(left, right, 150).expect("they agree");
        assert_eq!(path, ones(0, 0, 251));
    }

    #[test]
    fn splice_needs_a_run_of_agreeing_boundaries() {
        // Shared boundaries every other bead only: never AGREE in a row.
        let left: Vec<Found> = (0..50).map(|k| bead(2 * k, 2 * k, 2, 2)).collect();
        let right: Vec<Found> = (0..100).map(|k| bead(k, k, 1, 1)).collect();
        assert!(splice(left, right, 50).is_none());
    }

    #[test]
    fn one_piece_is_the_whole_pair() {
        let whole = ones(0, 0, 10);
        let got = solve(10, 10, |(a, b)| {
            assert_eq!((a, b), ((0, 0), (10, 10)));
            whole.clone()
        });
        assert_eq!(got, Some(whole));
    }

    #[test]
    fn pieces_of_one_straight_path_splice_back_into_it() {
        let (n, m) = (3 * MIN_SIDE, 3 * MIN_SIDE);
        let got = solve(n, m, |(a, b)| ones(0, 0, b.0 - a.0)).expect("agree");
        assert_eq!(got, ones(0, 0, n));
    }
}
