//! The two-pass sentence aligner (the plan of Moore 2002 and of hunalign's
//! realign, Varga et al. 2005):
//!
//! 1. an anchor pass over a band around the straight diagonal, with the
//!    length model fitted to the total length ratio, surface evidence only
//!    (numbers, names, cognates, punctuation) and only the shapes 1-1, 1-2,
//!    2-1, 0-1 and 1-0 (cheaper, and enough to place the path: on Text+Berg
//!    dev the final result is even slightly better than with all shapes,
//!    0.858 against 0.853 strict F1); a long pair's in overlapping pieces
//!    on every core ([`anchor`]);
//! 2. the length variance is re-estimated and a lexicon learned from the
//!    confident 1-1 beads of that pass, and the rates of 0-1 and 1-0 beads
//!    and of their runs from all its beads ([`Model`]);
//! 3. a refined pass with every shape, and runs of omissions priced as
//!    blocks ([`Shape::runs`]), over a narrow band around the first path,
//!    with the lexicon.
//!
//! Each pass widens its band where the best path runs along the band's edge
//! (doubling it there, [`Widening`]), up to a memory cap linear in the input
//! ([`Aligner::solve_in`]),
//! so the work stays linear for texts that are translations of each other
//! (their alignment stays near some diagonal), and the search is exact within
//! the band except for beam pruning (see [`dp`](super::dp)).

use super::anchor;
use super::band::{Band, Corners, Widening};
use super::dp::{Found, Problem, Search, boundaries};
use super::model::{Model, anchor_skip, confident_pairs, run_rates, skip_rates};
use super::shape::Shape;
use super::split;
use super::{Alignment, Bead, Config};
use crate::Lang;
use crate::score::{Evidence, LengthModel, Lexicon, Segment, Weights};

/// Everything the passes share for one pair of texts.
pub struct Aligner<'c> {
    config: &'c Config,
    shapes: Vec<Shape>,
    anchor_shapes: Vec<Shape>,
    langs: Option<(Lang, Lang)>,
}

impl<'c> Aligner<'c> {
    /// An aligner with `config`.
    pub fn new(config: &'c Config) -> Self {
        Aligner {
            config,
            shapes: with_runs(Shape::all(config.max_shape), config.max_run),
            anchor_shapes: Shape::all(2),
            langs: None,
        }
    }

    /// The settings this aligner runs with.
    pub(super) fn config(&self) -> &Config {
        self.config
    }

    /// The shapes of the refined pass, runs of omissions included.
    pub(super) fn shapes(&self) -> &[Shape] {
        &self.shapes
    }

    /// This aligner for texts in `src` and `tgt`, which selects the pair's
    /// [`Config::translations`](super::Config::translations).
    pub fn with_langs(mut self, src: Lang, tgt: Lang) -> Self {
        self.langs = Some((src, tgt));
        self
    }

    /// The translations known beforehand for this pair, over `ev`'s words.
    fn prior(&self, ev: &Evidence) -> Option<Lexicon> {
        let (src, tgt) = self.langs?;
        self.config
            .translations
            .as_ref()?
            .resolve(src, tgt, &ev.vocab)
    }

    /// Runs the DP in the band `band(width)`, widening it where the best
    /// path touches its edge ([`Widening`]: the rows near the touching
    /// cells take the rows of `band(2 * width)`, then `band(4 * width)`, …)
    /// until the path stays clear of the edges or the band reaches the
    /// memory cap (whole grid up to 2000 x 2000 segments, else 256 cells
    /// per segment). With `scored`, the beads of the final band carry their
    /// posteriors at [`Config::temperature`].
    pub fn solve_in(
        &self,
        problem: &Problem,
        width: usize,
        band: impl Fn(usize) -> Band,
        scored: bool,
    ) -> Vec<Found> {
        self.solve_scored(problem, width, band, scored).0
    }

