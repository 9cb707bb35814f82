//! Sentences a version places elsewhere: not lost.
//!
//! A translator may move a sentence: into the paragraph before, or ahead
//! of its neighbour. The aligner keeps to the order of the texts, so it
//! leaves such a sentence without counterpart on both sides, once where the
//! pivot has it and once where the version has it, and the gaps read off
//! its posteriors report one sentence as missing and the other as extra,
//! although nothing is lost. (PUD's Spanish puts one sentence of its
//! 1,000 two places earlier than the other four languages.)
//!
//! A pivot sentence lost in a version and a version sentence lost against
//! the pivot are the same sentence moved when each is the other's closest
//! match among all the sentences of the other side, by the lexical
//! similarity a 1-1 bead of the two would have in the aligner's own cost
//! ([`Aligner::similarities`]: numbers, names, cognates, punctuation and
//! known translations), and that similarity reaches [`MIN_SIMILARITY`].
//! Both gaps are then dropped, and the move is reported as a note
//! ([`Kind::MovedSentence`], [`Severity::Info`](super::Severity::Info)).
//! Two unrelated sentences rarely are each other's closest match: on PUD's
//! documents taken three at a time, with both true counterparts taken away,
//! 0 to 2 of 7,180 sentence pairs per language pair were, at 0.2, against
//! 22% (de-ru) to 67% (en-fr) of the true pairs (the others share too
//! little surface evidence to be told apart; known translations, from
//! dictionaries or the archive lexicon, add to it).

use super::blame::PairEvidence;
use super::gaps::PairGaps;
use super::pair::{Level, Pair, Side};
use super::{Config, Finding, Kind};
use crate::align::Aligner;

/// Least similarity of two lost sentences for one to be the other moved.
pub const MIN_SIMILARITY: f32 = 0.2;

/// Drops from `found` the sentence gaps of `pair` that hold a sentence the
/// other side holds elsewhere (see the [module](self) documentation), and
/// returns the moves as (pivot sentence, version sentence). A gap goes when
/// every sentence of it is matched so.
pub fn drop_moves(pair: &Pair, found: &mut PairGaps, config: &Config) -> Vec<(usize, usize)> {
    let lost = |side: Side| -> Vec<usize> {
        found
            .gaps
            .iter()
            .filter(|g| g.side == side && g.level == Level::Sentence)
            .flat_map(|g| g.units.clone())
            .collect()
    };
    let (pivot_lost, version_lost) = (lost(Side::Pivot), lost(Side::Version));
    if pivot_lost.is_empty() || version_lost.is_empty() {
        return Vec::new();
    }
    let [src, tgt] = [Side::Pivot, Side::Version].map(|s| pair.sentence_texts(s));
    let [a, b] = pair.langs();
    let sim = Aligner::new(&config.align)
        .with_langs(a, b)
        .similarities(&src, &tgt);
    let mut moved: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    for &i in &pivot_lost {
        // A version sentence answers for one pivot sentence (ties aside).
        let free = |j: &&usize| !moved[1].contains(j) && mutual(&sim, i, **j);
        if let Some(&j) = version_lost.iter().find(free) {
            moved[0].push(i);
            moved[1].push(j);
        }
    }
    found.gaps.retain(|g| {
        g.level != Level::Sentence || !g.units.clone().all(|k| moved[g.side as usize].contains(&k))
    });
    // A move inside a gap that stays (its other sentences are lost) is
    // reported by that gap, not twice.
    let still_lost = |side: Side, k: usize| {
        let gaps = found.gaps.iter().filter(|g| g.side == side);
        gaps.filter(|g| g.level == Level::Sentence)
            .any(|g| g.units.contains(&k))
    };
    let [pivot, version] = moved;
    pivot
        .into_iter()
        .zip(version)
        .filter(|&(i, j)| !still_lost(Side::Pivot, i) && !still_lost(Side::Version, j))
        .collect()
}

