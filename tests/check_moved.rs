//! The rule that tells a moved sentence from a lost one
//! (`paralign::check::moved`), measured on PUD's real translations: two
//! sentences are one moved when each is the other's most similar and their
//! similarity reaches `MIN_SIMILARITY`. On PUD's documents taken three at
//! a time, true counterparts must pass that test often, and two unrelated
//! sentences, each with its own counterpart taken away, almost never.
//! Skips when `../shared/eval/pud5` is absent.

mod pud5;

use paralign::Lang;
use paralign::align::{Aligner, Config};
use paralign::check::moved::MIN_SIMILARITY;

/// (true pairs that pass, all true pairs, unrelated pairs that pass, all
/// unrelated pairs) for one language pair.
fn tally(pud: &pud5::Pud, a: Lang, b: Lang) -> [usize; 4] {
    let config = Config::default();
    let aligner = Aligner::new(&config).with_langs(a, b);
    let mut t = [0; 4];
    for docs in pud.docs.chunks(3) {
        let lines = docs[0].start..docs[docs.len() - 1].end;
        let side = |l: Lang| -> Vec<&str> {
            pud.lines[&l][lines.clone()]
                .iter()
                .map(String::as_str)
                .collect()
        };
        let sim = aligner.similarities(&side(a), &side(b));
        let k = sim.len();
        // Source `i`'s best target but `skip`, and target `j`'s best source but `skip`.
        let row = |i: usize, skip: usize| {
            (0..k)
                .filter(|&j| j != skip)
                .max_by(|&x, &y| sim[i][x].total_cmp(&sim[i][y]))
        };
        let col = |j: usize, skip: usize| {
            (0..k)
                .filter(|&i| i != skip)
                .max_by(|&x, &y| sim[x][j].total_cmp(&sim[y][j]))
        };
        for (i, own) in sim.iter().enumerate() {
            t[1] += 1;
            let strong = own[i] >= MIN_SIMILARITY;
            t[0] += usize::from(strong && row(i, k) == Some(i) && col(i, k) == Some(i));
            for j in (0..k).filter(|&j| j != i) {
                t[3] += 1;
                let strong = own[j] >= MIN_SIMILARITY;
                t[2] += usize::from(strong && row(i, i) == Some(j) && col(j, j) == Some(i));
            }
        }
    }
    t
}

#[test]
fn moved_sentences_are_told_from_unrelated_ones_on_real_translations() {
    let Some(pud) = pud5::load(&pud5::default_dir()) else {
        eprintln!("skipped: ../shared/eval/pud5 is absent");
        return;
    };
    for (a, b) in pud5::PAIRS {
        let [hit, n, false_hit, m] = tally(&pud, a, b);
        eprintln!("{a:?}-{b:?}: true pairs {hit} / {n}, unrelated pairs {false_hit} / {m}");
        assert!(hit * 6 >= n, "{a:?}-{b:?}: {hit} of {n} true pairs told");
        assert!(
            false_hit * 1000 <= m,
            "{a:?}-{b:?}: {false_hit} of {m} unrelated pairs"
        );
    }
}
