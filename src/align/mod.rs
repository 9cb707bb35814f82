//! Step 3: the dynamic program over beads.
//!
//! Invariant of an [`Alignment`]: beads are in order, monotone, and cover
//! `0..n_src` and `0..n_tgt` exactly once each; every bead has at least one
//! segment on some side.
//!
//! The aligner is a Gale–Church dynamic program (Gale & Church 1993) whose
//! bead cost adds lexical evidence to the length cost ([`dp`]), searched in a
//! band around the diagonal ([`band`]), run twice so that the second pass can
//! use a lexicon learned from the first ([`aligner`], after Moore 2002), and
//! applied to paragraphs before sentences in documents ([`doc`]).
//!
//! ```
//! use paralign::Lang;
//! use paralign::align::{Config, align_sentences};
//!
//! let de = ["Der Gipfel ist 8172 m hoch.", "Wir stiegen am 3. Mai auf.", "Es schneite."];
//! let fr = ["Le sommet mesure 8172 m.", "Nous sommes montés le 3 mai.", "Il neigeait."];
//! let al = align_sentences(&de, &fr, Lang::De, Lang::Fr, &Config::default());
//! assert_eq!(al.beads.len(), 3);
//! assert!(al.beads.iter().all(|b| b.shape() == (1, 1)));
//! ```

pub mod aligner;
pub mod anchor;
pub mod band;
pub mod doc;
pub mod dp;
pub mod evidence;
pub mod model;
mod resolve;
pub mod shape;
pub mod split;

use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use crate::Lang;
use crate::score::{KindWeights, LengthModel, Translations};

pub use aligner::Aligner;
pub use evidence::{BeadEvidence, BeadNumbers, Stated};
pub use shape::Shape;

/// One link of an alignment: consecutive source items matched to consecutive target items.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Bead {
    /// Source indices (empty for a 0-n bead).
    pub src: Range<usize>,
    /// Target indices (empty for an n-0 bead).
    pub tgt: Range<usize>,
    /// Confidence in [0, 1]: the posterior probability of the bead (see
    /// [`aligner::confidence`]).
    pub score: f64,
    /// What the aligner saw in the bead: length residual, lexical
    /// similarity, the numbers both sides share and those one side lacks.
    pub evidence: BeadEvidence,
}

impl Bead {
    /// The shape as (source count, target count), e.g. (2, 1).
    pub fn shape(&self) -> (usize, usize) {
        (self.src.len(), self.tgt.len())
    }

    /// The source (`0`) or target (`1`) range.
    pub fn side(&self, side: usize) -> &Range<usize> {
        match side {
            0 => &self.src,
            _ => &self.tgt,
        }
    }

    /// The shape as text, e.g. `"2-1"`.
    pub fn shape_name(&self) -> String {
        format!("{}-{}", self.src.len(), self.tgt.len())
    }
}

/// A monotone sequence of beads covering both sides.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Alignment {
    /// The beads, in order.
    pub beads: Vec<Bead>,
    /// For every source (`[0]`) and target (`[1]`) segment, the posterior
    /// probability that it has no counterpart on the other side, summed over
    /// every path of the lattice (see [`dp::posterior`]): high for a segment
    /// the best path leaves out, and also for one it merged into a
    /// neighbour's bead when leaving it out was nearly as likely. Empty when
    /// the beads were not scored.
    pub unaligned: [Vec<f32>; 2],
}

impl Alignment {
    /// True when the beads are in order and cover `0..n_src` and `0..n_tgt`
    /// exactly once, with no bead empty on both sides.
    pub fn covers(&self, n_src: usize, n_tgt: usize) -> bool {
        let (mut i, mut j) = (0, 0);
        for b in &self.beads {
            if b.src.start != i || b.tgt.start != j || (b.src.is_empty() && b.tgt.is_empty()) {
                return false;
            }
            (i, j) = (b.src.end, b.tgt.end);
        }
        (i, j) == (n_src, n_tgt)
    }

    /// Sets [`Alignment::unaligned`].
    pub fn with_unaligned(mut self, unaligned: [Vec<f32>; 2]) -> Self {
        self.unaligned = unaligned;
        self
    }

    /// The posterior that source (`side` 0) or target (`side` 1) segment `k`
    /// has no counterpart; `None` when not computed.
    pub fn unaligned(&self, side: usize, k: usize) -> Option<f32> {
        self.unaligned[side].get(k).copied()
    }
}