/// A note for every sentence a version of `ev` placed elsewhere, pointing
/// at the version's sentence, against the pivot's.
pub fn findings(release: &str, ev: &PairEvidence) -> Vec<Finding> {
    let pair = &ev.pair;
    let (p, v) = (pair.doc(Side::Pivot).lang, ev.lang);
    ev.moved
        .iter()
        .map(|&(i, j)| {
            let (own, across) = (
                pair.place(Side::Version, Level::Sentence, j),
                pair.place(Side::Pivot, Level::Sentence, i),
            );
            let msg = format!(
                "the {v} version places the {p} sentence at line {} elsewhere: at line {}",
                across.line, own.line
            );
            Finding::new(Kind::MovedSentence, release, vec![v, p], msg).between(own, across)
        })
        .collect()
}

/// True when source `i` and target `j` are each other's most similar
/// sentence and their similarity reaches [`MIN_SIMILARITY`].
fn mutual(sim: &[Vec<f32>], i: usize, j: usize) -> bool {
    let s = sim[i][j];
    s >= MIN_SIMILARITY && sim[i].iter().all(|&x| x <= s) && sim.iter().all(|row| row[j] <= s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;
    use crate::check::gaps::Gap;
    use crate::check::resolve::tests::doc;

    fn gap(side: Side, k: usize) -> Gap {
        Gap {
            side,
            level: Level::Sentence,
            units: k..k + 1,
            at: 0,
            mass: 0.9,
            weak: false,
        }
    }

    fn sentences(d: &crate::release::Document) -> Vec<Vec<&str>> {
        let texts = d.paragraphs.iter().map(|q| q.sentence_texts().collect());
        texts.collect()
    }

    fn found(pivot: &[&str], version: &[&str], gaps: Vec<Gap>) -> (PairGaps, Vec<(usize, usize)>) {
        let (p, v) = (doc(Lang::Fr, pivot), doc(Lang::Es, version));
        let config = Config::default();
        let (s, t) = (sentences(&p), sentences(&v));
        let al = crate::align::align_document(&s, &t, Lang::Fr, Lang::Es, &config.align);
        let pair = Pair::new(&p, &v, &al);
        let mut found = PairGaps {
            gaps,
            tails: Vec::new(),
        };
        let moves = drop_moves(&pair, &mut found, &config);
        (found, moves)
    }

    const FR: [&str; 2] = [
        "Le prêtre Heinrich Kramer était l'assistant de l'archevêque de Salzbourg. \
         En 1538, l'Inquisition espagnole a prévenu ses membres.",
        "Le baptême forcé était contraire à la loi de l'Église. \
         L'Espagne avait expulsé sa population sépharade en 1492 vers le Portugal.",
    ];

    #[test]
    fn a_sentence_placed_a_paragraph_earlier_is_not_lost() {
        let es = [
            "El sacerdote Heinrich Kramer fue asistente del arzobispo de Salzburgo. \
             España había expulsado a la población sefardí en 1492 hacia Portugal. \
             En 1538 la Inquisición española advirtió a sus miembros.",
            "El bautismo forzado era contrario a la ley de la Iglesia.",
        ];
        // The French fourth sentence stands as the Spanish second.
        let (left, moves) = found(&FR, &es, vec![gap(Side::Pivot, 3), gap(Side::Version, 1)]);
        assert!(left.gaps.is_empty(), "{:?}", left.gaps);
        assert_eq!(moves, [(3, 1)]);
    }

    #[test]
    fn a_lost_sentence_and_an_unrelated_extra_one_both_stay() {
        let es = [
            "El sacerdote Heinrich Kramer fue asistente del arzobispo de Salzburgo. \
             El tiempo fue soleado durante toda la semana pasada en la capital. \
             En 1538 la Inquisición española advirtió a sus miembros.",
            "El bautismo forzado era contrario a la ley de la Iglesia.",
        ];
        let (left, moves) = found(&FR, &es, vec![gap(Side::Pivot, 3), gap(Side::Version, 1)]);
        assert_eq!(left.gaps.len(), 2, "{:?}", left.gaps);
        assert!(moves.is_empty());
    }
}