    /// Like [`Aligner::solve_in`]; with `scored`, also the posterior that
    /// each source and target segment has no counterpart
    /// ([`Alignment::unaligned`]).
    pub fn solve_scored(
        &self,
        problem: &Problem,
        width: usize,
        band: impl Fn(usize) -> Band,
        scored: bool,
    ) -> (Vec<Found>, [Vec<f32>; 2]) {
        let (band, search) = self.search_widening(problem, width, band, scored);
        problem.scored_beads(&band, search)
    }

    /// The search of [`Aligner::solve_scored`] and the band it ended in.
    ///
    /// After each widening, the stretch of the path around the rows that
    /// grew is searched again first, alone, in the widened band
    /// (`stays_in`). When the path through them stays the same (usually
    /// a run of omissions that happens to end on the edge), the search so
    /// far is kept, posteriors included (they sum over the narrower band,
    /// as they do wherever a path never touched its edge): a better path
    /// through the new cells would have to leave the old one before that
    /// stretch and join it after. Otherwise the whole widened band is
    /// searched again.
    pub fn search_widening(
        &self,
        problem: &Problem,
        width: usize,
        band: impl Fn(usize) -> Band,
        scored: bool,
    ) -> (Band, Search) {
        let (n, m) = problem.size();
        let mut widening = Widening::new(width.max(1), band);
        loop {
            let band = widening.band();
            let temperature = scored.then_some(self.config.temperature);
            let search = problem.search(&band, temperature);
            let path = search.boundaries();
            if band.is_full() || band.cells() > max_cells(n, m) {
                return (band, search);
            }
            if path.last() != Some(&(n, m)) {
                widening.widen_all();
            } else if !widening.widen(&band, &path)
                || stays_in(problem, &band, &widening.band(), &path)
            {
                return (band, search);
            }
        }
    }

    /// The lexical similarity of every source text with every target text
    /// (rows by source), as a 1-1 bead of the two would have it
    /// ([`Problem::similarity`]): the surface evidence (numbers, names,
    /// cognates, punctuation) and the translations known beforehand
    /// ([`Config::translations`]), without a lexicon learned from the two
    /// texts. For texts the alignment left without counterpart: whether
    /// one is the other's translation, placed elsewhere.
    pub fn similarities(&self, src: &[&str], tgt: &[&str]) -> Vec<Vec<f32>> {
        let (ev, _) = self.evidence(src, tgt);
        let length = LengthModel::from_totals(total_chars(&ev.src), total_chars(&ev.tgt));
        let params = self.config.dp_params(anchor_skip(), anchor_skip());
        let problem = Problem::new(
            (&ev.src, &ev.tgt),
            &ev.weights,
            &length,
            &self.shapes,
            params,
        );
        (0..src.len())
            .map(|i| (0..tgt.len()).map(|j| problem.similarity(i, j)).collect())
            .collect()
    }

    /// The surface evidence of `src` and `tgt` in this aligner's languages,
    /// with the translations known beforehand added (and returned, for the
    /// lexicon learned later to merge).
    pub(super) fn evidence(&self, src: &[&str], tgt: &[&str]) -> (Evidence, Option<Lexicon>) {
        let langs = self.langs.map_or([Lang::De; 2], |(s, t)| [s, t]);
        let mut ev = Evidence::in_langs(src, tgt, langs, &self.config.kind_weights);
        let prior = self.prior(&ev);
        if let Some(known) = &prior {
            ev.add_lexicon(known);
        }
        (ev, prior)
    }

    /// The anchor pass, then refit, learn, and the refined pass. Returns the
    /// evidence (now with lexicon keys), the fitted model and the beads.
    pub fn two_pass(&self, src: &[&str], tgt: &[&str]) -> (Evidence, Model, Vec<Found>) {
        let (ev, model, found, _) = self.two_pass_scored(src, tgt);
        (ev, model, found)
    }

