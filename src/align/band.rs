//! The band of DP cells searched: for every source prefix length `i`
//! (`0..=n`), an interval `lo[i]..=hi[i]` of target prefix lengths. Cells are
//! stored row after row in one flat array, so memory is linear in the number
//! of cells, i.e. in `(n + m) * width`, never `n * m`.

/// The first and the last corner of a rectangle of the grid, as (source,
/// target) prefix lengths.
pub type Corners = ((usize, usize), (usize, usize));

/// The column where the straight diagonal of an `n` x `m` grid enters row
/// `i`, rounded down: where the rows of [`Band::diagonal`] are centred, and
/// a corner at row `i` that lies inside every one of its bands.
pub fn diagonal_at(n: usize, m: usize, i: usize) -> usize {
    (i as f64 * ratio(n, m)).floor() as usize
}

fn ratio(n: usize, m: usize) -> f64 {
    if n == 0 { 0.0 } else { m as f64 / n as f64 }
}

/// A band of cells over the `(n + 1) x (m + 1)` grid.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    lo: Vec<u32>,
    hi: Vec<u32>,
    start: Vec<usize>,
    cols: usize,
}

impl Band {
    /// The band of half-width `w` around the straight diagonal from `(0, 0)`
    /// to `(n, m)`. Each row also covers the columns the diagonal crosses on
    /// its way to the next row, so consecutive rows always overlap.
    pub fn diagonal(n: usize, m: usize, w: usize) -> Band {
        Band::diagonal_part(n, m, w, ((0, 0), (n, m)))
    }

    /// The part of [`Band::diagonal`]`(n, m, w)` inside the rectangle from
    /// corner `a` to corner `b` (rows `a.0..=b.0`, columns `a.1..=b.1`),
    /// shifted to start at `(0, 0)`: the band of one piece of a pair that
    /// is cut along its diagonal (see [`anchor`](super::anchor)). Each row
    /// must meet the rectangle's columns, as it does when both corners lie
    /// on the diagonal ([`diagonal_at`]).
    pub fn diagonal_part(n: usize, m: usize, w: usize, (a, b): Corners) -> Band {
        let rows = (a.0..=b.0).map(|i| {
            let lo = diagonal_at(n, m, i);
            let hi = match n {
                0 => m,
                _ => ((i + 1) as f64 * ratio(n, m)).ceil() as usize,
            };
            let (lo, hi) = (lo.saturating_sub(w).max(a.1), (hi + w).min(b.1));
            (lo - a.1, hi - a.1)
        });
        Band::from_rows(rows, b.1 - a.1)
    }

    /// The part of this band inside the rectangle from corner `a` to corner
    /// `b`, shifted to start at `(0, 0)`. A row that misses the rectangle's
    /// columns keeps the one column nearest to it, so that every row of the
    /// part has a cell.
    pub fn part(&self, (a, b): Corners) -> Band {
        let rows = (a.0..=b.0).map(|i| {
            let (lo, hi) = self.row(i);
            let (lo, hi) = (lo.clamp(a.1, b.1), hi.clamp(a.1, b.1));
            (lo.min(hi) - a.1, hi - a.1)
        });
        Band::from_rows(rows, b.1 - a.1)
    }

