//! Unit tests of the gap rules on hand-built alignments.

use super::*;
use crate::Lang;
use crate::align::Alignment;
use crate::check::Kind;
use crate::segment::{Paragraph, Sentence};
use std::path::PathBuf;

/// A paragraph of sentences of the given lengths (in characters).
fn para(line: usize, lens: &[usize]) -> Paragraph {
    let mut text = String::new();
    let mut sentences = Vec::new();
    for &n in lens {
        let start = text.len();
        let words = "lorem ipsum dolor sit amet ".repeat(n / 27 + 1);
        text.push_str(words[..n - 1].trim_end());
        text.push_str(". ");
        sentences.push(Sentence {
            span: start..text.len(),
        });
    }
    Paragraph {
        line,
        text,
        sentences,
    }
}

fn doc(lang: Lang, paras: &[&[usize]]) -> Document {
    Document {
        path: PathBuf::from(format!("r.{lang}.txt")),
        header: Default::default(),
        lang,
        path_lang: Some(lang),
        detected: Some(lang),
        paragraphs: paras
            .iter()
            .enumerate()
            .map(|(i, l)| para(17 + 2 * i, l))
            .collect(),
        warnings: Vec::new(),
    }
}

fn bead(src: std::ops::Range<usize>, tgt: std::ops::Range<usize>, score: f64) -> Bead {
    Bead { src, tgt, score }
}

/// Paragraph beads given; sentence beads derived as one sentence per paragraph.
fn al(beads: Vec<Bead>) -> DocAlignment {
    DocAlignment {
        paragraphs: Alignment {
            beads: beads.clone(),
        },
        sentences: Alignment { beads },
    }
}

fn run(pivot: &Document, other: &Document, a: &DocAlignment) -> Vec<Gap> {
    gaps(
        Pair {
            pivot,
            doc: other,
            al: a,
        },
        &LengthModel::default(),
        &Tuning::default(),
    )
}

#[test]
fn a_dropped_paragraph_between_good_neighbours_is_a_gap() {
    let en = doc(Lang::En, &[&[200], &[150], &[180], &[220]]);
    let de = doc(Lang::De, &[&[230], &[170], &[250]]);
    let a = al(vec![
        bead(0..1, 0..1, 0.9),
        bead(1..2, 1..2, 0.9),
        bead(2..3, 2..2, 0.8),
        bead(3..4, 2..3, 0.9),
    ]);
    let g = run(&en, &de, &a);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(
        (g[0].level, g[0].side, g[0].pivot_pos, g[0].version_pos),
        (Level::Paragraph, Side::Pivot, 2, 2)
    );
}

#[test]
fn unsure_neighbours_are_no_evidence_when_scores_are_asked_for() {
    let en = doc(Lang::En, &[&[200], &[150], &[180], &[220]]);
    let de = doc(Lang::De, &[&[230], &[170], &[250]]);
    let weak_next = al(vec![
        bead(0..1, 0..1, 0.9),
        bead(1..2, 1..2, 0.9),
        bead(2..3, 2..2, 0.8),
        bead(3..4, 2..3, 0.1),
    ]);
    assert_eq!(run(&en, &de, &weak_next).len(), 1);
    let strict = Tuning {
        min_match_score: 0.5,
        ..Tuning::default()
    };
    let pair = Pair {
        pivot: &en,
        doc: &de,
        al: &weak_next,
    };
    assert!(gaps(pair, &LengthModel::default(), &strict).is_empty());
}

#[test]
fn a_neighbour_whose_numbers_disagree_is_no_evidence() {
    let mut en = doc(Lang::En, &[&[200], &[150], &[180], &[220]]);
    let mut de = doc(Lang::De, &[&[230], &[170], &[250]]);
    let a = al(vec![
        bead(0..1, 0..1, 0.9),
        bead(1..2, 1..2, 0.9),
        bead(2..3, 2..2, 0.8),
        bead(3..4, 2..3, 0.9),
    ]);
    assert_eq!(run(&en, &de, &a).len(), 1);
    // A shifted alignment: the "next" pair are different paragraphs.
    en.paragraphs[3] = Paragraph::new(
        23,
        format!("{} 4,700 tonnes.", en.paragraphs[3].text),
        Lang::En,
    );
    de.paragraphs[2] = Paragraph::new(
        21,
        format!("{} 36 Tonnen.", de.paragraphs[2].text),
        Lang::De,
    );
    assert!(run(&en, &de, &a).is_empty());
}

