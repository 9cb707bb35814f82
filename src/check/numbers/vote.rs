//! The number findings of a release: the per-pair differences of
//! [`find`](super::find) weighed across every version, so that the version
//! the others outvote is the one blamed, the pivot included.

use std::collections::BTreeSet;
use std::ops::Range;

use super::{Diff, loose_near};
use crate::Lang;
use crate::align::Stated;
use crate::check::blame::PairEvidence;
use crate::check::pair::{Level, Pair, Side};
use crate::check::{Finding, Kind, Severity};
use crate::score::quantity::figure::{impossible, same_figure, same_kind, same_value};
use crate::score::quantity::{Quantity, Value};

/// The number findings of a release: substitutions most versions share are
/// the pivot's, and so is one where the pivot's date is one no calendar has
/// ([`impossible`]); the others are each version's own; unprovable
/// differences are notes.
pub fn findings(release: &str, pairs: &[PairEvidence], cut: &BTreeSet<Lang>) -> Vec<Finding> {
    let mut out = Vec::new();
    let live: Vec<&PairEvidence> = pairs.iter().filter(|ev| !cut.contains(&ev.lang)).collect();
    let mut pivot_blamed: Vec<(usize, Value)> = Vec::new();
    for ev in &live {
        for d in &ev.numbers {
            if !d.provable {
                out.push(unprovable(release, ev, d, &live, &mut pivot_blamed));
                continue;
            }
            let Some(Stated {
                segment: s,
                quantity: pq,
            }) = &d.pivot
            else {
                unreachable!("a provable difference has two sides")
            };
            let voters = contradict(&live, *s, &pq.value);
            let n = voters.len();
            let confirmers = live.iter().filter(|o| confirms(o, *s, &pq.value)).count();
            let vs = d.version.as_ref().expect("a provable difference");
            let outvoted = n >= 2 && (2 * n > live.len() || confirmers == 0);
            if outvoted || (impossible(pq) && !impossible(&vs.quantity)) {
                let agreed = agreed(&voters, &vs.quantity);
                if !agreed.iter().any(|(l, _)| *l == ev.lang) {
                    // The pivot is wrong, and this version states yet another figure.
                    out.push(outvoted_on(release, ev, Side::Version, vs, &agreed));
                } else if first_blame(&mut pivot_blamed, *s, pq.value) {
                    let pivot = d.pivot.as_ref().expect("a provable difference");
                    out.push(outvoted_on(release, ev, Side::Pivot, pivot, &agreed));
                }
            } else if let Some(f) = pivot_outvoted(release, ev, d, &live, &mut pivot_blamed) {
                out.extend(f);
            } else {
                // Only this version has a say on the figure: no other one
                // states it, or states another.
                let alone = n == 1 && confirmers == 0;
                out.push(substitution(release, ev, d, alone));
            }
        }
    }
    out
}

/// Notes that the pivot is blamed for figure `value` of its sentence `s`;
/// false when it already was (the pivot is blamed once per figure,
/// whichever pair shows it).
fn first_blame(blamed: &mut Vec<(usize, Value)>, s: usize, value: Value) -> bool {
    let fresh = !blamed.contains(&(s, value));
    if fresh {
        blamed.push((s, value));
    }
    fresh
}

/// The versions of `live` whose pairs prove that they state pivot sentence
/// `s`'s figure `value` otherwise, each with the figure it states.
fn contradict<'q>(live: &[&'q PairEvidence], s: usize, value: &Value) -> Vec<(Lang, &'q Quantity)> {
    live.iter()
        .filter_map(|o| {
            let od = o.numbers.iter().find(|od| {
                od.provable
                    && od
                        .pivot
                        .as_ref()
                        .is_some_and(|p| p.segment == s && p.quantity.value == *value)
            })?;
            Some((o.lang, &od.version.as_ref()?.quantity))
        })
        .collect()
}

