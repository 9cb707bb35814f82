//! The findings for lost content, once [`blame`](super::blame) has settled
//! who lost it: which version lacks what, where, set against where it
//! belongs in the other.

use super::blame::{Candidate, PairEvidence};
use super::pair::{Level, Side};
use super::tails::Tail;
use super::{Finding, Kind};
use crate::Lang;

fn kind(level: Level, missing: bool) -> Kind {
    match (level, missing) {
        (Level::Paragraph, true) => Kind::MissingParagraph,
        (Level::Paragraph, false) => Kind::ExtraParagraph,
        (Level::Sentence, true) => Kind::MissingSentence,
        (Level::Sentence, false) => Kind::ExtraSentence,
    }
}

fn noun(level: Level) -> &'static str {
    match level {
        Level::Paragraph => "paragraph",
        Level::Sentence => "sentence",
    }
}

/// A gap most versions share: the pivot lacks what they hold (version
/// gaps), or holds what they all lack (pivot gaps); a paragraph when any
/// version's gap at the spot is one.
pub(super) fn pivot_gap(
    release: &str,
    c: &Candidate,
    all: &[Candidate],
    voters: &[Lang],
) -> Finding {
    let side = c.side;
    let same = |o: &&Candidate| o.side == side && o.pos.abs_diff(c.pos) <= 1;
    let c = all
        .iter()
        .filter(same)
        .find(|o| o.gap.level == Level::Paragraph)
        .unwrap_or(c);
    let pair = &c.ev.pair;
    let p = pair.doc(Side::Pivot).lang;
    let names: Vec<&str> = voters.iter().map(|l| l.code()).collect();
    let (level, unit) = (c.gap.level, c.gap.units.start);
    let (here, there) = match side {
        Side::Version => (
            pair.place(Side::Pivot, level, c.gap.at),
            pair.place(Side::Version, level, unit),
        ),
        Side::Pivot => (
            pair.place(Side::Pivot, level, unit),
            pair.place(Side::Version, level, c.gap.at),
        ),
    };
    let msg = match side {
        Side::Version => format!(
            "the {} versions hold a {} here that the {p} version lacks (the {} text at line {} has no {p} counterpart)",
            names.join(", "),
            noun(level),
            c.lang,
            there.line
        ),
        Side::Pivot => format!(
            "the {p} {} at line {} has no counterpart in the {} versions",
            noun(level),
            here.line,
            names.join(", ")
        ),
    };
    let mut langs = vec![p];
    langs.extend(voters);
    let f = Finding::new(kind(level, side == Side::Version), release, langs, msg);
    f.between(here, there)
}

/// A gap of one version: it lacks a pivot unit (pivot gap), or holds one
/// the pivot lacks (version gap; with a single pair, reported as lost from
/// the pivot).
pub(super) fn version_gap(release: &str, c: &Candidate, single: bool) -> Finding {
    let pair = &c.ev.pair;
    let (p, v) = (pair.doc(Side::Pivot).lang, c.lang);
    let (level, unit) = (c.gap.level, c.gap.units.start);
    let own = pair.place(c.gap.side, level, unit);
    let mut across = pair.place(c.gap.side.other(), level, c.gap.at);
    // A lost sentence belongs in the paragraph aligned with its own.
    if level == Level::Sentence {
        let p = pair.numbering[c.gap.side as usize].paragraph_of[unit];
        if let Some(q) = pair.paragraph_across(c.gap.side, p) {
            across = pair.place(c.gap.side.other(), Level::Paragraph, q);
        }
    }
    let n = noun(level);
    match c.gap.side {
        Side::Pivot => {
            let msg = format!(
                "the {p} {n} at line {} has no {v} counterpart (it belongs before the {v} text shown, line {})",
                own.line, across.line
            );
            Finding::new(kind(level, true), release, vec![v, p], msg).between(across, own)
        }
        Side::Version if single => {
            let msg = format!(
                "the {v} {n} at line {} has no {p} counterpart (it belongs before the {p} text shown, line {})",
                own.line, across.line
            );
            Finding::new(kind(level, true), release, vec![p, v], msg).between(across, own)
        }
        Side::Version => {
            let msg = format!(
                "the {v} {n} at line {} has no {p} counterpart (nor in the other versions)",
                own.line
            );
            Finding::new(kind(level, false), release, vec![v, p], msg).between(own, across)
        }
    }
}

/// The version on `side` of `ev` is cut short at tail `t`.
pub(super) fn truncated(release: &str, ev: &PairEvidence, t: &Tail, side: Side) -> Finding {
    let pair = &ev.pair;
    let (cut, whole) = (pair.doc(side), pair.doc(side.other()));
    // The kept side's first paragraph that is lost as a whole: a page cut
    // inside a paragraph keeps that paragraph's start.
    let paras = &pair.numbering[t.side as usize].sentences_of;
    let first = paras
        .iter()
        .position(|r| r.start >= t.start && !r.is_empty())
        .unwrap_or(pair.numbering[t.side as usize].paragraph_of[t.start]);
    let from = pair.place(t.side, Level::Paragraph, first);
    let last = cut.paragraphs.len().saturating_sub(1);
    let end = pair.place(side, Level::Paragraph, last);
    let msg = format!(
        "the {} version stops early: nothing matches the {} text from line {} on ({:.0}% of it)",
        cut.lang,
        whole.lang,
        from.line,
        t.share * 100.0
    );
    let f = Finding::new(
        Kind::TruncatedVersion,
        release,
        vec![cut.lang, whole.lang],
        msg,
    );
    f.between(end, from)
}
