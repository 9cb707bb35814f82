//! The join's invariant on arbitrary monotone alignments, and its edge cases.

use std::collections::BTreeMap;
use std::path::PathBuf;

use proptest::prelude::*;

use super::*;
use crate::align::Bead;
use crate::release::Header;
use crate::segment::{Paragraph, Sentence};

/// A paragraph whose sentence spans are given, so the test does not depend on the segmenter.
fn paragraph(sentences: &[String]) -> Paragraph {
    let mut text = String::new();
    let mut spans = Vec::new();
    for s in sentences {
        let start = text.len();
        text.push_str(s);
        text.push(' ');
        spans.push(Sentence {
            span: start..text.len(),
        });
    }
    Paragraph {
        line: 1,
        text,
        sentences: spans,
    }
}

/// A document of `shape[p]` sentences in paragraph `p`, named `<lang><p>.<s>`.
fn document(lang: Lang, shape: &[usize]) -> Document {
    let paragraphs = shape
        .iter()
        .enumerate()
        .map(|(p, &n)| paragraph(&(0..n).map(|s| format!("{lang}{p}.{s}")).collect::<Vec<_>>()))
        .collect();
    Document {
        path: PathBuf::from(format!("r.{lang}.txt")),
        header: Header::default(),
        lang,
        path_lang: Some(lang),
        detected: None,
        paragraphs,
        warnings: Vec::new(),
    }
}

fn release(shapes: &BTreeMap<Lang, Vec<usize>>) -> Release {
    Release {
        id: "1-01-01-2020".into(),
        number: 1,
        date: Some("2020-01-01".into()),
        declared: shapes.keys().copied().collect(),
        versions: shapes.iter().map(|(l, s)| (*l, document(*l, s))).collect(),
        duplicates: Vec::new(),
    }
}

/// A monotone alignment of `n` by `m` items following `choices` (shapes and scores),
/// clipped to what is left and closed by one last bead.
fn alignment(n: usize, m: usize, choices: &[(usize, usize, u8)]) -> Alignment {
    let (mut i, mut j, mut beads) = (0, 0, Vec::new());
    for &(a, b, score) in choices {
        let (a, b) = (a.min(n - i), b.min(m - j));
        if a + b == 0 {
            continue;
        }
        let score = f64::from(score) / 255.0;
        beads.push(Bead {
            src: i..i + a,
            tgt: j..j + b,
            score,
            ..Default::default()
        });
        (i, j) = (i + a, j + b);
    }
    if i < n || j < m {
        beads.push(Bead {
            src: i..n,
            tgt: j..m,
            score: 0.5,
            ..Default::default()
        });
    }
    Alignment {
        beads,
        ..Default::default()
    }
}

fn doc_alignment(src: &Document, tgt: &Document, choices: &[(usize, usize, u8)]) -> DocAlignment {
    let count = |d: &Document| d.paragraphs.iter().map(|p| p.sentences.len()).sum();
    DocAlignment {
        paragraphs: alignment(src.paragraphs.len(), tgt.paragraphs.len(), choices),
        sentences: alignment(count(src), count(tgt), choices),
        ..Default::default()
    }
}

/// Checks that each language's sides, in unit order, rebuild the version exactly.
fn assert_partition(release: &Release, units: &[TranslationUnit], level: Level) {
    for (lang, doc) in &release.versions {
        let sides: Vec<&Side> = units.iter().filter_map(|u| u.side(*lang)).collect();
        let items: Vec<Range<usize>> = sides
            .iter()
            .map(|s| match level {
                Level::Sentence => s.sentences.clone(),
                Level::Paragraph => s.paragraphs.clone(),
            })
            .collect();
        let expected = match level {
            Level::Sentence => doc.paragraphs.iter().map(|p| p.sentences.len()).sum(),
            Level::Paragraph => doc.paragraphs.len(),
        };
        let mut next = 0;
        for r in &items {
            assert!(!r.is_empty() && r.start == next, "{lang}: {items:?}");
            next = r.end;
        }
        assert_eq!(next, expected, "{lang}: {items:?}");
        let rebuilt = unit::collapse(sides.iter().map(|s| s.text.as_str()));
        let original = unit::collapse(doc.paragraphs.iter().map(|p| p.text.as_str()));
        assert_eq!(rebuilt, original, "{lang}");
    }
}

fn shapes_strategy() -> impl Strategy<Value = BTreeMap<Lang, Vec<usize>>> {
    let lang = proptest::sample::select(Lang::ALL.to_vec());
    proptest::collection::btree_map(lang, proptest::collection::vec(0usize..4, 0..5), 1..=5)
}

fn choices_strategy() -> impl Strategy<Value = Vec<Vec<(usize, usize, u8)>>> {
    let choice = (0usize..4, 0usize..4, any::<u8>());
    proptest::collection::vec(proptest::collection::vec(choice, 0..12), 5)
}