/// Settings of the aligner; see [`dp`] for the cost they enter.
///
/// The defaults were set on the Text+Berg German–French dev set, one value at
/// a time on a coarse grid, preferring the middle of flat regions, and checked
/// on two other views of the same data (the reverse direction fr->de, and the
/// dev set cut into four documents). Dev strict / lax F1 of the defaults is
/// 0.873 / 0.979 (fr->de 0.879 / 0.989, quarters 0.880 / 0.988; since the lexical cost is
/// charged per segment, see [`dp`], 0.875 / 0.986 and fr->de 0.881 / 0.986); changing one
/// value at a time (dev strict F1; the rows above `max_run` were measured
/// before runs of omissions were priced as blocks):
///
/// | setting          | values tried                                          |
/// |------------------|-------------------------------------------------------|
/// | `lexical_weight` | 6: 0.869, **7.5: 0.867**, 9: 0.862, 10.5: 0.851, 12: 0.839 |
/// | `length_weight`  | 0.35: 0.837, **0.5: 0.867**, 0.75: 0.840             |
/// | `smoothing`      | 0.25: 0.867, **1: 0.867**, 4: 0.868                   |
/// | `beam`           | 30: 0.854, **60: 0.867**, none: 0.866                 |
/// | `max_shape`      | 3: 0.845, **4: 0.867**                                |
/// | `max_run`        | 1: 0.865, 3: 0.869, 4: 0.873, **8: 0.873**, 16: 0.873 |
///
/// The length weight tempers the Gale–Church log-likelihood: with the
/// variance estimated from the text, length residuals of real translations
/// are heavier-tailed than the normal model assumes. `max_shape` 4 admits the
/// 2-3, 3-2, 1-4 and 4-1 beads found in the gold.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Largest number of items on one side of a bead (at least 2); the shapes
    /// used are 0-1, 1-0 and `a-b` with `a + b <= max_shape + 1`.
    pub max_shape: usize,
    /// Initial half-width of the anchor pass's band around the diagonal, in
    /// segments; doubled where the best path touches the band's edge.
    pub band: usize,
    /// Initial half-width of the refined pass's band around the first path.
    pub refine_band: usize,
    /// Cost of a bead whose sides share no evidence, per segment pair.
    pub lexical_weight: f32,
    /// Weight of the Gale–Church length cost in the log-linear bead cost.
    pub length_weight: f32,
    /// Pseudo-evidence smoothing the similarity of evidence-poor segments.
    pub smoothing: f32,
    /// Beam: DP cells costlier than their row's best (after the shift
    /// described in [`dp`]) by more than this many nats are pruned.
    pub beam: f32,
    /// Relative weights of numbers, names, cognates, punctuation, lexicon.
    pub kind_weights: KindWeights,
    /// Longest run of insertions or deletions priced as one block (see
    /// [`Shape::runs`]); 1 prices every omission on its own.
    pub max_run: usize,
    /// Learn a lexicon from the anchor pass for the refined pass (without
    /// it, the refined pass only benefits from the refitted length model).
    pub learn_lexicon: bool,
    /// Temperature `T` of the bead posteriors that are the beads' scores
    /// (see [`dp::posterior`]): path weights are `exp(-cost / T)`. Costs are
    /// negative log-probabilities only up to the tempering weights above,
    /// so `T` was fitted on dev as the value minimising the log-loss of the
    /// scores against exact correctness, checked in both directions
    /// (de->fr / fr->de log-loss: T 0.5: 0.441 / 0.372, 0.6: 0.402 / 0.343,
    /// 0.7: 0.385 / 0.334, **0.75: 0.383 / 0.334**, 0.8: 0.384 / 0.337,
    /// 1: 0.411 / 0.372; the old local share: 0.446 / 0.432). Since the
    /// lexical cost is charged per segment: T 0.5: 0.325 / 0.331, 0.6:
    /// 0.306 / 0.312, 0.65: 0.304 / 0.309, 0.7: 0.305 / 0.310, 0.75: 0.309 /
    /// 0.314, 0.9: 0.334 / 0.341, 1: 0.360 / 0.371; 0.75 is kept, 0.005
    /// from the best, since the check's thresholds on posteriors were set
    /// with it. Scores do not change the path.
    pub temperature: f32,
    /// Word translations known beforehand (dictionaries, an archive-wide
    /// lexicon), counted as lexicon evidence in both passes; learned
    /// translations are added to them in the refined pass.
    pub translations: Option<Arc<Translations>>,
    /// Cut long pairs (4,000+ sentences a side) at confident anchors and run
    /// the refined pass on the pieces in parallel ([`split`]). On by
    /// default: on the ×60 Text+Berg pair it lowers peak memory (78 to
    /// 49 MB), keeps strict F1 (0.8705 to 0.8722), and on an idle 2-core
    /// machine runs 1.3 to 1.4 times faster with two threads; the output
    /// does not depend on the number of threads (BENCHMARKS.md). The anchor
    /// pass of such a pair is cut too, into overlapping pieces along the
    /// diagonal spliced where neighbours agree ([`anchor`]).
    pub split: bool,
    /// Every language's typical length relative to the other versions of a
    /// release, measured over the archive ([`ExpectedLengths`]). A pair whose
    /// own length ratio keeps less than [`KEPT_SHARE`] of the expected one
    /// (a cut page, a lost block) is aligned with the expected ratio instead.
    pub lengths: Option<Arc<ExpectedLengths>>,
    /// How much cheaper leaving a segment out is for each unit of its
    /// orphan share: the part of its evidence weight due to numbers and
    /// names that the other text states nowhere, in digits or, for a number,
    /// in words ([`Segment::orphan`](crate::score::Segment::orphan),
    /// see [`dp`]). A translation keeps its figures and names, so a sentence
    /// whose names have no partner anywhere is likelier lost than merged
    /// into a neighbour's bead or paired with a stranger. Measured (strict
    /// F1; Text+Berg dev de→fr / fr→de with both FreeDict dictionaries and
    /// without, and cut into 11 / 5 documents without; PUD gold of
    /// `tests/align_pud5.rs`, mean of 7 pairs, without dictionaries and with
    /// every edition; `tests/lexicon.rs` prints the last three):
    ///
    /// | share   | dev, dictionaries | dev, `--no-dict` | dev in documents | PUD   | PUD, dictionaries |
    /// |---------|-------------------|------------------|------------------|-------|-------------------|
    /// | 0       | 0.8975 / 0.8975   | 0.8754 / 0.8807  | 0.8702 / 0.8673  | 0.933 | 0.955             |
    /// | 0.3     | 0.9000 / 0.9040   | 0.8758 / 0.8833  | 0.8728 / 0.8665  | 0.938 | 0.958             |
    /// | 0.4     | 0.9040 / 0.9031   | 0.8806 / 0.8855  | 0.8728 / 0.8665  | 0.939 | 0.960             |
    /// | **0.5** | 0.9066 / 0.9021   | 0.8806 / 0.8855  | 0.8754 / 0.8691  | 0.941 | 0.962             |
    /// | 0.6     | 0.9056 / 0.9047   | 0.8772 / 0.8855  | 0.8793 / 0.8681  | 0.943 | 0.962             |
    /// | 0.8     | 0.9047 / 0.9047   | 0.8772 / 0.8914  | 0.8724 / 0.8695  | 0.945 | 0.963             |
    ///
    /// A flat top from 0.4 to 0.8; 0.5 is kept near its middle. On PUD the
    /// 0-1 and 1-0 beads found exactly rise from 194 to 227 of 455. German
    /// capitalises every noun, so its capitalised words are no orphans:
    /// counted (at 0.3), PUD gained (0.941, 0.961 with dictionaries) but dev
    /// cut into documents lost (0.8625 / 0.8665), its German nouns reading
    /// as lost names. Numbers alone (0.3) give PUD 0.936. The check aligns
    /// with none ([`crate::check::ORPHAN_SHARE`]).
    pub orphan_share: f32,
}