#[test]
fn a_gap_score_threshold_can_be_asked_for() {
    let en = doc(Lang::En, &[&[200], &[150], &[180], &[220]]);
    let de = doc(Lang::De, &[&[230], &[170], &[250]]);
    let weak_gap = al(vec![
        bead(0..1, 0..1, 0.9),
        bead(1..2, 1..2, 0.9),
        bead(2..3, 2..2, 0.1),
        bead(3..4, 2..3, 0.9),
    ]);
    assert_eq!(run(&en, &de, &weak_gap).len(), 1);
    let strict = Tuning {
        min_gap_score: 0.5,
        ..Tuning::default()
    };
    let pair = Pair {
        pivot: &en,
        doc: &de,
        al: &weak_gap,
    };
    assert!(gaps(pair, &LengthModel::default(), &strict).is_empty());
}

#[test]
fn a_neighbour_of_implausible_length_is_no_evidence() {
    let en = doc(Lang::En, &[&[200], &[150], &[180], &[220]]);
    let de = doc(Lang::De, &[&[230], &[170], &[80]]);
    let a = al(vec![
        bead(0..1, 0..1, 0.9),
        bead(1..2, 1..2, 0.9),
        bead(2..3, 2..2, 0.8),
        bead(3..4, 2..3, 0.9),
    ]);
    assert!(run(&en, &de, &a).is_empty());
}

#[test]
fn a_short_paragraph_is_not_reported() {
    let en = doc(Lang::En, &[&[200], &[20], &[220]]);
    let de = doc(Lang::De, &[&[230], &[250]]);
    let a = al(vec![
        bead(0..1, 0..1, 0.9),
        bead(1..2, 1..1, 0.9),
        bead(2..3, 1..2, 0.9),
    ]);
    assert!(run(&en, &de, &a).is_empty());
}

#[test]
fn a_merge_modelled_as_a_gap_is_not_a_missing_sentence() {
    // en sentences 60 + 50 translated by one de sentence of 125 characters.
    let en = doc(Lang::En, &[&[60, 50, 80]]);
    let de = doc(Lang::De, &[&[125, 90]]);
    let a = DocAlignment {
        paragraphs: Alignment {
            beads: vec![bead(0..1, 0..1, 0.9)],
        },
        sentences: Alignment {
            beads: vec![
                bead(0..1, 0..1, 0.9),
                bead(1..2, 1..1, 0.9),
                bead(2..3, 1..2, 0.9),
            ],
        },
    };
    assert!(run(&en, &de, &a).is_empty());
}

#[test]
fn a_dropped_sentence_inside_a_matched_paragraph_is_a_gap() {
    let en = doc(Lang::En, &[&[60, 50, 80]]);
    let de = doc(Lang::De, &[&[70, 90]]);
    let a = DocAlignment {
        paragraphs: Alignment {
            beads: vec![bead(0..1, 0..1, 0.9)],
        },
        sentences: Alignment {
            beads: vec![
                bead(0..1, 0..1, 0.9),
                bead(1..2, 1..1, 0.9),
                bead(2..3, 1..2, 0.9),
            ],
        },
    };
    let g = run(&en, &de, &a);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(
        (g[0].level, g[0].side, g[0].pivot_pos),
        (Level::Sentence, Side::Pivot, 1)
    );
}

/// en and de with paragraph 1 of de holding `p1`, the aligner having
/// merged its sentences 2-1 where en has one more.
fn similar_sentences(p1: &[usize]) -> Vec<Gap> {
    let en = doc(Lang::En, &[&[200, 200], &[80, 80, 80], &[300, 200]]);
    let de = doc(Lang::De, &[&[230, 230], p1, &[345, 230]]);
    let a = DocAlignment {
        paragraphs: al(vec![
            bead(0..1, 0..1, 0.9),
            bead(1..2, 1..2, 0.9),
            bead(2..3, 2..3, 0.9),
        ])
        .paragraphs,
        sentences: Alignment {
            beads: vec![
                bead(0..1, 0..1, 0.9),
                bead(1..2, 1..2, 0.9),
                bead(2..4, 2..3, 0.9),
                bead(4..5, 3..4, 0.9),
                bead(5..6, 4..5, 0.9),
                bead(6..7, 5..6, 0.9),
            ],
        },
    };
    run(&en, &de, &a)
}