    /// The stretches of rows where this band and `other` (a band of the
    /// same grid) differ, each as its first and last row.
    pub fn differences(&self, other: &Band) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for i in 0..self.lo.len().min(other.lo.len()) {
            if self.row(i) == other.row(i) {
                continue;
            }
            match out.last_mut() {
                Some(last) if last.1 + 1 == i => last.1 = i,
                _ => out.push((i, i)),
            }
        }
        out
    }

    /// The band of half-width `w` around a monotone path of cells from
    /// `(0, 0)` to `(n, m)`; rows the path jumps over take the columns of both
    /// ends of the jump, and rows near a run of omissions on the path
    /// (consecutive steps along one side) extra columns for it (twice the
    /// run's length, see `omission_slack`). Both ends of the rows are then
    /// made non-decreasing, as they are around a monotone path without the
    /// extra columns (see `monotone_hull`).
    pub fn around(path: &[(usize, usize)], n: usize, m: usize, w: usize) -> Band {
        let mut lo = vec![usize::MAX; n + 1];
        let mut hi = vec![0; n + 1];
        let mut prev = (0, 0);
        for &(i, j) in path {
            for r in prev.0..=i {
                lo[r] = lo[r].min(prev.1).min(j);
                hi[r] = hi[r].max(j);
            }
            prev = (i, j);
        }
        let [sl, sh] = omission_slack(path, n, w);
        let mut rows: Vec<(usize, usize)> = lo
            .into_iter()
            .zip(hi)
            .zip(sl.into_iter().zip(sh))
            .map(|((l, h), (a, b))| (l.min(h).saturating_sub(w + a), h + w + b))
            .collect();
        monotone_hull(&mut rows);
        Band::from_rows(rows.into_iter(), m)
    }

    fn from_rows(rows: impl Iterator<Item = (usize, usize)>, m: usize) -> Band {
        let (mut lo, mut hi, mut start) = (Vec::new(), Vec::new(), Vec::new());
        let mut cells = 0;
        for (l, h) in rows {
            let (l, h) = (l.min(m), h.min(m));
            lo.push(l as u32);
            hi.push(h as u32);
            start.push(cells);
            cells += h - l + 1;
        }
        Band {
            lo,
            hi,
            start,
            cols: m,
        }
    }

    /// Total number of cells.
    pub fn cells(&self) -> usize {
        self.start.last().copied().unwrap_or(0) + self.width(self.lo.len() - 1)
    }

    fn width(&self, i: usize) -> usize {
        (self.hi[i] - self.lo[i] + 1) as usize
    }

    /// The columns of row `i`.
    #[inline]
    pub fn row(&self, i: usize) -> (usize, usize) {
        (self.lo[i] as usize, self.hi[i] as usize)
    }

    /// The flat index of cell `(i, j)`, or `None` outside the band.
    #[inline]
    pub fn index(&self, i: usize, j: usize) -> Option<usize> {
        let (lo, hi) = self.row(i);
        (lo..=hi).contains(&j).then(|| self.start[i] + (j - lo))
    }

    /// A view of row `i` for fast repeated lookups in the DP's inner loop.
    #[inline]
    pub fn view(&self, i: usize) -> RowView {
        RowView {
            lo: self.lo[i] as usize,
            hi: self.hi[i] as usize,
            start: self.start[i],
        }
    }

    /// True when some cell of `path` lies on an edge of the band that is not
    /// also an edge of the grid: the best path may have been cut off there.
    pub fn touched_by(&self, path: &[(usize, usize)]) -> bool {
        !self.touches(path).is_empty()
    }

    /// True when the band is the whole grid.
    pub fn is_full(&self) -> bool {
        self.lo.iter().all(|&l| l == 0) && self.hi.iter().all(|&h| h as usize == self.cols)
    }

    /// The cells of `path` that lie on an edge of the band that is not also
    /// an edge of the grid, as (row, edge): where the best path may have
    /// been cut off.
    pub fn touches(&self, path: &[(usize, usize)]) -> Vec<(usize, Edge)> {
        let mut out = Vec::new();
        for &(i, j) in path {
            let (lo, hi) = self.row(i);
            if j == lo && lo > 0 {
                out.push((i, Edge::Lo));
            }
            if j == hi && hi < self.cols {
                out.push((i, Edge::Hi));
            }
        }
        out
    }
}

/// Per row of an `n`-row grid, extra columns behind (`[0]`) and ahead
/// (`[1]`) of a band around `path`, for its runs of omissions.
///
/// The anchor pass has no runs of omissions (each omission pays the full
/// skip cost), so it tends to spread a block of unmatched sentences over
/// merged beads and short omissions; the refined pass, which prices a run
/// as one block, may move the whole block by up to its length. A run of `k`
/// target-only steps at row `i` can move to earlier rows (the path then runs
/// ahead of `path` in the `w` rows before `i`) or later ones (behind it in
/// the `w` rows after); a run of `k` source-only rows, either way around
/// its rows. The slack is `2k`, so that a path that moves the block by its
/// length stays clear of the edge and the band needs no widening there
/// (with `k` the band is found by the edge test and searched again).
fn omission_slack(path: &[(usize, usize)], n: usize, w: usize) -> [Vec<usize>; 2] {
    let mut slack = [vec![0; n + 1], vec![0; n + 1]];
    let mut raise = |side: usize, rows: std::ops::RangeInclusive<usize>, run: usize| {
        let (a, b) = (*rows.start(), (*rows.end()).min(n));
        for s in &mut slack[side][a..=b] {
            *s = (*s).max(2 * run);
        }
    };
    let mut k = 1;
    while k < path.len() {
        let (i0, j0) = path[k - 1];
        let across = path[k..].iter().take_while(|p| p.0 == i0).count();
        let down = path[k..].iter().take_while(|p| p.1 == j0).count();
        if across > 0 {
            raise(1, i0.saturating_sub(w)..=i0, across);
            raise(0, i0..=i0 + w, across);
        } else if down > 0 {
            let i1 = path[k + down - 1].0;
            raise(0, i0.saturating_sub(w)..=i1 + w, down);
            raise(1, i0.saturating_sub(w)..=i1 + w, down);
        }
        k += across.max(down).max(1);
    }
    slack
}

