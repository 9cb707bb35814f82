//! Local band widening against doubling everywhere: on pairs with an
//! untranslated block, the band widened only where the path touches its edge
//! finds the beads the band doubled over the whole pair finds, whenever the
//! doubled band's path lies inside the locally widened band (which it then
//! must, being optimal in a superset), in fewer cells.

use paralign::align::band::Band;
use paralign::align::dp::{Found, Problem};
use paralign::align::model::{Model, run_rates, skip_rates};
use paralign::align::{Aligner, Config};
use paralign::release::Rng;
use paralign::score::{Evidence, KindWeights, LengthModel};
use proptest::prelude::*;

const NAMES: [&str; 6] = ["Weber", "Rossi", "Dubois", "Iwanow", "Smith", "Keller"];

/// Sentence `k` of a story: names and figures that a translation keeps, with
/// a length that varies as real sentences' do.
fn sentence(k: usize, rng: &mut Rng, fr: bool) -> String {
    let filler = ["und dann weiter", "sehr lange", "im Nebel", "ohne Pause"];
    let fill: Vec<&str> = (0..rng.below(4)).map(|i| filler[(k + i) % 4]).collect();
    let name = NAMES[rng.below(NAMES.len())];
    match fr {
        false => format!(
            "Am Tag {k} stieg {name} auf {} m {}.",
            1000 + 37 * k,
            fill.join(" ")
        ),
        true => format!(
            "Le jour {k}, {name} monta à {} m {}.",
            1000 + 37 * k,
            fill.join(" ")
        ),
    }
}

/// A pair of `n` source sentences, their translations, and `block`
/// target-only captions inserted before source sentence `at`.
fn pair(n: usize, block: usize, at: usize, seed: u64) -> (Vec<String>, Vec<String>) {
    let mut rng = Rng(seed);
    let src: Vec<String> = (0..n)
        .map(|k| sentence(k, &mut Rng(seed ^ k as u64), false))
        .collect();
    let mut tgt: Vec<String> = (0..n)
        .map(|k| sentence(k, &mut Rng(seed ^ k as u64), true))
        .collect();
    let captions = (0..block).map(|c| format!("Photo {} : archives {}", 7000 + c, rng.below(90)));
    let at = at.min(n);
    tgt.splice(at..at, captions);
    (src, tgt)
}

/// The band doubled over the whole pair until the path clears its edges:
/// the search before local widening.
fn doubled(problem: &Problem, width: usize) -> (Vec<Found>, Band) {
    let (n, m) = problem.size();
    let mut w = width;
    loop {
        let band = Band::diagonal(n, m, w);
        let search = problem.search(&band, None);
        let path = search.boundaries();
        let clear = path.last() == Some(&(n, m)) && !band.touched_by(&path);
        if clear || band.is_full() {
            return (problem.beads(&band, search), band);
        }
        w *= 2;
    }
}

fn spans(beads: &[Found]) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    beads
        .iter()
        .map(|b| (b.src.clone(), b.tgt.clone()))
        .collect()
}

/// Local against doubled for one pair: `None` when the doubled path leaves
/// the local band (nothing is promised then), else whether they agree, and
/// the cells of both bands.
fn compare(src: &[String], tgt: &[String], width: usize) -> Option<(bool, usize, usize)> {
    let (s, t): (Vec<&str>, Vec<&str>) = (
        src.iter().map(String::as_str).collect(),
        tgt.iter().map(String::as_str).collect(),
    );
    let config = Config {
        max_run: 1,
        // Beam pruning compares the cells of a row, and a wider row holds
        // other cells: the promise holds for the search without it.
        beam: f32::INFINITY,
        ..Config::default()
    };
    let ev = Evidence::new(&s, &t, &KindWeights::default());
    let total = |segs: &[paralign::score::Segment]| segs.iter().map(|x| u64::from(x.chars)).sum();
    let model = Model {
        length: LengthModel::from_totals(total(&ev.src), total(&ev.tgt)),
        skip: skip_rates(&[], false),
        run: run_rates(&[]),
    };
    let aligner = Aligner::new(&config);
    let problem = aligner.problem(&ev.src, &ev.tgt, &ev.weights, &model);
    let (n, m) = (s.len(), t.len());
    let (band, search) =
        aligner.search_widening(&problem, width, |w| Band::diagonal(n, m, w), false);
    let local = problem.beads(&band, search);
    let (reference, wide) = doubled(&problem, width);
    let ends = |b: &[Found]| b.iter().map(|f| (f.src.end, f.tgt.end)).collect::<Vec<_>>();
    if ends(&reference)
        .iter()
        .any(|&(i, j)| band.index(i, j).is_none())
    {
        return None;
    }
    Some((
        spans(&local) == spans(&reference),
        band.cells(),
        wide.cells(),
    ))
}

#[test]
fn an_untranslated_block_widens_the_band_only_around_it() {
    let (src, tgt) = pair(600, 40, 300, 7);
    let (same, local, wide) = compare(&src, &tgt, 8).expect("doubled path inside local band");
    assert!(same, "local widening found other beads than doubling");
    // The block sits 40 columns off the diagonal: doubling everywhere
    // reaches a half-width of 32 along the whole pair, local widening only
    // on the side and in the stretch the path leans to.
    assert!(local * 4 < wide * 3, "local {local} cells, doubled {wide}");
}

#[test]
fn two_blocks_far_apart_each_widen_their_own_stretch() {
    let (src, mut tgt) = pair(800, 30, 200, 11);
    let extra: Vec<String> = (0..30)
        .map(|c| format!("Légende {} : fonds {c}", 9000 + c))
        .collect();
    let at = tgt.len() - 150;
    tgt.splice(at..at, extra);
    let (same, local, wide) = compare(&src, &tgt, 8).expect("doubled path inside local band");
    assert!(same);
    assert!(local < wide, "local {local} cells, doubled {wide}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// On random pairs with a block of captions anywhere, local widening
    /// finds the doubled band's beads whenever the doubled path lies in the
    /// local band, and it does in most cases.
    #[test]
    fn local_widening_finds_the_doubled_optimum(
        n in 20usize..300,
        block in 0usize..60,
        at in 0usize..300,
        seed in any::<u64>(),
        width in 2usize..12,
    ) {
        let (src, tgt) = pair(n, block, at, seed);
        if let Some((same, local, wide)) = compare(&src, &tgt, width) {
            prop_assert!(same, "n {n} block {block} at {at} width {width}");
            prop_assert!(local <= wide);
        }
    }
}