proptest! {
    #[test]
    fn join_keeps_every_sentence_exactly_once(
        shapes in shapes_strategy(),
        choices in choices_strategy(),
        paragraph_level in any::<bool>(),
    ) {
        let release = release(&shapes);
        let pivot = *shapes.keys().next().unwrap();
        let src = &release.versions[&pivot];
        let pairs = release.versions.iter().filter(|(l, _)| **l != pivot).enumerate()
            .map(|(k, (l, d))| (*l, doc_alignment(src, d, &choices[k])))
            .collect();
        let level = if paragraph_level { Level::Paragraph } else { Level::Sentence };
        let units = units(&release, &ReleaseAlignment { pivot, pairs }, level).unwrap();
        assert_partition(&release, &units, level);
        for (k, u) in units.iter().enumerate() {
            prop_assert_eq!(u.index, k);
            prop_assert!(!u.sides.is_empty());
        }
    }

    #[test]
    fn join_release_keeps_every_sentence_whatever_the_aligner_does(
        shapes in shapes_strategy(),
    ) {
        let release = release(&shapes);
        let ranking = pivot_ranking(std::slice::from_ref(&release), &[], None);
        let config = align::Config::default();
        let units = join_release(&release, &ranking, &[], Level::Sentence, &config).unwrap();
        assert_partition(&release, &units, Level::Sentence);
    }
}

#[test]
fn units_carry_paragraphs_beads_and_the_weakest_score() {
    let shapes = BTreeMap::from([(Lang::De, vec![1, 2]), (Lang::En, vec![2, 1])]);
    let release = release(&shapes);
    let sentences = Alignment {
        beads: vec![
            Bead {
                src: 0..2,
                tgt: 0..1,
                score: 0.9,
                ..Default::default()
            },
            Bead {
                src: 2..3,
                tgt: 1..3,
                score: 0.4,
                ..Default::default()
            },
        ],
        ..Default::default()
    };
    let al = DocAlignment {
        paragraphs: Alignment::default(),
        sentences,
        ..Default::default()
    };
    let ra = ReleaseAlignment {
        pivot: Lang::De,
        pairs: BTreeMap::from([(Lang::En, al)]),
    };
    let units = units(&release, &ra, Level::Sentence).unwrap();
    assert_eq!(units.len(), 2);
    let de = units[0].side(Lang::De).unwrap();
    assert_eq!((de.sentences.clone(), de.paragraphs.clone()), (0..2, 0..2));
    assert_eq!(de.text, "de0.0 de1.0");
    assert_eq!(units[0].bead(Lang::En), Some((2, 1)));
    assert_eq!(units[1].bead_summary(), "de-en:1-2");
    assert_eq!(units[1].side(Lang::En).unwrap().paragraphs, 0..2);
    assert_eq!(units[1].score, Some(0.4));
}

#[test]
fn a_broken_alignment_is_an_error_naming_release_and_pair() {
    let shapes = BTreeMap::from([(Lang::De, vec![2]), (Lang::Fr, vec![2])]);
    let release = release(&shapes);
    let sentences = Alignment {
        beads: vec![Bead {
            src: 0..1,
            tgt: 0..1,
            score: 1.0,
            ..Default::default()
        }],
        ..Default::default()
    };
    let al = DocAlignment {
        paragraphs: Alignment::default(),
        sentences,
        ..Default::default()
    };
    let ra = ReleaseAlignment {
        pivot: Lang::De,
        pairs: BTreeMap::from([(Lang::Fr, al)]),
    };
    let err = units(&release, &ra, Level::Sentence)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("1-01-01-2020") && err.contains("de-fr sentence"),
        "{err}"
    );
}

#[test]
fn pivot_ranking_prefers_the_most_common_language_then_lang_order() {
    let a = release(&BTreeMap::from([(Lang::En, vec![1]), (Lang::Fr, vec![1])]));
    let b = release(&BTreeMap::from([(Lang::Fr, vec![1]), (Lang::Es, vec![1])]));
    let c = release(&BTreeMap::from([(Lang::En, vec![1])]));
    let all = [a, b, c];
    assert_eq!(
        pivot_ranking(&all, &[], None)[..3],
        [Lang::En, Lang::Fr, Lang::Es]
    );
    assert_eq!(
        pivot_ranking(&all, &[Lang::Fr, Lang::Es], None),
        [Lang::Fr, Lang::Es]
    );
    assert_eq!(pivot_ranking(&all, &[], Some(Lang::Es))[0], Lang::Es);
    assert_eq!(
        release_pivot(&all[1], &[Lang::En, Lang::Fr]),
        Some(Lang::Fr)
    );
}

/// Moved with the expected lengths from `check::resolve`: no opinion
/// without releases, and the median of odd and even counts.
#[test]
fn no_opinion_without_releases_and_medians_of_both_parities() {
    assert_eq!(expected_lengths(&[]).ratio(Lang::De, Lang::Fr), None);
    assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
    assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
}
