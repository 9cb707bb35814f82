//! Number mismatches turned into findings, with the sentence holding the
//! number on each side as excerpt.

use super::{Located, Mismatch};
use crate::Lang;
use crate::align::Bead;
use crate::check::excerpt::{line_at, short};
use crate::check::vote::tally;
use crate::check::{Finding, Kind, Place};
use crate::release::Document;

/// The mismatches of every pair, turned into findings; `pairs` versions were compared.
pub fn findings(
    release: &str,
    pivot: &Document,
    found: Vec<(Lang, &Document, Bead, Mismatch)>,
    pairs: usize,
) -> Vec<Finding> {
    let value = |l: &Option<Located>| l.as_ref().map(|l| l.number.value.clone());
    // The pivot's number is the same token whatever version it is compared
    // with, even when the beads around it differ from pair to pair.
    let at = |l: &Option<Located>| l.as_ref().map(|l| (l.paragraph, l.number.start));
    let candidates = found
        .into_iter()
        .map(|(lang, doc, bead, m)| {
            (
                lang,
                (at(&m.pivot), value(&m.pivot), value(&m.other)),
                (doc, bead, m),
            )
        })
        .collect();
    let vote = tally(candidates, pairs);
    let mut out: Vec<Finding> = vote
        .pivot
        .into_iter()
        .map(|(_, voters)| {
            let others: Vec<Lang> = voters.iter().map(|(l, _)| *l).collect();
            let (doc, bead, m) = &voters[0].1;
            one(release, pivot, doc, bead, m, Some(&others))
        })
        .collect();
    out.extend(
        vote.versions
            .into_iter()
            .map(|(_, _, (doc, bead, m))| one(release, pivot, doc, &bead, &m, None)),
    );
    out
}

/// One finding; `blame_pivot` lists the versions that agree against the pivot.
fn one(
    release: &str,
    pivot: &Document,
    doc: &Document,
    bead: &Bead,
    m: &Mismatch,
    blame_pivot: Option<&[Lang]>,
) -> Finding {
    let (mp, mo) = (m.pivot.as_ref(), m.other.as_ref());
    let p_place = place(pivot, bead.src.clone(), mp, mo, doc);
    let v_place = place(doc, bead.tgt.clone(), mo, mp, pivot);
    let values = (
        mp.map(|l| l.number.value.as_str()),
        mo.map(|l| l.number.value.as_str()),
    );
    let (langs, msg, here, there) = match blame_pivot {
        None => (
            vec![doc.lang, pivot.lang],
            version_message(pivot.lang, doc.lang, values),
            v_place,
            p_place,
        ),
        Some(others) => {
            let langs = std::iter::once(pivot.lang)
                .chain(others.iter().copied())
                .collect();
            (
                langs,
                pivot_message(pivot.lang, others, values),
                p_place,
                v_place,
            )
        }
    };
    Finding::new(Kind::NumberMismatch, release, langs, msg)
        .at(here.path, here.line, here.excerpt)
        .against(there)
}

/// The message when version `vl` is at fault; `values` are (pivot, version).
fn version_message(pl: Lang, vl: Lang, values: (Option<&str>, Option<&str>)) -> String {
    match values {
        (Some(p), Some(o)) => format!("{vl} states {o} where {pl} states {p}"),
        (Some(p), None) => format!("{pl} states {p}, which the aligned {vl} text lacks"),
        (None, Some(o)) => format!("{vl} states {o}, which the aligned {pl} text lacks"),
        (None, None) => String::new(),
    }
}

/// The message when the pivot `pl` is at fault and `others` agree against it.
fn pivot_message(pl: Lang, others: &[Lang], values: (Option<&str>, Option<&str>)) -> String {
    let names: Vec<&str> = others.iter().map(|l| l.code()).collect();
    let names = names.join(", ");
    match values {
        (Some(p), Some(o)) => format!("{pl} states {p} where {names} state {o}"),
        (Some(p), None) => format!("{pl} states {p}, which {names} lack"),
        (None, Some(o)) => format!("{pl} lacks the {o} that {names} state"),
        (None, None) => String::new(),
    }
}

/// Where a number sits in `doc`; when this side lacks it, the sentence at the
/// same relative position as the other side's number.
fn place(
    doc: &Document,
    paras: std::ops::Range<usize>,
    own: Option<&Located>,
    theirs: Option<&Located>,
    their_doc: &Document,
) -> Place {
    let (p, offset) = match (own, theirs) {
        (Some(l), _) => (l.paragraph, l.number.start),
        (None, Some(t)) => {
            let share = their_doc
                .paragraphs
                .get(t.paragraph)
                .map_or(0.0, |q| t.number.start as f64 / q.text.len().max(1) as f64);
            let p = paras.start.min(doc.paragraphs.len().saturating_sub(1));
            let len = doc.paragraphs.get(p).map_or(0, |q| q.text.len());
            (p, (share * len as f64) as usize)
        }
        (None, None) => (paras.start, 0),
    };
    let Some(para) = doc.paragraphs.get(p) else {
        return Place {
            lang: doc.lang,
            path: doc.path.clone(),
            line: 0,
            excerpt: None,
        };
    };
    let sentence = para
        .sentences
        .iter()
        .find(|s| s.span.contains(&offset))
        .or(para.sentences.last());
    Place {
        lang: doc.lang,
        path: doc.path.clone(),
        line: match (own, sentence) {
            (None, Some(s)) => line_at(para, s.span.start),
            _ => line_at(para, offset),
        },
        excerpt: sentence.map(|s| short(s.text(&para.text))),
    }
}