    /// Like [`Aligner::two_pass`], and the posterior that each source and
    /// target segment has no counterpart ([`Alignment::unaligned`]).
    pub fn two_pass_scored(
        &self,
        src: &[&str],
        tgt: &[&str],
    ) -> (Evidence, Model, Vec<Found>, [Vec<f32>; 2]) {
        let (mut ev, prior) = self.evidence(src, tgt);
        let (length, kept) = self.length_model(total_chars(&ev.src), total_chars(&ev.tgt));
        let (n, m) = (src.len(), tgt.len());
        let first = self.anchor_pass(&ev, &length);
        let anchors = confident_pairs(&first);
        let lengths: Vec<(u32, u32)> = anchors
            .iter()
            .map(|&(i, j)| (ev.src[i].chars, ev.tgt[j].chars))
            .collect();
        let mut model = Model {
            length: length.refit(&lengths),
            skip: skip_rates(&first, self.config.max_run > 1),
            run: run_rates(&first),
        };
        if let Some(kept) = kept {
            model.expect_loss(kept, (n, m));
        }
        if self.config.learn_lexicon {
            let mut lexicon = Lexicon::learn(&ev.src, &ev.tgt, &anchors);
            if let Some(known) = &prior {
                lexicon.merge(known);
            }
            ev.add_lexicon(&lexicon);
        }
        let path = boundaries(&first);
        let cuts = match self.config.split {
            true => split::cuts(&first, &anchors, n, m),
            false => Vec::new(),
        };
        let (second, unaligned) = split::refine(n, m, &cuts, &path, |a, b, path| {
            self.refine_piece(&ev, &model, (a, b), path)
        });
        (ev, model, second, unaligned)
    }

    /// The length model of a pair of `src` and `tgt` characters: fitted to
    /// their totals ([`LengthModel::from_totals`]), unless the archive's
    /// expected ratio for the two languages ([`Config::lengths`]) says
    /// that a side keeps less than [`KEPT_SHARE`](super::KEPT_SHARE) of its
    /// length ([`ExpectedLengths::overriding`](super::ExpectedLengths::overriding)). Then the
    /// totals' ratio is off by what was lost, and the length cost would
    /// spread the short side over the whole long one; the expected ratio
    /// pairs the kept text and leaves the rest out. With the expected
    /// ratio, also the share of its expected length each side keeps
    /// ([`ExpectedLengths::kept`](super::ExpectedLengths::kept)).
    fn length_model(&self, src: u64, tgt: u64) -> (LengthModel, Option<[f64; 2]>) {
        let fitted = LengthModel::from_totals(src, tgt);
        let lengths = self.config.lengths.as_ref();
        match self.langs.and_then(|l| lengths?.overriding(l, (src, tgt))) {
            Some(ratio) => {
                let kept = super::ExpectedLengths::kept(src as f64, tgt as f64, ratio);
                (LengthModel::new(ratio as f32, fitted.s2), Some(kept))
            }
            None => (fitted, None),
        }
    }

    /// The anchor pass over the whole pair, with `length` fitted to its
    /// totals: cut into pieces searched in parallel ([`anchor`]) when
    /// [`Config::split`] is on, else (or when the pieces cannot be joined)
    /// one search.
    fn anchor_pass(&self, ev: &Evidence, length: &LengthModel) -> Vec<Found> {
        let (n, m) = (ev.src.len(), ev.tgt.len());
        let params = self.config.dp_params(anchor_skip(), anchor_skip());
        let search = |(a, b): Corners| {
            let sides = (&ev.src[a.0..b.0], &ev.tgt[a.1..b.1]);
            let shapes = &self.anchor_shapes;
            let problem = Problem::new(sides, &ev.weights, length, shapes, params);
            let band = |w| Band::diagonal_part(n, m, w, (a, b));
            self.solve_in(&problem, self.config.band, band, false)
        };
        let cut = match self.config.split {
            true => anchor::solve(n, m, search),
            false => None,
        };
        cut.unwrap_or_else(|| search(((0, 0), (n, m))))
    }

