//! Connected groups of (language, item) nodes linked by pairwise beads.
//!
//! Every pair is aligned against the same pivot, so a union-find over the nodes
//! (Tarjan 1975, with path halving) gives the multi-way groups. Monotone beads
//! make each group contiguous per language, except where a 0-n bead of one pair
//! falls strictly inside a group built through another pair; [`Graph::close_gaps`]
//! merges such nodes into the surrounding group so every group stays a range and
//! the groups, read in order, rebuild every version.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::Lang;
use crate::align::{Alignment, Bead};

/// One multi-way group: an item range per language taking part, and the weakest link.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Group {
    /// Non-empty item ranges, by language.
    pub ranges: BTreeMap<Lang, Range<usize>>,
    /// The lowest confidence of the beads linking the group (`None`: no bead).
    pub score: Option<f64>,
}

/// Union-find over the items of every language, numbered language after language.
struct Graph {
    /// Per language: first node id and number of items.
    layout: BTreeMap<Lang, (usize, usize)>,
    parent: Vec<usize>,
    /// For nodes linked only by a 0-n bead: the pivot position the bead sits at.
    anchor: Vec<Option<usize>>,
    /// The pivot's first node id and number of items.
    pivot: (usize, usize),
}

impl Graph {
    fn new(pivot: Lang, counts: &BTreeMap<Lang, usize>) -> Self {
        let mut layout = BTreeMap::new();
        let mut total = 0;
        for (&lang, &n) in counts {
            layout.insert(lang, (total, n));
            total += n;
        }
        Graph {
            pivot: layout.get(&pivot).copied().unwrap_or_default(),
            layout,
            parent: (0..total).collect(),
            anchor: vec![None; total],
        }
    }

    fn node(&self, lang: Lang, item: usize) -> usize {
        self.layout[&lang].0 + item
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the groups of `a` and `b`; true when they were apart.
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        // The smaller id stays root so the result does not depend on link order.
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        self.parent[hi] = lo;
        true
    }

    /// Links every item of `bead`; returns one of its nodes (None for a 0-0 bead).
    fn link(&mut self, pivot: Lang, lang: Lang, bead: &Bead) -> Option<usize> {
        let nodes: Vec<usize> = bead
            .src
            .clone()
            .map(|i| self.node(pivot, i))
            .chain(bead.tgt.clone().map(|j| self.node(lang, j)))
            .collect();
        if bead.src.is_empty() {
            for &n in &nodes {
                self.anchor[n] = Some(bead.src.start);
            }
        }
        for w in nodes.windows(2) {
            self.union(w[0], w[1]);
        }
        nodes.first().copied()
    }

    /// Merges every item lying inside another group's span in its language, and
    /// every 0-n bead sitting between two pivot items of one group, until no
    /// group interleaves with another.
    fn close_gaps(&mut self) {
        let layout: Vec<(usize, usize)> = self.layout.values().copied().collect();
        loop {
            let mut merged = self.absorb_anchored();
            for &(first, n) in &layout {
                merged |= self.close_gaps_in(first, n);
            }
            if !merged {
                break;
            }
        }
    }

    fn absorb_anchored(&mut self) -> bool {
        let (first, n) = self.pivot;
        let mut merged = false;
        for node in 0..self.anchor.len() {
            let Some(at) = self.anchor[node].filter(|&at| at > 0 && at < n) else {
                continue;
            };
            if self.find(first + at - 1) == self.find(first + at) {
                merged |= self.union(node, first + at);
            }
        }
        merged
    }

    fn close_gaps_in(&mut self, first: usize, n: usize) -> bool {
        let mut last = BTreeMap::new();
        for i in 0..n {
            let root = self.find(first + i);
            last.insert(root, i);
        }
        let (mut merged, mut reach) = (false, 0);
        for i in 0..n {
            let root = self.find(first + i);
            if i > 0 && i <= reach {
                merged |= self.union(first + i - 1, first + i);
            }
            reach = reach.max(last[&root]);
        }
        merged
    }
}