/// The versions of `voters` that state the figure most of them state
/// instead of the pivot's: versions that contradict the pivot need not
/// agree with each other, and one that states yet another figure where two
/// or more agree is wrong too. All of them when no figure is stated twice.
fn agreed<'q>(voters: &[(Lang, &'q Quantity)], mine: &Quantity) -> Vec<(Lang, &'q Quantity)> {
    let stating = |q: &Quantity| -> Vec<(Lang, &'q Quantity)> {
        voters
            .iter()
            .filter(|(_, v)| v.value == q.value)
            .copied()
            .collect()
    };
    let best = voters
        .iter()
        .map(|(_, q)| stating(q))
        .max_by_key(|w| (w.len(), w[0].1.value == mine.value));
    match best {
        Some(w) if w.len() >= 2 => w,
        _ => voters.to_vec(),
    }
}

/// The witnesses against figure `v`, written in digits, that one version
/// (or the pivot) states where its counterpart states it otherwise (in
/// words, as a figure the two cannot be compared on, or not at all):
/// the languages of `said` (what every other version states for the same
/// pivot sentences) that agree on one other value that could be the same
/// figure, when at least two do and none states `v`. `mine` is what the
/// accused side states there: a figure it states too is not the one it
/// replaced. This is the multi-way reading of a bead: a version is wrong
/// where the others agree against it, whatever the pivot's wording.
fn outvoted<'q>(
    v: &Quantity,
    said: &[(Lang, Vec<&'q Quantity>)],
    mine: &[&Quantity],
) -> Option<Vec<(Lang, &'q Quantity)>> {
    if v.spelled
        || said
            .iter()
            .any(|(_, qs)| qs.iter().any(|q| same_value(q, v)))
    {
        return None;
    }
    let replaced = |w: &Quantity| {
        same_kind(v, w) && same_figure(v, w) && !mine.iter().any(|m| m.value == w.value)
    };
    let mut best: Option<Vec<(Lang, &Quantity)>> = None;
    let candidates = said.iter().flat_map(|(_, qs)| qs.iter().copied());
    for w in candidates.filter(|w| replaced(w)) {
        let witnesses: Vec<(Lang, &Quantity)> = said
            .iter()
            .filter(|(_, qs)| qs.iter().any(|q| q.value == w.value))
            .map(|(l, _)| (*l, w))
            .collect();
        if witnesses.len() > best.as_ref().map_or(1, Vec::len) {
            best = Some(witnesses);
        }
    }
    best
}

/// What each version of `live` but `skip` states for pivot sentences
/// `pivot`, by language.
fn versions_state<'q>(
    live: &[&'q PairEvidence],
    skip: Option<Lang>,
    pivot: &Range<usize>,
) -> Vec<(Lang, Vec<&'q Quantity>)> {
    live.iter()
        .filter(|o| Some(o.lang) != skip)
        .map(|o| (o.lang, stated_across(o, pivot, Side::Version)))
        .collect()
}

/// The finding for a difference the pair alone cannot prove: a
/// substitution when the other versions outvote the version's figure, or
/// the pivot's one it lacks ([`outvoted`]; the pivot is blamed once per
/// figure, noted in `pivot_blamed`), else a note.
fn unprovable(
    release: &str,
    ev: &PairEvidence,
    d: &Diff,
    live: &[&PairEvidence],
    pivot_blamed: &mut Vec<(usize, Value)>,
) -> Finding {
    let r = &d.pivot_sentences;
    if let Some(vs) = &d.version {
        let mut said = vec![(
            ev.pair.doc(Side::Pivot).lang,
            stated_across(ev, r, Side::Pivot),
        )];
        said.extend(versions_state(live, Some(ev.lang), r));
        let mine = stated_mine(ev, r, Side::Version);
        if let Some(witnesses) = outvoted(&vs.quantity, &said, &mine) {
            return outvoted_on(release, ev, Side::Version, vs, &witnesses);
        }
    }
    if let (Some(ps), None) = (&d.pivot, &d.version) {
        let fresh = |_: &_| first_blame(pivot_blamed, ps.segment, ps.quantity.value);
        if let Some(witnesses) = against_pivot(ev, ps, r, live).filter(fresh) {
            return outvoted_on(release, ev, Side::Pivot, ps, &witnesses);
        }
    }
    note(release, ev, d)
}

/// The versions of `live` that outvote the pivot's figure `ps` of pivot
/// sentences `r` ([`outvoted`]), as `ev`'s pair reads the pivot there.
fn against_pivot<'q>(
    ev: &PairEvidence,
    ps: &Stated,
    r: &Range<usize>,
    live: &[&'q PairEvidence],
) -> Option<Vec<(Lang, &'q Quantity)>> {
    let said = versions_state(live, None, r);
    outvoted(&ps.quantity, &said, &stated_mine(ev, r, Side::Pivot))
}

/// The finding for a substitution one pair proves and the other versions
/// settle against the pivot: they agree on the version's figure, or on
/// one other, and none states the pivot's ([`outvoted`]). `Some(vec![])`
/// when the pivot was already blamed for that figure; `None` when the
/// versions do not outvote the pivot, and the version is at fault.
fn pivot_outvoted(
    release: &str,
    ev: &PairEvidence,
    d: &Diff,
    live: &[&PairEvidence],
    pivot_blamed: &mut Vec<(usize, Value)>,
) -> Option<Vec<Finding>> {
    let ps = d.pivot.as_ref()?;
    let witnesses = against_pivot(ev, ps, &d.pivot_sentences, live)?;
    if !witnesses.iter().any(|(l, _)| *l == ev.lang) {
        return None;
    }
    if !first_blame(pivot_blamed, ps.segment, ps.quantity.value) {
        return Some(Vec::new());
    }
    Some(vec![outvoted_on(release, ev, Side::Pivot, ps, &witnesses)])
}

/// What `side` of `ev`'s pair states for pivot sentences `pivot`
/// ([`stated_across`]), and the figures it leaves unmatched in the beads
/// around them ([`loose_near`]) that the counterpart leaves unmatched in
/// this bead: such a figure moved with a misplaced bead, and is not one
/// the accused side replaced.
fn stated_mine<'q>(ev: &'q PairEvidence, pivot: &Range<usize>, side: Side) -> Vec<&'q Quantity> {
    let mut mine = stated_across(ev, pivot, side);
    let beads = &ev.pair.alignment(Level::Sentence).beads;
    if let Some(i) = beads.iter().position(|b| b.src == *pivot) {
        let n = &beads[i].evidence.numbers;
        let theirs = match side {
            Side::Pivot => &n.tgt_only,
            Side::Version => &n.src_only,
        };
        let moved = |q: &&Stated| theirs.iter().any(|t| t.quantity.value == q.quantity.value);
        mine.extend(
            loose_near(&ev.pair, side, i)
                .filter(moved)
                .map(|s| &s.quantity),
        );
    }
    mine
}