    /// The refined pass over the piece from `a` to `b` of the pair (the whole
    /// pair when it is not cut, see [`split`]), around the anchor `path`
    /// given in piece indices; beads in piece indices.
    fn refine_piece(
        &self,
        ev: &Evidence,
        model: &Model,
        (a, b): ((usize, usize), (usize, usize)),
        path: &[(usize, usize)],
    ) -> split::Solved {
        let (src, tgt) = (&ev.src[a.0..b.0], &ev.tgt[a.1..b.1]);
        let problem = self.problem(src, tgt, &ev.weights, model);
        let (n, m) = (src.len(), tgt.len());
        self.solve_scored(
            &problem,
            self.config.refine_band,
            |w| Band::around(path, n, m, w),
            true,
        )
    }

    /// A DP problem over `src` and `tgt` with this aligner's shapes and weights.
    pub fn problem<'a>(
        &'a self,
        src: &'a [Segment],
        tgt: &'a [Segment],
        weights: &'a Weights,
        model: &'a Model,
    ) -> Problem<'a> {
        let params = self.config.dp_params(model.skip, model.run);
        Problem::new((src, tgt), weights, &model.length, &self.shapes, params)
    }
}

/// The summed length of `segments`, in the length model's characters.
fn total_chars(segments: &[Segment]) -> u64 {
    segments.iter().map(|s| u64::from(s.chars)).sum()
}

fn with_runs(mut shapes: Vec<Shape>, max_run: usize) -> Vec<Shape> {
    shapes.extend(Shape::runs(max_run));
    shapes
}

/// True when `path`, the best path of `problem` in `band`, is also the best
/// path through each stretch of rows where `wider` (`band` widened) grew:
/// the stretch of the path from its last bead boundary above those rows to
/// its first below them is searched again in `wider` alone, and comes out
/// the same and clear of the edges.
fn stays_in(problem: &Problem, band: &Band, wider: &Band, path: &[(usize, usize)]) -> bool {
    wider.differences(band).into_iter().all(|(first, last)| {
        let start = path.iter().rposition(|p| p.0 < first).unwrap_or(0);
        let end = path
            .iter()
            .position(|p| p.0 > last)
            .unwrap_or(path.len() - 1);
        let (a, b) = (path[start], path[end]);
        let part = wider.part((a, b));
        let again = problem.part((a, b)).search(&part, None).boundaries();
        let shifted: Vec<_> = again.iter().map(|&(i, j)| (i + a.0, j + a.1)).collect();
        !part.touched_by(&again) && runs_joined(&shifted).eq(runs_joined(&path[start..=end]))
    })
}

/// The cells of `path` without the inner ends of consecutive omissions on
/// one side: a run of omissions longer than the longest run shape is cut
/// into pieces wherever rounding puts the cut, and the cut is no difference.
fn runs_joined(path: &[(usize, usize)]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let inner = |k: usize| {
        let (p, c, n) = (path[k - 1], path[k], path[k + 1]);
        (p.0 == c.0 && c.0 == n.0) || (p.1 == c.1 && c.1 == n.1)
    };
    let last = path.len().saturating_sub(1);
    (0..path.len())
        .filter(move |&k| k == 0 || k == last || !inner(k))
        .map(move |k| path[k])
}

/// The largest band the widening may reach: the whole grid for inputs up to
/// 2000 x 2000, else 256 cells per segment (about 2.3 kB per segment with
/// the DP's 9 bytes per cell), which keeps memory linear in the input. A path
/// still cut off at that width (texts that do not correspond) is returned
/// as found: complete and valid, with the cut-off parts as 0-1/1-0 beads.
fn max_cells(n: usize, m: usize) -> usize {
    (4_000_000).max(256 * (n + m + 1))
}

/// Confidence of a bead in [0, 1]: its posterior probability (see
/// [`posterior`](super::dp::posterior)), 0 when it was not computed.
pub fn confidence(found: &Found) -> f64 {
    found.posterior.map_or(0.0, f64::from).clamp(0.0, 1.0)
}

