//! The band of DP cells searched: for every source prefix length `i`
//! (`0..=n`), an interval `lo[i]..=hi[i]` of target prefix lengths. Cells are
//! stored row after row in one flat array, so memory is linear in the number
//! of cells, i.e. in `(n + m) * width`, never `n * m`.

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
        let ratio = if n == 0 { 0.0 } else { m as f64 / n as f64 };
        let rows = (0..=n).map(|i| {
            let a = (i as f64 * ratio).floor() as usize;
            let b = if n == 0 {
                m
            } else {
                ((i + 1) as f64 * ratio).ceil() as usize
            };
            (a.saturating_sub(w), b + w)
        });
        Band::from_rows(rows, m)
    }

    /// The band of half-width `w` around a monotone path of cells from
    /// `(0, 0)` to `(n, m)`; rows the path jumps over take the columns of both
    /// ends of the jump.
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
        let rows = lo
            .into_iter()
            .zip(hi)
            .map(|(l, h)| (l.min(h).saturating_sub(w), h + w));
        Band::from_rows(rows, m)
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
        path.iter().any(|&(i, j)| {
            let (lo, hi) = self.row(i);
            (j == lo && lo > 0) || (j == hi && hi < self.cols)
        })
    }

    /// True when the band is the whole grid.
    pub fn is_full(&self) -> bool {
        self.lo.iter().all(|&l| l == 0) && self.hi.iter().all(|&h| h as usize == self.cols)
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
}
