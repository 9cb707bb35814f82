//! Sentences and paragraphs lost inside a bead, seen across versions.
//!
//! When a version drops a sentence beside a long neighbour, no unit need be
//! left without a counterpart: the aligner folds the lost pivot sentence
//! into its neighbour's bead (a 2-1 whose length the fitted ratio, itself
//! lowered by the loss, nearly excuses), or, where the pivot joined the two
//! sentences into one, pairs that one with the sentence the version kept (a
//! 1-1 the others render as a 1-2). The loss shows only as a bead whose
//! version side is short for its pivot side (the Gale–Church residual the
//! bead keeps, [`BeadEvidence::length_delta`](crate::align::BeadEvidence))
//! and has fewer sentences than the other versions use there, a sentence
//! that joins two clauses with a semicolon counting as two (a translator's
//! merge keeps the clauses). A merge
//! alone is weak evidence, since translators join sentences and condense;
//! what makes it a loss is that the other versions render the same pivot
//! sentences in full (lengths that fit), with more sentences, and at a
//! clearly greater length relative to the pivot ([`SHORT_SHARE`]): a
//! translator's merge keeps the text, a loss does not. A lost sentence that
//! states figures needs no length to show it: the bead's version side
//! states none of them, where most other versions state them all
//! (`figures_lost`; a short lost sentence beside a long kept one can fit
//! the lengths of a merge). A version that
//! leaves the next pivot sentence out ([`BORROWED`]) may have taken that
//! sentence's counterpart into the compared beads, and abstains.

use super::blame::PairEvidence;
use super::pair::{Level, Side};
use super::resolve;
use super::{Finding, Kind, Severity};
use crate::Lang;
use crate::align::{self, Bead};
use crate::join::median;
use std::collections::BTreeSet;
use std::ops::Range;

/// Largest share of the other versions' length that a version's rendering
/// of the same pivot sentences may have for a sentence to be lost from it.
/// Each length is taken relative to what its pair's fitted ratio predicts
/// for the pivot sentences, so the language's verbosity cancels out, and so
/// does the pivot text's (a long-winded source sentence is long in every
/// version). A dropped sentence of 30 letters or more takes a quarter or
/// more of a two-sentence rendering; a translator joining two sentences
/// keeps their length.
const SHORT_SHARE: f64 = 0.8;

/// Largest length residual (version shorter than the pivot predicts) of a
/// merged bead that may hide a lost sentence, by the length model fitted
/// to the pair: a bead that fits its lengths is a merge whatever the other
/// versions do (real translators condense more than PUD's).
const SHORT: f32 = -0.9;

/// Largest |residual| of the other versions' beads for them to count as
/// rendering the pivot sentences in full.
const FIT: f32 = 1.5;

/// Least omission posterior of a pivot sentence beside the ones compared
/// for a version's rendering of them not to count: it may hold that
/// sentence's counterpart.
const BORROWED: f32 = 0.5;

/// Least posterior of the other versions' beads compared.
const CONFIDENT: f64 = 0.5;

/// Losses hidden in merged beads, for the versions neither in `cut` (those
/// cut short are reported as such) nor `lacking` pivot content already: a
/// version that lost a paragraph is misaligned around the loss, and a
/// merged bead beside it is that loss's echo. A lost sentence shorter than
/// `min_length` is not reported, as no gap that short is
/// ([`Tuning::min_sentence_length`](super::Tuning::min_sentence_length)).
pub fn findings(
    release: &str,
    pairs: &[PairEvidence],
    cut: &BTreeSet<Lang>,
    lacking: &dyn Fn(Lang) -> bool,
    min_length: u32,
) -> Vec<Finding> {
    let live: Vec<&PairEvidence> = pairs.iter().filter(|ev| !cut.contains(&ev.lang)).collect();
    let mut out = Vec::new();
    for ev in &live {
        let beads = &ev.pair.alignment(Level::Sentence).beads;
        for (i, b) in beads.iter().enumerate() {
            let paired = !b.src.is_empty() && !b.tgt.is_empty();
            let figures = paired && figures_lost(b, ev, &live);
            let merged = paired && (b.evidence.length_delta <= SHORT || figures);
            if !merged || lacking(ev.lang) {
                continue;
            }
            let others: Vec<Option<(usize, f64)>> = live
                .iter()
                .filter(|o| o.lang != ev.lang)
                .map(|o| rendering(o, &b.src))
                .collect();
            // Versions that render the spot in full speak; one whose
            // beads there do not fit (a free rendering, a flaw of its own)
            // abstains, but at least two must speak.
            let full: Vec<(usize, f64)> = others.into_iter().flatten().collect();
            let own_clauses = ev.pair.clauses(Side::Version, b.tgt.clone());
            let more = full.len() >= 2 && full.iter().all(|&(n, _)| n > own_clauses);
            let shares: Vec<f64> = full.iter().map(|&(_, s)| s).collect();
            let own = share(ev, &b.src, &b.tgt);
            let short = figures || own <= SHORT_SHARE * median(shares);
            if more && short && !too_short(ev, b, min_length) {
                out.push(doubted(finding(release, ev, b), beads, i));
            }
        }
    }
    out
}