/// Joins the pairwise alignments (pivot -> each language in `pairs`) over the
/// item counts in `counts` into groups, ordered by pivot position; groups without
/// a pivot item (0-n beads) come where their bead sits.
///
/// The alignments must be valid (see [`check`]).
pub(crate) fn groups(
    pivot: Lang,
    counts: &BTreeMap<Lang, usize>,
    pairs: &BTreeMap<Lang, &Alignment>,
) -> Vec<Group> {
    let mut graph = Graph::new(pivot, counts);
    let mut linked: Vec<(usize, f64)> = Vec::new();
    for (&lang, al) in pairs {
        for bead in &al.beads {
            if let Some(node) = graph.link(pivot, lang, bead) {
                linked.push((node, bead.score));
            }
        }
    }
    graph.close_gaps();
    collect(&mut graph, pivot, &linked)
}

/// Sorts groups: pivot position, then 0-n groups before the pivot group at that position.
type OrderKey = (usize, u8, Lang, usize);

fn collect(graph: &mut Graph, pivot: Lang, linked: &[(usize, f64)]) -> Vec<Group> {
    let mut by_root: BTreeMap<usize, (Group, OrderKey)> = BTreeMap::new();
    let layout: Vec<(Lang, usize, usize)> =
        graph.layout.iter().map(|(&l, &(f, n))| (l, f, n)).collect();
    for (lang, first, n) in layout {
        for i in 0..n {
            let root = graph.find(first + i);
            let key = match graph.anchor[first + i] {
                _ if lang == pivot => (i, 1, lang, 0),
                Some(at) => (at, 0, lang, i),
                None => (usize::MAX, 0, lang, i),
            };
            let (group, best) = by_root.entry(root).or_insert_with(|| {
                let group = Group {
                    ranges: BTreeMap::new(),
                    score: None,
                };
                (group, key)
            });
            *best = (*best).min(key);
            let range = group.ranges.entry(lang).or_insert(i..i);
            range.end = i + 1;
        }
    }
    for &(node, score) in linked {
        let root = graph.find(node);
        let group = &mut by_root.get_mut(&root).expect("linked node has a group").0;
        group.score = Some(group.score.map_or(score, |s| s.min(score)));
    }
    let mut groups: Vec<_> = by_root.into_values().collect();
    groups.sort_by_key(|(_, key)| *key);
    groups.into_iter().map(|(g, _)| g).collect()
}