#[test]
fn a_paragraph_a_sentence_too_short_loses_one_even_among_equals() {
    // Three en sentences of equal length, two in de: no position is
    // clearly best, but the de paragraph is a third too short.
    let g = similar_sentences(&[92, 92]);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!((g[0].level, g[0].side), (Level::Sentence, Side::Pivot));
}

#[test]
fn two_sentences_joined_keep_the_length_and_stay_silent() {
    assert!(similar_sentences(&[92, 184]).is_empty());
}

#[test]
fn a_paragraph_the_aligner_merged_away_after_losing_a_sentence_is_looked_into() {
    // de paragraph 1 lost its long first sentence; the aligner left it
    // unpaired and gave de paragraphs 1 and 2 to en paragraph 2.
    let en = doc(Lang::En, &[&[400, 400], &[150, 60], &[600]]);
    let de = doc(Lang::De, &[&[460, 460], &[69], &[690]]);
    let a = DocAlignment {
        paragraphs: Alignment {
            beads: vec![
                bead(0..1, 0..1, 0.9),
                bead(1..2, 1..1, 0.9),
                bead(2..3, 1..3, 0.9),
            ],
        },
        sentences: Alignment {
            beads: vec![
                bead(0..1, 0..1, 0.9),
                bead(1..2, 1..2, 0.9),
                bead(2..3, 2..2, 0.9),
                bead(3..4, 2..3, 0.9),
                bead(4..5, 3..4, 0.9),
            ],
        },
    };
    let g = run(&en, &de, &a);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(
        (g[0].level, g[0].side, g[0].pivot_pos),
        (Level::Sentence, Side::Pivot, 2)
    );
}

fn text_doc(lang: Lang, paras: &[&str]) -> Document {
    let mut d = doc(lang, &[]);
    d.paragraphs = paras
        .iter()
        .enumerate()
        .map(|(i, t)| Paragraph::new(17 + 2 * i, t.to_string(), lang))
        .collect();
    d
}

#[test]
fn names_a_lost_paragraph_shares_with_its_neighbour_do_not_make_a_merge_lengths_reject() {
    let en = text_doc(
        Lang::En,
        &[
            "The Aldovian Culture Week takes place in Madrid this autumn, with concerts, films, readings and an exhibition in the Instituto Cervantes.",
            "The week opens with a concert of the Vessburg Chamber Orchestra.",
            "Tickets are free of charge and can be booked on the website of the embassy.",
        ],
    );
    let de = text_doc(
        Lang::De,
        &[
            "Die Woche in Madrid wird mit einem Konzert des Vessburger Kammerorchesters eröffnet.",
            "Die Eintrittskarten sind kostenlos und können auf der Website der Botschaft gebucht werden.",
        ],
    );
    let a = al(vec![
        bead(0..1, 0..0, 0.9),
        bead(1..2, 0..1, 0.9),
        bead(2..3, 1..2, 0.9),
    ]);
    let g = run(&en, &de, &a);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(
        (g[0].level, g[0].side, g[0].pivot_pos),
        (Level::Paragraph, Side::Pivot, 0)
    );
}

#[test]
fn no_sentence_is_missing_where_both_sides_have_as_many() {
    let en = doc(Lang::En, &[&[100, 40]]);
    let de = doc(Lang::De, &[&[150, 50]]);
    let a = DocAlignment {
        paragraphs: Alignment {
            beads: vec![bead(0..1, 0..1, 0.9)],
        },
        sentences: Alignment {
            beads: vec![bead(0..2, 0..1, 0.9), bead(2..2, 1..2, 0.9)],
        },
    };
    assert!(run(&en, &de, &a).is_empty());
}

#[test]
fn a_deletion_next_to_an_insertion_is_a_substitution() {
    // en has one paragraph more (p3, truly missing in de); p1 was paired
    // by the aligner as a deletion plus an insertion.
    let en = doc(Lang::En, &[&[200], &[150], &[220], &[100]]);
    let de = doc(Lang::De, &[&[230], &[170], &[250]]);
    let a = al(vec![
        bead(0..1, 0..1, 0.9),
        bead(1..2, 1..1, 0.9),
        bead(2..2, 1..2, 0.9),
        bead(2..3, 2..3, 0.9),
        bead(3..4, 3..3, 0.9),
    ]);
    let g = run(&en, &de, &a);
    assert_eq!(
        g.iter().map(|g| g.pivot_pos).collect::<Vec<_>>(),
        [3],
        "{g:?}"
    );
}