/// True when bead `b` of `ev` joins several pivot sentences, one of which
/// states figures in digits that the bead's version side states none of,
/// while most other versions (at least two) state them all in their beads
/// there: the lengths of a short lost sentence beside a long kept one may
/// pass for a translator's merge, but its figures do not.
fn figures_lost(b: &Bead, ev: &PairEvidence, live: &[&PairEvidence]) -> bool {
    if b.src.len() < 2 {
        return false;
    }
    let n = &b.evidence.numbers;
    let digits = |s: &&align::Stated| !s.quantity.spelled;
    let unmatched = |k: usize| {
        let shares = n.shared.iter().any(|(p, _)| p.segment == k);
        let only: Vec<_> = n
            .src_only
            .iter()
            .filter(|s| s.segment == k)
            .filter(digits)
            .collect();
        (!shares && !only.is_empty()).then_some(only)
    };
    let others: Vec<&&PairEvidence> = live.iter().filter(|o| o.lang != ev.lang).collect();
    b.src.clone().filter_map(unmatched).any(|lost| {
        let stating = (others.iter())
            .filter(|o| lost.iter().all(|q| states_there(o, q)))
            .count();
        stating >= 2 && 2 * stating > others.len()
    })
}

/// True when a confident bead of `ev` pairs pivot quantity `q` (by its
/// sentence and value) with a quantity of the version.
fn states_there(ev: &PairEvidence, q: &align::Stated) -> bool {
    ev.pair.alignment(Level::Sentence).beads.iter().any(|b| {
        b.src.contains(&q.segment)
            && b.score >= CONFIDENT
            && (b.evidence.numbers.shared.iter())
                .any(|(p, _)| p.segment == q.segment && p.quantity.value == q.quantity.value)
    })
}

/// How many version clauses ([`Pair::clauses`](super::pair::Pair::clauses)) the pair `ev` renders pivot
/// sentences `p` with, and their [`share`], when its confident beads cover exactly `p`
/// and every one fits its lengths ([`FIT`]).
fn rendering(ev: &PairEvidence, p: &Range<usize>) -> Option<(usize, f64)> {
    let beads: Vec<&Bead> = ev
        .pair
        .alignment(Level::Sentence)
        .beads
        .iter()
        .filter(|b| b.src.start < p.end && p.start < b.src.end)
        .collect();
    let (first, last) = (beads.first()?, beads.last()?);
    let exact = first.src.start == p.start && last.src.end == p.end;
    let fit = beads
        .iter()
        .all(|b| !b.tgt.is_empty() && b.score >= CONFIDENT && b.evidence.length_delta.abs() <= FIT);
    // A version that leaves a neighbouring pivot sentence out may have
    // taken that sentence's counterpart into these beads.
    let pair = &ev.pair;
    let beside = [p.start.checked_sub(1), Some(p.end)];
    let borrowed = beside.into_iter().flatten().any(|k| {
        k < pair.len(Side::Pivot, Level::Sentence)
            && pair.unaligned(Side::Pivot, Level::Sentence, k) >= BORROWED
    });
    let tgt = first.tgt.start..last.tgt.end;
    (exact && fit && !borrowed)
        .then(|| (pair.clauses(Side::Version, tgt.clone()), share(ev, p, &tgt)))
}

/// The length of version sentences `v` over what the pair's fitted ratio
/// predicts for pivot sentences `p`.
fn share(ev: &PairEvidence, p: &Range<usize>, v: &Range<usize>) -> f64 {
    let pair = &ev.pair;
    let src = f64::from(pair.length(Side::Pivot, Level::Sentence, p.clone()));
    let tgt = f64::from(pair.length(Side::Version, Level::Sentence, v.clone()));
    tgt / (src * f64::from(pair.al.length.ratio)).max(1.0)
}

