//! Gaps turned into findings, blaming the version or, when most versions
//! agree against it, the pivot.

use super::{Gap, Level, Side};
use crate::Lang;
use crate::check::excerpt::{line_at, sentence_index, short};
use crate::check::vote::tally;
use crate::check::{Finding, Kind, Place};
use crate::release::Document;

/// The gaps of every pair, turned into findings; `pairs` versions were compared.
pub fn findings(
    release: &str,
    pivot: &Document,
    gaps: Vec<(Lang, &Document, Gap)>,
    pairs: usize,
) -> Vec<Finding> {
    // With a single pair nobody can outvote anyone. Content one side has and
    // the other lacks is then read as lost from the shorter side, pivot or
    // not: pages lose text (a translator skips a sentence, a page is cut)
    // far more often than they gain text that no other version has.
    let (lone, gaps): (Vec<_>, Vec<_>) = gaps
        .into_iter()
        .partition(|(_, _, g)| pairs == 1 && g.side == Side::Version);
    let mut out: Vec<Finding> = lone
        .into_iter()
        .map(|(lang, doc, g)| pivot_fault(release, pivot, &[(lang, (doc, g))]))
        .collect();
    let candidates = gaps
        .into_iter()
        .map(|(lang, doc, g)| (lang, (g.level, g.side, spot(pivot, doc, &g)), (doc, g)))
        .collect();
    let vote = tally(candidates, pairs);
    out.extend(
        vote.pivot
            .into_iter()
            .map(|(_, voters)| pivot_fault(release, pivot, &voters)),
    );
    out.extend(
        vote.versions
            .into_iter()
            .map(|(_, _, (doc, g))| version_fault(release, pivot, doc, &g)),
    );
    out
}

/// Where a gap sits, in terms every version shares: the paragraph (of the
/// side holding the content) and, for whole paragraphs, their position in a
/// multi-unit gap. Pairs place a sentence gap at slightly different sentence
/// boundaries, so votes are counted per paragraph.
fn spot(pivot: &Document, doc: &Document, g: &Gap) -> (usize, usize) {
    let para = |d: &Document, unit: usize| {
        let ix = sentence_index(d);
        ix.get(unit).or(ix.last()).map_or(0, |x| x.0)
    };
    match (g.level, g.side) {
        (Level::Paragraph, Side::Pivot) => (g.pivot_pos, 0),
        (Level::Paragraph, Side::Version) => (g.version_pos, g.offset),
        (Level::Sentence, Side::Pivot) => (para(pivot, g.pivot_pos), 0),
        (Level::Sentence, Side::Version) => (para(doc, g.version_pos), 0),
    }
}

fn kind(level: Level, side: Side) -> Kind {
    match (level, side) {
        (Level::Paragraph, Side::Pivot) => Kind::MissingParagraph,
        (Level::Paragraph, Side::Version) => Kind::ExtraParagraph,
        (Level::Sentence, Side::Pivot) => Kind::MissingSentence,
        (Level::Sentence, Side::Version) => Kind::ExtraSentence,
    }
}

fn noun(level: Level) -> &'static str {
    match level {
        Level::Paragraph => "paragraph",
        Level::Sentence => "sentence",
    }
}

/// One version lacks (or adds) a unit the pivot has (or lacks).
fn version_fault(release: &str, pivot: &Document, doc: &Document, g: &Gap) -> Finding {
    let (pl, vl) = (pivot.lang, doc.lang);
    let there = place(pivot, g.level, g.pivot_pos);
    let (here, where_) = match g.side {
        Side::Pivot => anchor(doc, g.version_pos, pivot, g.pivot_pos, g.level),
        Side::Version => (place(doc, g.level, g.version_pos), String::new()),
    };
    let what = noun(g.level);
    let message = match g.side {
        Side::Pivot => format!(
            "the {pl} {what} at line {} has no {vl} counterpart (it belongs {where_})",
            there.line
        ),
        Side::Version => format!("this {vl} {what} has no counterpart in the {pl} version"),
    };
    Finding::new(kind(g.level, g.side), release, vec![vl, pl], message)
        .at(here.path, here.line, here.excerpt)
        .against(there)
}