/// Largest share of its expected length a side may keep before the
/// aligner fits its length model to the archive's ratio instead of the
/// pair's own totals. Between versions of clean PUD releases the share
/// ranges over 0.75..1.2 (one release in a hundred below 0.85); a cut page
/// keeps 0.4..0.85 of its text.
pub const KEPT_SHARE: f64 = 0.85;

/// Every language's typical length relative to the other versions of the
/// same release (the Gale & Church premise: languages keep their relative
/// lengths from one text to the next), as measured over an archive by
/// [`join::expected_lengths`](crate::join::expected_lengths).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExpectedLengths {
    /// Each language's length over the median length of its release's
    /// versions, the median over releases.
    pub relative: std::collections::BTreeMap<Lang, f64>,
}

impl ExpectedLengths {
    /// The expected ratio of `tgt`'s length to `src`'s, when both are known.
    pub fn ratio(&self, src: Lang, tgt: Lang) -> Option<f64> {
        Some(self.relative.get(&tgt)? / self.relative.get(&src)?)
    }

    /// The ratio the aligner takes for a pair of texts in languages `langs`
    /// (source, target) of `chars` characters (the same order) instead of
    /// their own: the expected one, when a side keeps less than
    /// [`KEPT_SHARE`] of its expected length by it; `None` when both keep
    /// enough or either language is unknown.
    pub fn overriding(&self, langs: (Lang, Lang), chars: (u64, u64)) -> Option<f64> {
        let ratio = self.ratio(langs.0, langs.1)?;
        let kept = Self::kept(chars.0 as f64, chars.1 as f64, ratio);
        kept.iter().any(|&k| k < KEPT_SHARE).then_some(ratio)
    }