/// The likeliest lost one of the pivot sentences of bead `b`: the one the
/// lattice most often leaves out.
fn likeliest_lost(ev: &PairEvidence, b: &Bead) -> usize {
    let u = |k: usize| ev.pair.unaligned(Side::Pivot, Level::Sentence, k);
    (b.src.clone())
        .max_by(|x, y| u(*x).total_cmp(&u(*y)))
        .unwrap_or(b.src.start)
}

/// True when the pivot sentence a merged bead `b` would lose is shorter
/// than `min_length`: a question of three words that a translator ran
/// into the next sentence leaves the rendering short by less than any
/// loss the check reports. (A 1-1 bead loses part of a sentence, whose
/// length nothing tells.)
fn too_short(ev: &PairEvidence, b: &Bead, min_length: u32) -> bool {
    let lost = likeliest_lost(ev, b);
    b.src.len() > b.tgt.len()
        && ev.pair.unit_length(Side::Pivot, Level::Sentence, lost) < min_length
}

/// `f` as a warning when the aligner is unsure of the spot: it doubts the
/// merged bead `beads[i]` or a paired bead beside it (a posterior below
/// [`CONFIDENT`]: another path pairs the spot otherwise), or a bead beside
/// it leaves the version as long as this one leaves it short (a residual
/// of `-SHORT` or more: the text this bead lacks may stand there). Both
/// are what a merge of tersely rendered sentences, on either side, leaves
/// when the lengths cannot place its boundary, and no text need be
/// unpaired. A reviewer looks; a publishing gate does not stop on it.
fn doubted(mut f: Finding, beads: &[Bead], i: usize) -> Finding {
    let beside = [i.checked_sub(1), Some(i + 1)].into_iter().flatten();
    let unsure = beside.filter_map(|j| beads.get(j)).any(|n| {
        let paired = !n.src.is_empty() && !n.tgt.is_empty();
        paired && (n.score < CONFIDENT || n.evidence.length_delta >= -SHORT)
    });
    if unsure || beads[i].score < CONFIDENT {
        f.severity = f.severity.min(Severity::Warning);
    }
    f
}

fn finding(release: &str, ev: &PairEvidence, b: &Bead) -> Finding {
    let pair = &ev.pair;
    let (p, v) = (pair.doc(Side::Pivot).lang, ev.lang);
    let lost = likeliest_lost(ev, b);
    let here = pair.place(Side::Version, Level::Sentence, b.tgt.start);
    let there = pair.place(Side::Pivot, Level::Sentence, lost);
    // A 1-1 bead: the pivot joined the lost sentence to the kept one.
    let what = match b.src.len() > b.tgt.len() {
        true => format!("a {p} sentence"),
        false => format!("part of the {p} sentence"),
    };
    let msg = format!(
        "the {v} text at line {} renders the {p} text at line {} with fewer sentences than the other versions, and is too short for it: {what} has no {v} counterpart",
        here.line, there.line
    );
    let f = Finding::new(Kind::MissingSentence, release, vec![v, p], msg);
    f.between(here, there)
}

/// Largest share of the other versions' length (relative to the pivot, as
/// [`SHORT_SHARE`]) that a version's joined paragraph may have for one of
/// the two to be lost from it.
const JOINED_SHARE: f64 = 0.85;

/// Paragraphs lost inside a merged paragraph bead: a version with exactly
/// one paragraph fewer than the pivot, whose paragraph alignment joins two
/// pivot paragraphs into one of its own where every other version (at
/// least one) renders each of them as a paragraph of its own,
/// with confidence, and whose rendering of the two is short for them
/// against the others' ([`JOINED_SHARE`]): a translator joining two
/// paragraphs keeps their text, and the one the version lacks accounts for
/// the merge and the shortfall. Which of the two is lost, the
/// aligner's own re-solve of the merged bead decides
/// ([`resolve::lost_in_merge`]), by lengths and shared evidence at once.
pub fn lost_paragraphs(
    release: &str,
    pairs: &[PairEvidence],
    cut: &BTreeSet<Lang>,
    lacking: &dyn Fn(Lang) -> bool,
    config: &align::Config,
) -> Vec<Finding> {
    let live: Vec<&PairEvidence> = pairs.iter().filter(|ev| !cut.contains(&ev.lang)).collect();
    let mut out = Vec::new();
    for ev in &live {
        let pair = &ev.pair;
        let surplus = pair.len(Side::Pivot, Level::Paragraph) as isize
            - pair.len(Side::Version, Level::Paragraph) as isize;
        if surplus != 1 || lacking(ev.lang) {
            continue;
        }
        let others: Vec<&PairEvidence> =
            live.iter().copied().filter(|o| o.lang != ev.lang).collect();
        for b in &pair.alignment(Level::Paragraph).beads {
            if b.tgt.len() != 1 || b.src.len() != 2 || !short_join(ev, &others, b) {
                continue;
            }
            let run = resolve::lost_in_merge(pair, Side::Pivot, Level::Paragraph, b, config);
            if let Some(run) = run.filter(|r| r.len() == 1) {
                out.push(paragraph_finding(release, ev, run.start, b));
            }
        }
    }
    out
}