/// Checks that `al` is monotone and covers `0..n_src` and `0..n_tgt` exactly once.
pub(crate) fn check(al: &Alignment, n_src: usize, n_tgt: usize) -> Result<(), String> {
    let (mut s, mut t) = (0, 0);
    for (k, bead) in al.beads.iter().enumerate() {
        if bead.src.start != s || bead.tgt.start != t || bead.src.end < s || bead.tgt.end < t {
            return Err(format!(
                "bead {k} ({:?} -> {:?}) does not continue at ({s}, {t})",
                bead.src, bead.tgt
            ));
        }
        (s, t) = (bead.src.end, bead.tgt.end);
    }
    if (s, t) != (n_src, n_tgt) {
        return Err(format!(
            "beads cover {s} of {n_src} source and {t} of {n_tgt} target items"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bead(src: Range<usize>, tgt: Range<usize>, score: f64) -> Bead {
        Bead {
            src,
            tgt,
            score,
            ..Default::default()
        }
    }

    fn ranges(groups: &[Group], lang: Lang) -> Vec<Option<Range<usize>>> {
        groups
            .iter()
            .map(|g| g.ranges.get(&lang).cloned())
            .collect()
    }

    #[test]
    fn chains_pairs_through_the_pivot() {
        let counts = BTreeMap::from([(Lang::De, 2), (Lang::En, 3), (Lang::Fr, 1)]);
        let en = Alignment {
            beads: vec![bead(0..1, 0..2, 0.9), bead(1..2, 2..3, 0.8)],
            ..Default::default()
        };
        let fr = Alignment {
            beads: vec![bead(0..2, 0..1, 0.5)],
            ..Default::default()
        };
        let pairs = BTreeMap::from([(Lang::En, &en), (Lang::Fr, &fr)]);
        let groups = groups(Lang::De, &counts, &pairs);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].ranges[&Lang::En], 0..3);
        assert_eq!(groups[0].score, Some(0.5));
    }

    #[test]
    fn zero_n_bead_inside_a_group_is_absorbed() {
        // en 1 sits between en 0 and en 2, which fr joins into one group.
        let counts = BTreeMap::from([(Lang::De, 2), (Lang::En, 3), (Lang::Fr, 1)]);
        let en = Alignment {
            beads: vec![
                bead(0..1, 0..1, 0.9),
                bead(1..1, 1..2, 0.3),
                bead(1..2, 2..3, 0.9),
            ],
            ..Default::default()
        };
        let fr = Alignment {
            beads: vec![bead(0..2, 0..1, 0.7)],
            ..Default::default()
        };
        let pairs = BTreeMap::from([(Lang::En, &en), (Lang::Fr, &fr)]);
        let groups = groups(Lang::De, &counts, &pairs);
        assert_eq!(ranges(&groups, Lang::En), vec![Some(0..3)]);
        assert_eq!(
            groups[0].score,
            Some(0.3),
            "the absorbed bead is a weak link"
        );
    }

    #[test]
    fn zero_n_group_comes_where_its_bead_sits() {
        let counts = BTreeMap::from([(Lang::De, 2), (Lang::En, 3)]);
        let en = Alignment {
            beads: vec![
                bead(0..1, 0..1, 0.9),
                bead(1..1, 1..2, 0.2),
                bead(1..2, 2..3, 0.9),
            ],
            ..Default::default()
        };
        let groups = groups(Lang::De, &counts, &BTreeMap::from([(Lang::En, &en)]));
        assert_eq!(
            ranges(&groups, Lang::En),
            vec![Some(0..1), Some(1..2), Some(2..3)]
        );
        assert_eq!(
            ranges(&groups, Lang::De),
            vec![Some(0..1), None, Some(1..2)]
        );
        assert_eq!(groups[1].score, Some(0.2));
    }

    #[test]
    fn zero_n_bead_between_pivots_of_one_group_is_absorbed() {
        // de 0 and de 1 form one group through a 2-0 bead with en; es 0 sits between them.
        let counts = BTreeMap::from([(Lang::De, 2), (Lang::En, 0), (Lang::Es, 2)]);
        let en = Alignment {
            beads: vec![bead(0..2, 0..0, 0.5)],
            ..Default::default()
        };
        let es = Alignment {
            beads: vec![
                bead(0..1, 0..0, 0.9),
                bead(1..1, 0..1, 0.9),
                bead(1..2, 1..2, 0.9),
            ],
            ..Default::default()
        };
        let pairs = BTreeMap::from([(Lang::En, &en), (Lang::Es, &es)]);
        let groups = groups(Lang::De, &counts, &pairs);
        assert_eq!(ranges(&groups, Lang::Es), vec![Some(0..2)]);
    }

    #[test]
    fn pivot_alone_gives_one_group_per_item_without_score() {
        let counts = BTreeMap::from([(Lang::Ru, 2)]);
        let groups = groups(Lang::Ru, &counts, &BTreeMap::new());
        assert_eq!(ranges(&groups, Lang::Ru), vec![Some(0..1), Some(1..2)]);
        assert!(groups.iter().all(|g| g.score.is_none()));
    }

    #[test]
    fn check_rejects_gaps_overlaps_and_short_cover() {
        let ok = Alignment {
            beads: vec![bead(0..1, 0..0, 1.0), bead(1..2, 0..2, 1.0)],
            ..Default::default()
        };
        assert!(check(&ok, 2, 2).is_ok());
        let gap = Alignment {
            beads: vec![bead(0..1, 0..1, 1.0), bead(2..3, 1..2, 1.0)],
            ..Default::default()
        };
        assert!(check(&gap, 3, 2).unwrap_err().contains("bead 1"));
        assert!(check(&ok, 3, 2).unwrap_err().contains("2 of 3 source"));
    }
}