    /// The share of its expected length that each side keeps, source first,
    /// for `src` and `tgt` characters by the expected ratio `ratio`: below 1
    /// for the side that is short.
    pub fn kept(src: f64, tgt: f64, ratio: f64) -> [f64; 2] {
        if src <= 0.0 || tgt <= 0.0 || ratio <= 0.0 {
            return [1.0, 1.0];
        }
        let version = tgt / (src * ratio);
        [1.0 / version, version]
    }
}

impl Config {
    /// The dynamic program's weights under this configuration, with the
    /// omission probabilities `skip` and `run` (see [`dp::Params`]).
    pub fn dp_params(&self, skip: [f32; 2], run: [f32; 2]) -> dp::Params {
        dp::Params {
            skip,
            run,
            lexical_weight: self.lexical_weight,
            smoothing: self.smoothing,
            length_weight: self.length_weight,
            beam: self.beam,
            orphan_share: self.orphan_share,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_shape: 4,
            band: 32,
            refine_band: 12,
            lexical_weight: 7.5,
            length_weight: 0.5,
            smoothing: 1.0,
            beam: 60.0,
            kind_weights: KindWeights::default(),
            learn_lexicon: true,
            max_run: 8,
            temperature: 0.75,
            translations: None,
            split: true,
            lengths: None,
            orphan_share: 0.5,
        }
    }
}

/// A document-level alignment: paragraphs first, then sentences inside them.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DocAlignment {
    /// Beads over paragraph indices.
    pub paragraphs: Alignment,
    /// Beads over sentence indices, numbered across the whole document.
    pub sentences: Alignment,
    /// The length model fitted to the two texts, which scored the beads.
    pub length: LengthFit,
}

/// The Gale–Church length model of one pair of texts, as fitted by the
/// aligner: target characters per source character and the variance per
/// character (see [`LengthModel`]).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct LengthFit {
    /// Expected target characters per source character.
    pub ratio: f32,
    /// Variance of the target length per source character.
    pub variance: f32,
}

impl Default for LengthFit {
    fn default() -> Self {
        LengthFit {
            ratio: 1.0,
            variance: LengthModel::GALE_CHURCH_S2,
        }
    }
}

impl LengthFit {
    /// The signed standardised residual of `src` source characters against
    /// `tgt` target ones ([`LengthModel::delta`]; lengths by
    /// [`length_of`](crate::score::length::length_of)).
    pub fn delta(&self, src: u32, tgt: u32) -> f32 {
        LengthModel::new(self.ratio, self.variance).delta(src, tgt)
    }
}

impl From<&LengthModel> for LengthFit {
    fn from(m: &LengthModel) -> Self {
        LengthFit {
            ratio: m.c,
            variance: m.s2,
        }
    }
}

/// Aligns two sequences of sentences (or of any text segments).
///
/// The search is language-neutral (Cyrillic is transliterated whichever
/// side it is on, and the length ratio is measured on the texts
/// themselves); the languages only select the pair's
/// [`Config::translations`] and serve to read the quantities that the beads
/// keep as evidence ([`BeadEvidence::numbers`]).
pub fn align_sentences(
    src: &[&str],
    tgt: &[&str],
    src_lang: Lang,
    tgt_lang: Lang,
    config: &Config,
) -> Alignment {
    let aligner = Aligner::new(config).with_langs(src_lang, tgt_lang);
    let (mut ev, model, found, unaligned) = aligner.two_pass_scored(src, tgt);
    let mut al = aligner::to_alignment(&found, (0, 0)).with_unaligned(unaligned);
    let sides = [&mut ev.src, &mut ev.tgt].map(|s| evidence::SideFacts::from_segments(s));
    evidence::attach(&mut al, [&sides[0], &sides[1]], &(&model.length).into());
    al
}

/// Aligns two documents given as paragraphs of sentences: paragraphs first,
/// then the sentences inside each aligned paragraph group (see [`doc`] for
/// when it falls back to whole-text sentence alignment). The languages
/// serve as in [`align_sentences`].
pub fn align_document(
    src: &[Vec<&str>],
    tgt: &[Vec<&str>],
    src_lang: Lang,
    tgt_lang: Lang,
    config: &Config,
) -> DocAlignment {
    let aligner = Aligner::new(config).with_langs(src_lang, tgt_lang);
    doc::align(src, tgt, &aligner)
}