/// Makes both ends of the rows `(lo, hi)` non-decreasing, by lowering each
/// `lo` to the least of the rows after it and raising each `hi` to the
/// greatest of the rows before it.
///
/// A band around a monotone path is monotone, but the slack of
/// [`omission_slack`] reaches only the rows near a run, so it can leave a
/// wide row next to narrow ones. A path may then enter a wide row at a
/// column the next rows do not reach and cross them in one many-to-one bead:
/// it touches no edge ([`Band::touches`] looks at the cells of the path),
/// so the band is not widened, and the better path through those rows stays
/// out of the search. In a monotone band a bead whose two ends lie in the
/// band overlaps every row it crosses, so the edge test sees every cut.
fn monotone_hull(rows: &mut [(usize, usize)]) {
    let mut top = 0;
    for row in rows.iter_mut() {
        top = top.max(row.1);
        row.1 = top;
    }
    let mut bottom = usize::MAX;
    for row in rows.iter_mut().rev() {
        bottom = bottom.min(row.0);
        row.0 = bottom;
    }
}

/// One side of a band's row: its first column (`Lo`) or its last (`Hi`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// The row's first column (the path is behind on the target side).
    Lo = 0,
    /// The row's last column (the path is ahead on the target side).
    Hi = 1,
}

/// A band that widens only where the best path touches its edge.
///
/// The band of width `w` (`make(w)`, e.g. [`Band::diagonal`] or
/// [`Band::around`]) is the first guess. When the path searched in it runs
/// along an edge, only the rows near the touching cells, and only on the
/// touched side, take the corresponding row of `make(2w)`; a row touched
/// again takes `make(4w)`, and so on. Each row's side keeps its own
/// *level* `k` (`make(w << k)`). A band that had doubled everywhere would
/// pay for the wider rows along the whole pair, where an untranslated
/// block in one place (a caption list, a dropped page) asks for them only
/// there.
///
/// Exactness: the widened band is a subset of `make(w << k)` for the
/// largest level `k` reached, so whenever the best path of that doubled
/// band lies inside the widened one, it is also the best path of the
/// widened band (up to ties and beam pruning, which looks at the cells of
/// a row).
pub struct Widening<F: Fn(usize) -> Band> {
    make: F,
    /// `levels[k]` is `make(width << k)`, built when first needed.
    levels: Vec<Band>,
    width: usize,
    /// The level of each row's first column (`[0]`) and last (`[1]`).
    level: [Vec<u8>; 2],
}

impl<F: Fn(usize) -> Band> Widening<F> {
    /// Starts from `make(width)` everywhere.
    pub fn new(width: usize, make: F) -> Self {
        let first = make(width);
        let rows = first.lo.len();
        Widening {
            make,
            levels: vec![first],
            width,
            level: [vec![0; rows], vec![0; rows]],
        }
    }

    /// The current band: row `i` from the first column of
    /// `make(width << level[0][i])` to the last of `make(width << level[1][i])`.
    pub fn band(&self) -> Band {
        let rows = (0..self.level[0].len()).map(|i| {
            let lo = self.levels[self.level[0][i] as usize].row(i).0;
            let hi = self.levels[self.level[1][i] as usize].row(i).1;
            (lo, hi)
        });
        Band::from_rows(rows, self.levels[0].cols)
    }