/// True when `ev`'s paragraph bead `b` joins pivot paragraphs that every
/// one of `others` (at least one) renders apart, with confidence,
/// and `ev`'s rendering of them is short against theirs ([`JOINED_SHARE`])
/// or folds a sentence of one into a sentence of the other
/// ([`merged_across`]): a translator joining two paragraphs keeps their
/// text and their sentences.
fn short_join(ev: &PairEvidence, others: &[&PairEvidence], b: &Bead) -> bool {
    let apart = |o: &&PairEvidence| {
        b.src.clone().all(|q| {
            o.pair
                .alignment(Level::Paragraph)
                .beads
                .iter()
                .any(|x| x.src == (q..q + 1) && x.tgt.len() == 1 && x.score >= CONFIDENT)
        })
    };
    if others.is_empty() || !others.iter().all(apart) {
        return false;
    }
    let p = ev.pair.sentences_in(Side::Pivot, &b.src);
    let across = |o: &PairEvidence| {
        let beads = &o.pair.alignment(Level::Paragraph).beads;
        let tgt = |q: usize| {
            beads
                .iter()
                .find(|x| x.src.start == q)
                .map(|x| x.tgt.clone())
        };
        let (first, last) = (tgt(b.src.start)?, tgt(b.src.end - 1)?);
        Some(o.pair.sentences_in(Side::Version, &(first.start..last.end)))
    };
    let shares: Vec<f64> = others
        .iter()
        .filter_map(|o| Some(share(o, &p, &across(o)?)))
        .collect();
    let own = share(ev, &p, &ev.pair.sentences_in(Side::Version, &b.tgt));
    own <= JOINED_SHARE * median(shares) || merged_across(ev, &p, b.src.start + 1)
}

/// True when a sentence bead of `ev` within pivot sentences `p` joins the
/// last sentence of one pivot paragraph and the first of the next (the one
/// starting at paragraph `next`) into fewer version sentences. Translators
/// who join two paragraphs keep their sentences; a version that lost a
/// paragraph leaves the aligner only the neighbour's sentence to fold the
/// lost one into.
fn merged_across(ev: &PairEvidence, p: &Range<usize>, next: usize) -> bool {
    let pair = &ev.pair;
    let Some(boundary) = pair
        .sentences_in(Side::Pivot, &(next..next + 1))
        .start
        .checked_sub(1)
    else {
        return false;
    };
    pair.alignment(Level::Sentence).beads.iter().any(|s| {
        s.src.start >= p.start
            && s.src.end <= p.end
            && s.src.contains(&boundary)
            && s.src.contains(&(boundary + 1))
            && !s.tgt.is_empty()
            && s.tgt.len() < s.src.len()
    })
}