/// The figure `stated` on `side` of `ev`'s pair, which the versions
/// `witnesses` state otherwise (each with the figure it states): blamed on
/// that side's language, set against the other side's text at the same
/// place.
fn outvoted_on(
    release: &str,
    ev: &PairEvidence,
    side: Side,
    stated: &Stated,
    witnesses: &[(Lang, &Quantity)],
) -> Finding {
    let pair = &ev.pair;
    let (p, v) = (pair.doc(Side::Pivot).lang, ev.lang);
    let blamed = if side == Side::Pivot { p } else { v };
    let names: Vec<&str> = witnesses.iter().map(|(l, _)| l.code()).collect();
    let mut figures: Vec<String> = witnesses.iter().map(|(_, q)| shown(q)).collect();
    figures.dedup();
    let msg = format!(
        "{blamed} states {} where the {} versions state {} («{}»)",
        shown(&stated.quantity),
        names.join(", "),
        figures.join(" or "),
        written(pair, side, stated),
    );
    let here = pair.place(side, Level::Sentence, stated.segment);
    let at = pair.position_across(side, Level::Sentence, stated.segment);
    let there = pair.place(side.other(), Level::Sentence, at);
    let mut langs = vec![blamed];
    if side == Side::Version {
        langs.push(p);
    }
    langs.extend((witnesses.iter().map(|(l, _)| *l)).filter(|&l| l != p && l != blamed));
    let f = Finding::new(Kind::NumberMismatch, release, langs, msg)
        .naming(blamed, written(pair, side, stated));
    f.between(here, there)
}