#[test]
fn a_lost_paragraph_the_aligner_misplaced_is_found_where_it_is() {
    let en = doc(Lang::En, &[&[200], &[150], &[300], &[120], &[220]]);
    let de = doc(Lang::De, &[&[230], &[170], &[140], &[250]]);
    let shifted = al(vec![
        bead(0..1, 0..1, 0.9),
        bead(1..2, 1..1, 0.9),
        bead(2..3, 1..2, 0.9),
        bead(3..4, 2..3, 0.9),
        bead(4..5, 3..4, 0.9),
    ]);
    let g = run(&en, &de, &shifted);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(
        (g[0].side, g[0].pivot_pos, g[0].version_pos),
        (Side::Pivot, 2, 2)
    );
}

#[test]
fn two_lost_paragraphs_the_aligner_merged_away_are_found_where_they_are() {
    let en = doc(Lang::En, &[&[200], &[80], &[400], &[120], &[500], &[60]]);
    let de = doc(Lang::De, &[&[230], &[92], &[138], &[69]]);
    let merged = al(vec![
        bead(0..1, 0..1, 0.9),
        bead(1..3, 1..2, 0.9),
        bead(3..5, 2..3, 0.9),
        bead(5..6, 3..4, 0.9),
    ]);
    let g = run(&en, &de, &merged);
    let found: Vec<_> = g.iter().map(|g| (g.level, g.side, g.pivot_pos)).collect();
    assert_eq!(
        found,
        [
            (Level::Paragraph, Side::Pivot, 2),
            (Level::Paragraph, Side::Pivot, 4)
        ],
        "{g:?}"
    );
}

#[test]
fn an_unclear_place_stays_silent() {
    // Paragraphs of equal length: any position fits as well as the next.
    let en = doc(Lang::En, &[&[200], &[200], &[200], &[200]]);
    let de = doc(Lang::De, &[&[230], &[230], &[230]]);
    let shifted = al(vec![
        bead(0..1, 0..1, 0.9),
        bead(1..2, 1..2, 0.9),
        bead(2..3, 2..3, 0.9),
        bead(3..4, 3..3, 0.9),
    ]);
    let strict = Tuning {
        min_gap_score: 1.0,
        ..Tuning::default()
    };
    let pair = Pair {
        pivot: &en,
        doc: &de,
        al: &shifted,
    };
    assert!(gaps(pair, &LengthModel::default(), &strict).is_empty());
}

#[test]
fn sentences_of_a_dropped_paragraph_are_left_to_the_paragraph() {
    let en = doc(Lang::En, &[&[200], &[150], &[220]]);
    let de = doc(Lang::De, &[&[230], &[250]]);
    let a = al(vec![
        bead(0..1, 0..1, 0.9),
        bead(1..2, 1..1, 0.9),
        bead(2..3, 1..2, 0.9),
    ]);
    let g = run(&en, &de, &a);
    assert_eq!(
        g.iter().filter(|g| g.level == Level::Sentence).count(),
        0,
        "{g:?}"
    );
    assert_eq!(g.len(), 1);
}

#[test]
fn findings_blame_the_version_or_a_pivot_all_others_contradict() {
    let en = doc(Lang::En, &[&[200], &[150], &[220]]);
    let de = doc(Lang::De, &[&[230], &[250]]);
    let fr = doc(Lang::Fr, &[&[230], &[250]]);
    let gap = Gap {
        level: Level::Paragraph,
        side: Side::Pivot,
        pivot_pos: 1,
        version_pos: 1,
        offset: 0,
    };
    let one = findings("r", &en, vec![(Lang::De, &de, gap.clone())], 2);
    assert_eq!(one.len(), 1);
    assert_eq!(
        (one[0].kind, one[0].lang(), one[0].line),
        (Kind::MissingParagraph, Some(Lang::De), 19)
    );
    assert_eq!(one[0].counterpart.as_ref().map(|c| c.line), Some(19));
    let both = findings(
        "r",
        &en,
        vec![(Lang::De, &de, gap.clone()), (Lang::Fr, &fr, gap)],
        2,
    );
    assert_eq!(both.len(), 1);
    assert_eq!(
        (both[0].kind, both[0].lang(), both[0].line),
        (Kind::ExtraParagraph, Some(Lang::En), 19)
    );
}
