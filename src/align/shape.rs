//! Bead shapes and their prior probabilities.
//!
//! A shape is a pair of counts rather than a closed enum because the largest
//! shape is configurable ([`Config::max_shape`](super::Config::max_shape)).
//! The shapes allowed are 0-1, 1-0 and every `a-b` with `a, b >= 1` and
//! `a + b <= max_shape + 1`: for `max_shape` 3 that is exactly 1-1, 1-2, 2-1,
//! 2-2, 1-3 and 3-1, the shapes that make up 98% of the Text+Berg gold; the
//! default 4 adds 2-3, 3-2, 1-4 and 4-1.

/// A bead shape: how many source and target segments a bead joins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shape {
    /// Source segments.
    pub src: u8,
    /// Target segments.
    pub tgt: u8,
}

impl Shape {
    /// The shapes allowed for `max_shape` (clamped to 2..=6): 1-1 first, as
    /// the likeliest bead sets the bound that lets the DP skip the others,
    /// then insertions and deletions, then by size.
    pub fn all(max_shape: usize) -> Vec<Shape> {
        let max = max_shape.clamp(2, 6) as u8;
        let mut shapes = vec![
            Shape { src: 1, tgt: 1 },
            Shape { src: 0, tgt: 1 },
            Shape { src: 1, tgt: 0 },
        ];
        for size in 3..=max + 1 {
            for src in 1..size {
                shapes.push(Shape {
                    src,
                    tgt: size - src,
                });
            }
        }
        shapes
    }

    /// `-ln P(shape)`. The probabilities are the bead-shape frequencies of
    /// manually aligned German–French Text+Berg data (the evaluation README),
    /// made symmetric because which side is "source" is arbitrary: 1-1 0.69,
    /// 1-2 and 2-1 0.085, 0-1 and 1-0 0.037, 2-2 0.021, 1-3 and 3-1 0.013,
    /// anything wider 0.002. They play the role of Gale & Church's (1993)
    /// priors, which came from the Hansards (1-1 0.89) and underrate merges in
    /// literary translation.
    pub fn prior(self) -> f32 {
        let p: f32 = match (self.src.min(self.tgt), self.src.max(self.tgt)) {
            (1, 1) => 0.69,
            (1, 2) => 0.085,
            (0, 1) => 0.037,
            (2, 2) => 0.021,
            (1, 3) => 0.013,
            _ => 0.002,
        };
        -p.ln()
    }

    /// The runs of insertions 0-k and deletions k-0 for `2 <= k <= max_run`:
    /// one bead for a block of unmatched segments (a run of photo captions,
    /// a footnote block), priced like an affine gap (Gotoh 1982) by
    /// [`Params::run`](super::dp::Params::run) so that a long block is not
    /// charged as many independent omissions.
    pub fn runs(max_run: usize) -> Vec<Shape> {
        let max = max_run.clamp(1, 32) as u8;
        (2..=max)
            .flat_map(|k| [Shape { src: 0, tgt: k }, Shape { src: k, tgt: 0 }])
            .collect()
    }

    /// True for 0-1 and 1-0.
    pub fn is_skip(self) -> bool {
        self.src == 0 || self.tgt == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_shapes_are_the_issue_list() {
        let names: Vec<String> = Shape::all(3)
            .iter()
            .map(|s| format!("{}-{}", s.src, s.tgt))
            .collect();
        assert_eq!(
            names,
            ["1-1", "0-1", "1-0", "1-2", "2-1", "1-3", "2-2", "3-1"]
        );
        assert_eq!(Shape::all(2).len(), 5);
    }

    #[test]
    fn one_to_one_is_cheapest() {
        let one = Shape { src: 1, tgt: 1 }.prior();
        assert!(Shape::all(4).iter().all(|s| s.prior() >= one));
    }
}