/// The quantities `side` of `ev`'s pair states in the sentence beads that
/// hold pivot sentences `pivot`.
fn stated_across<'q>(ev: &'q PairEvidence, pivot: &Range<usize>, side: Side) -> Vec<&'q Quantity> {
    let overlaps = |r: &Range<usize>| r.start < pivot.end && pivot.start < r.end;
    ev.pair
        .alignment(Level::Sentence)
        .beads
        .iter()
        .filter(|b| overlaps(&b.src))
        .flat_map(|b| b.evidence.numbers.side(side as usize))
        .map(|s| &s.quantity)
        .collect()
}

/// True when the pair `ev` matched `value` of pivot sentence `s` in a
/// bead: that version states the pivot's figure. Versions that spell it
/// out or leave it out neither confirm nor contradict it, so two versions
/// that contradict the pivot where none confirms it outvote it.
fn confirms(ev: &PairEvidence, s: usize, value: &Value) -> bool {
    let beads = &ev.pair.alignment(Level::Sentence).beads;
    beads.iter().filter(|b| b.src.contains(&s)).any(|b| {
        let shared = &b.evidence.numbers.shared;
        shared
            .iter()
            .any(|(p, _)| p.segment == s && p.quantity.value == *value)
    })
}

/// `text[span]` of a quantity's sentence, as written.
fn written(pair: &Pair, side: Side, s: &Stated) -> String {
    let text = pair.sentence_text(side, s.segment).unwrap_or("");
    text.get(s.quantity.span.clone())
        .unwrap_or("")
        .trim()
        .to_string()
}

/// The canonical value of a quantity, as the message shows it.
fn shown(q: &Quantity) -> String {
    match q.value {
        Value::Number(n) => n.to_string(),
        Value::Date { .. } => q.key().trim_start_matches("d:").to_string(),
    }
}

/// A figure the version states otherwise than the pivot, blamed on the
/// version; `alone` when no other version states the figure, so that
/// nothing tells which of the two is at fault (the message says so).
fn substitution(release: &str, ev: &PairEvidence, d: &Diff, alone: bool) -> Finding {
    let pair = &ev.pair;
    let (Some(ps), Some(vs)) = (&d.pivot, &d.version) else {
        unreachable!("a substitution has two sides")
    };
    let (p, v) = (pair.doc(Side::Pivot).lang, ev.lang);
    let undecided = match alone {
        true => "; no other version states this figure, so either may be the one at fault",
        false => "",
    };
    let msg = format!(
        "{v} states {} where {p} states {} («{}» against «{}»){undecided}",
        shown(&vs.quantity),
        shown(&ps.quantity),
        written(pair, Side::Version, vs),
        written(pair, Side::Pivot, ps)
    );
    let here = pair.place(Side::Version, Level::Sentence, vs.segment);
    let there = pair.place(Side::Pivot, Level::Sentence, ps.segment);
    let f = Finding::new(Kind::NumberMismatch, release, vec![v, p], msg)
        .naming(v, written(pair, Side::Version, vs))
        .naming(p, written(pair, Side::Pivot, ps));
    f.between(here, there)
}

/// A difference the evidence cannot prove: a note on the version, placed
/// at the side that states the quantity and where it belongs across.
fn note(release: &str, ev: &PairEvidence, d: &Diff) -> Finding {
    let pair = &ev.pair;
    let (p, v) = (pair.doc(Side::Pivot).lang, ev.lang);
    let (side, s) = match (&d.pivot, &d.version) {
        (Some(s), _) => (Side::Pivot, s),
        (None, Some(s)) => (Side::Version, s),
        (None, None) => unreachable!("a difference has a side"),
    };
    let (states, lacks) = match side {
        Side::Pivot => (p, v),
        Side::Version => (v, p),
    };
    let msg = format!(
        "{states} states «{}» that {lacks} does not state as such (spelled out or paraphrased?)",
        written(pair, side, s)
    );
    let own = pair.place(side, Level::Sentence, s.segment);
    let at = pair.position_across(side, Level::Sentence, s.segment);
    let across = pair.place(side.other(), Level::Sentence, at);
    let (here, there) = match side {
        Side::Pivot => (across, own),
        Side::Version => (own, across),
    };
    let mut f = Finding::new(Kind::NumberMismatch, release, vec![v, p], msg)
        .naming(states, written(pair, side, s));
    f.severity = Severity::Info;
    f.between(here, there)
}