/// Most versions agree that the pivot has an extra unit or lacks one.
fn pivot_fault(release: &str, pivot: &Document, voters: &[(Lang, (&Document, Gap))]) -> Finding {
    let (_, (doc, g)) = &voters[0];
    let pl = pivot.lang;
    let langs: Vec<Lang> = std::iter::once(pl)
        .chain(voters.iter().map(|(l, _)| *l))
        .collect();
    let others: Vec<&str> = voters.iter().map(|(l, _)| l.code()).collect();
    let there = place(doc, g.level, g.version_pos);
    let (here, where_) = match g.side {
        Side::Pivot => (place(pivot, g.level, g.pivot_pos), String::new()),
        Side::Version => anchor(pivot, g.pivot_pos, doc, g.version_pos, g.level),
    };
    let what = noun(g.level);
    // Side::Pivot: the pivot holds content the others lack, so the pivot has an extra unit.
    let (kind, message) = match g.side {
        Side::Pivot => (
            kind(g.level, Side::Version),
            format!(
                "this {pl} {what} has no counterpart in {}",
                others.join(", ")
            ),
        ),
        Side::Version => (
            kind(g.level, Side::Pivot),
            format!(
                "the {pl} version lacks a {what} that {} have (it belongs {where_})",
                others.join(", ")
            ),
        ),
    };
    Finding::new(kind, release, langs, message)
        .at(here.path, here.line, here.excerpt)
        .against(there)
}

/// Where the unit `unit` of `full` belongs in `lacking`, which would hold
/// it at index `at`: the place, and where relative to it (before or after). At a
/// paragraph boundary a sentence that closed its paragraph in `full` belongs
/// after the previous sentence rather than before the next.
fn anchor(
    lacking: &Document,
    at: usize,
    full: &Document,
    unit: usize,
    level: Level,
) -> (Place, String) {
    let index = |d: &Document| match level {
        Level::Paragraph => (0..d.paragraphs.len()).map(|p| (p, 0)).collect(),
        Level::Sentence => sentence_index(d),
    };
    let (lacking_ix, full_ix) = (index(lacking), index(full));
    let boundary = at > 0
        && lacking_ix
            .get(at)
            .is_none_or(|(p, _)| Some(*p) != lacking_ix.get(at - 1).map(|x| x.0));
    let closes = level == Level::Paragraph || full_ix.get(unit).is_some_and(|&(_, s)| s > 0);
    if at > 0 && (at >= lacking_ix.len() || (boundary && closes && level == Level::Sentence)) {
        let p = place(lacking, level, at - 1);
        let text = format!(
            "after the {} {} shown, line {}",
            lacking.lang,
            noun(level),
            p.line
        );
        (p, text)
    } else {
        let p = place(lacking, level, at);
        let text = format!(
            "before the {} {} shown, line {}",
            lacking.lang,
            noun(level),
            p.line
        );
        (p, text)
    }
}

/// The unit `index` of `doc` at `level` as a place; past the end, the last unit.
pub fn place(doc: &Document, level: Level, index: usize) -> Place {
    let (line, text) = match level {
        Level::Paragraph => {
            let p = doc.paragraphs.get(index).or(doc.paragraphs.last());
            (p.map_or(0, |p| p.line), p.map(|p| short(&p.text)))
        }
        Level::Sentence => {
            let idx = sentence_index(doc);
            match idx.get(index).or(idx.last()) {
                Some(&(p, s)) => {
                    let para = &doc.paragraphs[p];
                    let sent = &para.sentences[s];
                    (
                        line_at(para, sent.span.start),
                        Some(short(sent.text(&para.text))),
                    )
                }
                None => (0, None),
            }
        }
    };
    Place {
        lang: doc.lang,
        path: doc.path.clone(),
        line,
        excerpt: text,
    }
}