fn paragraph_finding(release: &str, ev: &PairEvidence, lost: usize, b: &Bead) -> Finding {
    let pair = &ev.pair;
    let (p, v) = (pair.doc(Side::Pivot).lang, ev.lang);
    let here = pair.place(Side::Version, Level::Paragraph, b.tgt.start);
    let there = pair.place(Side::Pivot, Level::Paragraph, lost);
    let msg = format!(
        "the {p} paragraph at line {} has no {v} counterpart (the {v} paragraph at line {} renders it with its neighbour, which the other versions keep apart)",
        there.line, here.line
    );
    let f = Finding::new(Kind::MissingParagraph, release, vec![v, p], msg);
    f.between(here, there)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{Alignment, DocAlignment};
    use crate::check::gaps::PairGaps;
    use crate::check::pair::Pair;
    use crate::check::resolve::tests::{bead, doc};
    use crate::release::Document;

    fn evidence<'a>(
        lang: Lang,
        pivot: &'a Document,
        doc: &'a Document,
        al: &'a DocAlignment,
    ) -> PairEvidence<'a> {
        PairEvidence {
            lang,
            pair: Pair::new(pivot, doc, al),
            gaps: PairGaps::default(),
            numbers: Vec::new(),
            moved: Vec::new(),
        }
    }

    fn paragraphs(beads: Vec<Bead>) -> DocAlignment {
        DocAlignment {
            paragraphs: Alignment {
                beads,
                unaligned: Default::default(),
            },
            sentences: Alignment::default(),
            length: Default::default(),
        }
    }

    /// A version one paragraph short joins two pivot paragraphs the other
    /// versions keep apart (one or more), and is short for them: the one it
    /// lacks (by the re-solved merge, the one whose figures it does not
    /// state) is reported lost. Joined in full, nothing is.
    #[test]
    fn a_paragraph_joined_where_the_others_keep_two_is_lost() {
        let pivot = doc(
            Lang::De,
            &[
                "Der Vertrag wurde am Montag im Rathaus von Vessburg unterzeichnet.",
                "Die Kosten betragen 4,5 Millionen Euro für 300 neue Wohnungen.",
                "Der Bau beginnt im März 2025 und dauert zwei Jahre.",
            ],
        );
        let fr = doc(
            Lang::Fr,
            &[
                "Le contrat a été signé lundi à la mairie de Vessburg.",
                "Les travaux commencent en mars 2025 et dureront deux ans.",
            ],
        );
        let others = [
            doc(
                Lang::En,
                &[
                    "The contract was signed on Monday at Vessburg town hall.",
                    "The costs amount to 4.5 million euros for 300 new flats.",
                    "Construction starts in March 2025 and takes two years.",
                ],
            ),
            doc(
                Lang::Es,
                &[
                    "El contrato se firmó el lunes en el ayuntamiento de Vessburg.",
                    "Los costes ascienden a 4,5 millones de euros para 300 pisos nuevos.",
                    "La obra empieza en marzo de 2025 y dura dos años.",
                ],
            ),
        ];
        let joined = paragraphs(vec![bead(0..1, 0..1), bead(1..3, 1..2)]);
        let apart = paragraphs((0..3).map(|k| bead(k..k + 1, k..k + 1)).collect());
        let mut pairs = vec![evidence(Lang::Fr, &pivot, &fr, &joined)];
        let config = align::Config::default();
        let none = BTreeSet::new();
        let found =
            |pairs: &[PairEvidence]| lost_paragraphs("r", pairs, &none, &|_| false, &config);
        // Alone, nobody says the pivot's two paragraphs are two.
        assert!(found(&pairs).is_empty());
        // In a release of three versions, the one other version does.
        pairs.push(evidence(Lang::En, &pivot, &others[0], &apart));
        assert_eq!(found(&pairs).len(), 1);
        pairs.push(evidence(Lang::Es, &pivot, &others[1], &apart));
        let f = found(&pairs);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].kind, Kind::MissingParagraph);
        assert_eq!(f[0].langs, [Lang::Fr, Lang::De]);
        assert!(
            f[0].message.contains("paragraph at line"),
            "{}",
            f[0].message
        );
        let lost = f[0].counterpart.as_ref().map(|c| c.line);
        assert_eq!(lost, Some(pivot.paragraphs[1].line));
        let whole = doc(
            Lang::Fr,
            &[
                "Le contrat a été signé lundi à la mairie de Vessburg.",
                "Le coût s'élève à 4,5 millions d'euros pour 300 logements. \
                 Les travaux commencent en mars 2025 et dureront deux ans.",
            ],
        );
        pairs[0] = evidence(Lang::Fr, &pivot, &whole, &joined);
        assert!(found(&pairs).is_empty());
    }

    /// A version whose bead renders two pivot sentences with one short
    /// sentence, where the other versions use two that fit, lost one (a
    /// warning when the aligner doubts the bead; nothing when the lost
    /// sentence is shorter than the least length reported); the same short
    /// rendering in two clauses joined by a semicolon is a translator's
    /// merge, as many clauses as the others' sentences.
    #[test]
    fn a_short_merge_is_a_loss_unless_it_keeps_the_clauses() {
        let pivot = doc(
            Lang::De,
            &[
                "Der Vertrag wurde am Montag im Rathaus von Vessburg feierlich unterzeichnet. \
               Die Kosten betragen nach Angaben der Stadt 4,5 Millionen Euro.",
            ],
        );
        let full = [
            (
                Lang::En,
                "The contract was solemnly signed at Vessburg town hall on Monday. \
                        According to the town, the costs amount to 4.5 million euros.",
            ),
            (
                Lang::Es,
                "El contrato se firmó solemnemente el lunes en el ayuntamiento de Vessburg. \
                        Según la ciudad, los costes ascienden a 4,5 millones de euros.",
            ),
        ]
        .map(|(lang, text)| (lang, doc(lang, &[text])));
        let apart = DocAlignment {
            sentences: Alignment {
                beads: vec![bead(0..1, 0..1), bead(1..2, 1..2)],
                unaligned: Default::default(),
            },
            ..paragraphs(vec![bead(0..1, 0..1)])
        };
        let merged = |score: f64| {
            let mut short = bead(0..2, 0..1);
            short.evidence.length_delta = -2.0;
            short.score = score;
            DocAlignment {
                sentences: Alignment {
                    beads: vec![short],
                    unaligned: Default::default(),
                },
                ..paragraphs(vec![bead(0..1, 0..1)])
            }
        };
        let (sure, doubted) = (merged(0.9), merged(0.4));
        let found_at = |fr: &Document, al: &DocAlignment, min_length: u32| {
            let mut pairs = vec![evidence(Lang::Fr, &pivot, fr, al)];
            pairs.extend(full.iter().map(|(l, d)| evidence(*l, &pivot, d, &apart)));
            findings("r", &pairs, &BTreeSet::new(), &|_| false, min_length)
        };
        let found = |fr: &Document| found_at(fr, &sure, 17);
        let lost = doc(
            Lang::Fr,
            &["Le contrat a été signé lundi, il coûte 4,5 millions."],
        );
        let f = found(&lost);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].kind, Kind::MissingSentence);
        assert_eq!(f[0].severity, Severity::Error);
        let f = found_at(&lost, &doubted, 17);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(found_at(&lost, &sure, 200).is_empty());
        let joined = doc(
            Lang::Fr,
            &["Le contrat a été signé lundi ; il coûte 4,5 millions d'euros."],
        );
        assert!(found(&joined).is_empty());
    }

    /// A merged bead's loss is an error only where the aligner is sure of
    /// the spot: a doubted bead beside it, or one leaving the version as
    /// long as the merged one leaves it short, makes it a warning.
    #[test]
    fn a_loss_beside_an_unsure_or_long_bead_is_a_warning() {
        let severity = |delta: f32, score: f64| {
            let mut before = bead(0..1, 0..1);
            (before.evidence.length_delta, before.score) = (delta, score);
            let beads = [before, bead(1..3, 1..2), bead(3..4, 2..3)];
            let f = Finding::new(Kind::MissingSentence, "r", vec![Lang::Fr], "lost");
            doubted(f, &beads, 1).severity
        };
        assert_eq!(severity(0.2, 0.9), Severity::Error);
        assert_eq!(severity(-1.5, 0.9), Severity::Error);
        assert_eq!(severity(1.2, 0.9), Severity::Warning);
        assert_eq!(severity(0.2, 0.4), Severity::Warning);
    }

    /// A sentence bead that joins the last sentence of one pivot paragraph
    /// and the first of the next into one version sentence is a merge
    /// across paragraphs; the same sentences in beads of their own are not.
    #[test]
    fn a_sentence_folded_across_a_paragraph_bound_is_told_apart() {
        let pivot = doc(
            Lang::De,
            &[
                "Der Vertrag wurde am Montag unterzeichnet.",
                "Die Kosten betragen 4,5 Millionen Euro.",
                "Der Bau beginnt im März 2025.",
            ],
        );
        let fr = doc(
            Lang::Fr,
            &[
                "Le contrat a été signé lundi.",
                "Les coûts s'élèvent à 4,5 millions d'euros. Les travaux commencent en mars 2025.",
            ],
        );
        let with = |sentences: Vec<Bead>| DocAlignment {
            sentences: Alignment {
                beads: sentences,
                unaligned: Default::default(),
            },
            ..paragraphs(vec![bead(0..1, 0..1), bead(1..3, 1..2)])
        };
        let folded = with(vec![bead(0..1, 0..1), bead(1..3, 1..2)]);
        let kept = with(vec![bead(0..1, 0..1), bead(1..2, 1..2), bead(2..3, 2..3)]);
        let across =
            |al: &DocAlignment| merged_across(&evidence(Lang::Fr, &pivot, &fr, al), &(1..3), 2);
        assert!(across(&folded));
        assert!(!across(&kept));
    }
}
