//! Gold sentence alignments from PUD: two sentence lists of one language
//! pair, with n-m beads made by merging adjacent lines on one side and 1-0 /
//! 0-1 beads by dropping a line from one side.

use paralign::Lang;
use paralign::eval::Link;

use super::{Pud, Rng};

/// One document pair and its gold beads.
#[derive(Clone, Debug)]
pub struct GoldPair {
    /// Source segments.
    pub src: Vec<String>,
    /// Target segments.
    pub tgt: Vec<String>,
    /// The gold beads over segment indices.
    pub gold: Vec<Link>,
}

/// Chunks of consecutive PUD documents of at least `min_lines` lines each
/// (the last may be shorter), as line ranges.
pub fn chunks(pud: &Pud, min_lines: usize) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for d in &pud.docs {
        match out.last_mut() {
            Some(r) if r.len() < min_lines => r.end = d.end,
            _ => out.push(d.clone()),
        }
    }
    out
}

/// Bead shapes as (source lines merged, target lines merged); 0 drops a line.
/// Mostly 1-1, as in real parallel text; merges of 2 and 3, drops.
const SHAPES: [((usize, usize), usize); 7] = [
    ((1, 1), 70),
    ((1, 2), 8),
    ((2, 1), 8),
    ((1, 3), 3),
    ((3, 1), 3),
    ((1, 0), 4),
    ((0, 1), 4),
];

/// The pair (`src`, `tgt`) over PUD `lines`: each step takes `n` lines and
/// writes them as one source segment and `n` target segments (a 1-n bead),
/// or the other way round, or drops one line from one side.
pub fn gold_pair(
    pud: &Pud,
    lines: std::ops::Range<usize>,
    src: Lang,
    tgt: Lang,
    rng: &mut Rng,
) -> GoldPair {
    let total: usize = SHAPES.iter().map(|s| s.1).sum();
    let mut out = GoldPair {
        src: Vec::new(),
        tgt: Vec::new(),
        gold: Vec::new(),
    };
    let mut k = lines.start;
    while k < lines.end {
        let mut roll = rng.range(0..total);
        let &((a, b), _) = SHAPES
            .iter()
            .find(|s| {
                let hit = roll < s.1;
                roll = roll.saturating_sub(s.1);
                hit
            })
            .unwrap();
        let n = a.max(b).min(lines.end - k);
        let take = |lang: Lang, merged: bool| -> Vec<String> {
            let texts: Vec<&str> = (k..k + n).map(|i| pud.line(lang, i)).collect();
            if merged {
                vec![texts.join(" ")]
            } else {
                texts.iter().map(|s| s.to_string()).collect()
            }
        };
        let s: Vec<String> = if a == 0 { Vec::new() } else { take(src, a < b) };
        let t: Vec<String> = if b == 0 { Vec::new() } else { take(tgt, b < a) };
        let link = Link {
            src: (out.src.len()..out.src.len() + s.len()).collect(),
            tgt: (out.tgt.len()..out.tgt.len() + t.len()).collect(),
        };
        out.src.extend(s);
        out.tgt.extend(t);
        out.gold.push(link);
        k += n;
    }
    out
}