    /// Widens the band where `path`, the best path searched in `band` (the
    /// current [`Widening::band`]), touches its edge. Returns false when it
    /// touches nowhere.
    ///
    /// The rows raised by one level, on the touched side, are the whole
    /// excursion the touching cell belongs to (the stretch of rows where the
    /// path runs beyond half-way from the first band's middle to its edge on
    /// that side),
    /// plus a margin of the new half-width on either end. An untranslated
    /// block is often crossed by a path smeared along the band's edge
    /// (1-2 and 1-3 beads instead of a run of omissions); raising only the
    /// rows near the touching cells would let such a path settle just inside
    /// the raised rows and never touch again. If the margin is short, the
    /// next search touches the new edge and widens again.
    pub fn widen(&mut self, band: &Band, path: &[(usize, usize)]) -> bool {
        let touches = band.touches(path);
        let outer = self.outer_rows(path);
        let rows = self.level[0].len();
        // Levels are raised from what the search saw, so that a row inside
        // two touching windows rises by one level, not two.
        let raise: Vec<(usize, usize, u8)> = touches
            .iter()
            .map(|&(i, edge)| (i, edge as usize, self.level[edge as usize][i] + 1))
            .collect();
        for (i, side, to) in raise {
            self.build(to);
            let margin = self.width << to;
            let out = &outer[side];
            let first = (0..i).rev().take_while(|&r| out[r]).last().unwrap_or(i);
            let last = (i + 1..rows).take_while(|&r| out[r]).last().unwrap_or(i);
            let end = (last + margin + 1).min(rows);
            for l in &mut self.level[side][first.saturating_sub(margin)..end] {
                *l = (*l).max(to);
            }
        }
        !touches.is_empty()
    }

    /// For each side (`Edge as usize`), the rows where `path` runs beyond
    /// half-way from the first band's middle to its edge on that side.
    fn outer_rows(&self, path: &[(usize, usize)]) -> [Vec<bool>; 2] {
        let guide = &self.levels[0];
        let rows = self.level[0].len();
        let [mut behind, mut ahead] = [vec![false; rows], vec![false; rows]];
        for step in path.windows(2) {
            let ((i0, j0), (i1, j1)) = (step[0], step[1]);
            let cells = behind[i0..=i1].iter_mut().zip(&mut ahead[i0..=i1]);
            for (r, (b, a)) in (i0..).zip(cells) {
                let (lo, hi) = guide.row(r);
                let quarter = (hi - lo) / 4;
                *b |= j0 < lo + quarter;
                *a |= j1 > hi - quarter;
            }
        }
        [behind, ahead]
    }

    /// Raises every row's level by one: doubling everywhere, for a search
    /// whose path did not reach the end (the band is cut somewhere).
    pub fn widen_all(&mut self) {
        for level in &mut self.level {
            for l in level.iter_mut() {
                *l += 1;
            }
        }
        let top = self.level.iter().flatten().copied().max().unwrap_or(0);
        self.build(top);
    }

    fn build(&mut self, level: u8) {
        while self.levels.len() <= level as usize {
            let width = self.width << self.levels.len();
            self.levels.push((self.make)(width));
        }
    }
}

/// One row of a [`Band`], copied out of the band's arrays.
#[derive(Clone, Copy, Debug, Default)]
pub struct RowView {
    lo: usize,
    hi: usize,
    start: usize,
}

impl RowView {
    /// An empty row (for rows above the grid).
    pub const EMPTY: RowView = RowView {
        lo: 1,
        hi: 0,
        start: 0,
    };