/// Converts found beads to the public [`Alignment`], shifting indices by
/// `offset` (source, target).
pub fn to_alignment(found: &[Found], offset: (usize, usize)) -> Alignment {
    let beads = found
        .iter()
        .map(|f| Bead {
            src: f.src.start + offset.0..f.src.end + offset.0,
            tgt: f.tgt.start + offset.1..f.tgt.end + offset.1,
            score: confidence(f),
            evidence: super::BeadEvidence {
                similarity: f.sim,
                ..Default::default()
            },
        })
        .collect();
    Alignment {
        beads,
        unaligned: [Vec::new(), Vec::new()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::ExpectedLengths;
    use std::sync::Arc;

    #[test]
    fn the_band_widens_until_the_path_fits() {
        let src: Vec<String> = (0..20)
            .map(|k| format!("Satz {k} über Gipfel {}", 1000 + k))
            .collect();
        let mut tgt: Vec<String> = (0..30)
            .map(|k| format!("Légende photo {}", 5000 + k))
            .collect();
        tgt.extend(src.iter().cloned());
        let (s, t): (Vec<&str>, Vec<&str>) = (
            src.iter().map(String::as_str).collect(),
            tgt.iter().map(String::as_str).collect(),
        );
        let config = Config {
            band: 2,
            refine_band: 1,
            // Runs of omissions let the refined pass settle inside its
            // narrow band here; this test is about widening, so they are off.
            max_run: 1,
            ..Config::default()
        };
        let (_, _, beads) = Aligner::new(&config).two_pass(&s, &t);
        let ones: Vec<(usize, usize)> = beads
            .iter()
            .filter(|b| b.shape == Shape { src: 1, tgt: 1 })
            .map(|b| (b.src.start, b.tgt.start))
            .collect();
        // The path runs 30 columns off the diagonal, far outside the initial
        // band of 2: only widening can find the translations.
        let right = (0..20).filter(|k| ones.contains(&(*k, k + 30))).count();
        assert!(right >= 18, "{ones:?}");
    }

    #[test]
    fn a_block_of_captions_is_skipped_as_a_run() {
        let src: Vec<String> = (0..12)
            .map(|k| format!("Am {k}. Tag stiegen Weber und Rossi auf {} m.", 3000 + k))
            .collect();
        let mut tgt: Vec<String> = src[..4].to_vec();
        tgt.extend((0..10).map(|k| format!("Photo {} - Archiv", 70 + k)));
        tgt.extend(src[4..].iter().cloned());
        let (s, t): (Vec<&str>, Vec<&str>) = (
            src.iter().map(String::as_str).collect(),
            tgt.iter().map(String::as_str).collect(),
        );
        let (_, _, beads) = Aligner::new(&Config::default()).two_pass(&s, &t);
        let skipped: Vec<usize> = beads
            .iter()
            .filter(|b| b.src.is_empty())
            .map(|b| b.tgt.start)
            .collect();
        // Every sentence finds its copy, and the block's inside is skipped;
        // a caption next to a sentence may still join it (a 1-2 bead costs
        // about as much as a 1-1 and an omission when the caption carries
        // little evidence).
        let pairs = beads.iter().filter(|b| !b.src.is_empty());
        let own = |b: &Found| {
            b.src
                .clone()
                .all(|k| b.tgt.contains(&(k + 10 * usize::from(k >= 4))))
        };
        assert!(pairs.clone().all(own), "{beads:?}");
        assert!((5..13).all(|k| skipped.contains(&k)), "{skipped:?}");
    }

    #[test]
    fn memory_cap_grows_linearly() {
        assert_eq!(max_cells(10, 10), 4_000_000);
        assert_eq!(max_cells(100_000, 100_000), 256 * 200_001);
    }

    const DE: [&str; 18] = [
        "Die Regierung hat heute ihren Bericht über die Lage der Landwirtschaft vorgelegt.",
        "Die Ernte fiel schwächer aus als erwartet.",
        "Vor allem im Süden des Landes fehlte im Sommer der Regen, und viele Felder blieben trocken.",
        "Die Preise für Getreide sind deshalb gestiegen.",
        "Der Minister kündigte Hilfen für die betroffenen Betriebe an, die noch vor dem Winter ausgezahlt werden sollen.",
        "Die Opposition hält die Hilfen für zu gering.",
        "Sie fordert eine Debatte im Parlament.",
        "Die Bauernverbände begrüßten den Bericht, verlangten aber langfristige Lösungen für den Umgang mit Dürre.",
        "Ein neues Gesetz soll im Frühjahr folgen.",
        "Die Verbraucher müssen sich auf höhere Preise für Brot einstellen.",
        "Auch die Milchbauern klagen über steigende Kosten für Futter und Energie.",
        "Viele kleine Höfe geben auf.",
        "Die Zahl der Betriebe sinkt seit Jahren, während die übrigen immer größer werden.",
        "Junge Menschen finden kaum noch den Weg in die Landwirtschaft.",
        "Der Bericht schlägt deshalb vor, die Ausbildung zu stärken und Gründer besonders zu fördern.",
        "Umweltverbände kritisieren, dass der Bericht den Schutz der Böden zu wenig beachte.",
        "Das Ministerium will im Herbst eine eigene Studie dazu vorlegen.",
        "Bis dahin gelten die bisherigen Regeln weiter.",
    ];
    const FR: [&str; 6] = [
        "Le gouvernement a présenté aujourd'hui son rapport sur la situation de l'agriculture.",
        "La récolte a été plus faible que prévu.",
        "Dans le sud du pays surtout, la pluie a manqué en été et de nombreux champs sont restés secs.",
        "Les prix des céréales ont donc augmenté.",
        "Le ministre a annoncé des aides pour les exploitations touchées, qui seront versées avant l'hiver.",
        "L'opposition juge ces aides insuffisantes.",
    ];

    fn cut_page_beads(lengths: Option<ExpectedLengths>) -> Vec<(usize, usize)> {
        // Without orphan evidence, which alone finds this cut (the lost
        // sentences' capitalised nouns occur nowhere in the French).
        let config = Config {
            lengths: lengths.map(Arc::new),
            orphan_share: 0.0,
            ..Config::default()
        };
        let aligner = Aligner::new(&config).with_langs(Lang::De, Lang::Fr);
        let (_, _, found) = aligner.two_pass(&DE, &FR);
        found.iter().map(|b| (b.src.len(), b.tgt.len())).collect()
    }

    /// A target that keeps half its expected length over 12 source
    /// sentences lost about six: its runs of omissions go on at 5/6; a
    /// short source's omissions (0-1) likewise; the learned rate stays
    /// where it is higher, and the rates of opening a run are untouched.
    #[test]
    fn a_known_loss_makes_runs_of_omissions_go_on() {
        let model = |run: [f32; 2]| Model {
            length: LengthModel::from_totals(100, 100),
            skip: [0.01, 0.02],
            run,
        };
        let mut m = model([0.1, 0.1]);
        m.expect_loss([2.0, 0.5], (12, 6));
        assert!((m.run[1] - 5.0 / 6.0).abs() < 1e-6 && m.run[0] == 0.1);
        assert_eq!(m.skip, [0.01, 0.02]);
        let mut m = model([0.1, 0.1]);
        m.expect_loss([0.5, 2.0], (6, 12));
        assert!((m.run[0] - 5.0 / 6.0).abs() < 1e-6 && m.run[1] == 0.1);
        let mut m = model([0.1, 0.9]);
        m.expect_loss([2.0, 0.5], (12, 6));
        assert_eq!(m.run[1], 0.9);
    }

    /// A page cut after six of eighteen sentences: with the ratio of the pair's
    /// totals the kept text is spread over the whole pivot; with the
    /// archive's expected lengths the six are paired one to one and the
    /// rest left out.
    #[test]
    fn a_cut_page_is_aligned_with_the_expected_ratio() {
        let expected = ExpectedLengths {
            relative: [(Lang::De, 1.0), (Lang::Fr, 1.05)].into(),
        };
        let mut want = vec![(1, 1); 6];
        want.extend([(1, 0); 12]);
        assert_eq!(cut_page_beads(Some(expected)), want);
        assert_ne!(cut_page_beads(None), want);
    }
}