    /// The flat index of column `j` of this row, or `None` outside the band.
    #[inline]
    pub fn get(&self, j: usize) -> Option<usize> {
        (self.lo <= j && j <= self.hi).then(|| self.start + j - self.lo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_of_the_diagonal_band_has_the_whole_bands_rows() {
        let (n, m, w) = (100, 130, 4);
        let whole = Band::diagonal(n, m, w);
        let (a, b) = ((30, diagonal_at(n, m, 30)), (60, diagonal_at(n, m, 60)));
        let part = Band::diagonal_part(n, m, w, (a, b));
        assert!(part.index(0, 0).is_some() && part.index(b.0 - a.0, b.1 - a.1).is_some());
        for i in a.0..=b.0 {
            let (lo, hi) = whole.row(i);
            let clipped = (lo.max(a.1) - a.1, hi.min(b.1) - a.1);
            assert_eq!(part.row(i - a.0), clipped, "row {i}");
        }
    }

    #[test]
    fn diagonal_rows_overlap_and_reach_the_corners() {
        for (n, m) in [(10, 3), (3, 10), (0, 5), (5, 0), (7, 7)] {
            let b = Band::diagonal(n, m, 1);
            assert!(b.index(0, 0).is_some() && b.index(n, m).is_some());
            for i in 1..=n {
                let ((_, h0), (l1, _)) = (b.row(i - 1), b.row(i));
                assert!(l1 <= h0, "rows {} and {i} of {n}x{m}", i - 1);
            }
        }
    }

    #[test]
    fn linear_cell_count() {
        let cells = Band::diagonal(1000, 1000, 10).cells();
        assert!(cells > 1001 * 15 && cells <= 1001 * 22, "{cells}");
        assert!(Band::diagonal(10, 10, 100).is_full());
    }

    #[test]
    fn around_a_path_and_edge_detection() {
        let path = [(0, 0), (1, 1), (3, 2), (4, 4)];
        let b = Band::around(&path, 4, 4, 0);
        assert_eq!(b.row(2), (1, 2));
        assert!(b.touched_by(&[(0, 0), (2, 1), (4, 4)]));
        assert!(!b.touched_by(&path));
        let d = Band::diagonal(10, 10, 1);
        assert!(d.touched_by(&[(0, 0), (2, 4)]));
        assert!(!d.touched_by(&[(0, 0), (2, 3), (10, 10)]));
    }

    #[test]
    fn runs_of_omissions_widen_the_band_around_them_and_it_stays_monotone() {
        // The diagonal of a 100 x 110 grid with a run of 10 target-only
        // steps at row 50.
        let mut path: Vec<(usize, usize)> = (0..=50).map(|k| (k, k)).collect();
        path.extend((51..=60).map(|j| (50, j)));
        path.extend((51..=100).map(|k| (k, k + 10)));
        let (w, run) = (4, 10);
        let b = Band::around(&path, 100, 110, w);
        // The block may move to earlier rows (the path then runs ahead) or
        // to later ones (behind): twice the run beyond the half-width.
        assert!(b.row(46).1 >= 46 + w + 2 * run, "{:?}", b.row(46));
        assert!(b.row(54).0 + w + 2 * run <= 63, "{:?}", b.row(54));
        // Far from the run the band is the plain one.
        assert_eq!(b.row(20), (15, 25));
        assert_eq!(b.row(90), (95, 105));
        for i in 0..100 {
            let (now, next) = (b.row(i), b.row(i + 1));
            assert!(now.0 <= next.0 && now.1 <= next.1, "{i}: {now:?} {next:?}");
        }
    }

    /// A path along the diagonal of a 200 x 200 grid that leaves it at row
    /// 100 for column `j` and is back at `(back, back)`.
    fn detour(j: usize, back: usize) -> Vec<(usize, usize)> {
        let mut path: Vec<(usize, usize)> = (0..100).map(|k| (k, k)).collect();
        path.push((100, j));
        path.extend((back..=200).map(|k| (k, k)));
        path
    }

    #[test]
    fn widening_is_local_and_one_sided() {
        let make = |w| Band::diagonal(200, 200, w);
        let mut widening = Widening::new(4, make);
        let band = widening.band();
        assert_eq!(band, make(4));
        assert!(!widening.widen(&band, &detour(100, 101)));
        // Touches the last column of row 100 (105); the excursion covers
        // rows 99 to 102, the margin is the new half-width 8.
        assert!(widening.widen(&band, &detour(105, 106)));
        let (band, narrow, wide) = (widening.band(), make(4), make(8));
        for i in 0..=200 {
            let hi = match (91..=110).contains(&i) {
                true => wide.row(i).1,
                false => narrow.row(i).1,
            };
            assert_eq!(band.row(i), (narrow.row(i).0, hi), "row {i}");
        }
        // Touched again, the excursion (rows 99 to 106) and a margin of 16
        // rise one more level.
        assert!(widening.widen(&band, &detour(109, 110)));
        let band = widening.band();
        assert_eq!(band.row(100).1, make(16).row(100).1);
        assert_eq!(band.row(82).1, make(4).row(82).1);
        assert_eq!(band.row(83).1, make(16).row(83).1);
        assert_eq!(band.row(122).1, make(16).row(122).1);
        assert_eq!(band.row(123).1, make(4).row(123).1);
        assert!(band.cells() < make(8).cells());
        widening.widen_all();
        assert_eq!(widening.band().row(0), make(8).row(0));
    }

    #[test]
    fn touches_name_the_row_and_the_side() {
        let b = Band::diagonal(10, 10, 1);
        assert_eq!(
            b.touches(&[(0, 0), (2, 4), (5, 4), (10, 10)]),
            [(2, Edge::Hi), (5, Edge::Lo)]
        );
    }
}
