//! Quantities that a confident bead's counterpart states differently.
//!
//! The aligner's evidence layer reads every quantity of a sentence as a
//! value ([`crate::score::quantity`]: `22,9 Tausend` = `22 900`, `thirty` =
//! `30`, `14.03.2021` = `14 March 2021`) and matches the two sides of each
//! bead by value. What is left over is read here:
//!
//! - a value written in digits on both sides, left over on both sides of a
//!   confident bead, is a substitution: one version states another figure
//!   (an error, the version at fault being the one the others outvote);
//! - a version's digit figure that the pivot states otherwise (in words, or
//!   not at all) is still a substitution when the other versions, read
//!   through the same pivot sentences, agree on one other figure and none
//!   states the version's (the multi-way reading: the others outvote it);
//! - any other leftover (a number one side lacks, one spelled out in words,
//!   a paraphrase like `two weeks` against `14 Tagen`) cannot be proven
//!   wrong, and is a note ([`Severity::Info`]).
//!
//! A leftover the counterpart states elsewhere in the aligned paragraphs, as
//! often as its own side does there, is not a difference at all: the
//! sentence beads cut the text differently.

use std::collections::BTreeSet;

use super::blame::PairEvidence;
use super::pair::{Level, Pair, Side};
use super::{Finding, Kind, Severity, Tuning};
use crate::Lang;
use crate::align::{Bead, BeadNumbers, Stated};
use crate::score::quantity::{Quantity, QuantityKind, Value};
use std::ops::Range;

/// A quantity one side of a bead states that the other does not.
#[derive(Clone, Debug, PartialEq)]
pub struct Diff {
    /// The pivot's quantity and its sentence, if the pivot states one.
    pub pivot: Option<Stated>,
    /// The version's quantity and its sentence, if the version states one.
    pub version: Option<Stated>,
    /// True for a substitution of figures written in digits on both sides.
    pub provable: bool,
    /// The pivot sentences of the bead the difference was found in.
    pub pivot_sentences: Range<usize>,
}

/// The number differences of `pair`, over its confident sentence beads,
/// read off the numbers the aligner matched in each bead
/// ([`BeadNumbers`]).
pub fn find(pair: &Pair, tuning: &Tuning) -> Vec<Diff> {
    let beads = &pair.alignment(Level::Sentence).beads;
    let mut out = Vec::new();
    for (i, b) in beads.iter().enumerate() {
        let n = &b.evidence.numbers;
        let confident = !b.src.is_empty() && !b.tgt.is_empty();
        if !confident || b.score < tuning.min_number_posterior {
            continue;
        }
        if n.src_only.is_empty() && n.tgt_only.is_empty() {
            continue;
        }
        let mut left_p = unstated(pair, Side::Version, i, &n.src_only, &n.tgt_only);
        let mut left_v = unstated(pair, Side::Pivot, i, &n.tgt_only, &n.src_only);
        clock_times(&mut left_p, &mut left_v, n, Side::Version);
        clock_times(&mut left_v, &mut left_p, n, Side::Pivot);
        out.extend(pair_up(left_p, left_v, &b.src));
    }
    out
}

/// The quantities of `only` that `side` does not state near bead `i`
/// ([`stated_nearby`]), nor leaves unmatched in a neighbouring bead
/// ([`loose_near`]): a figure the counterpart states, unmatched, a bead or
/// two away moved with a misplaced bead (a version that lost or gained a
/// sentence pulls its neighbours' beads out of line), it was not changed;
/// unless `theirs`, the counterpart's leftovers in the bead, hold it with
/// one digit slipped (`1882` against `1883`), the surer reading.
fn unstated<'a>(
    pair: &Pair,
    side: Side,
    i: usize,
    only: &'a [Stated],
    theirs: &[Stated],
) -> Vec<&'a Stated> {
    let b = &pair.alignment(Level::Sentence).beads[i];
    let loose: Vec<&Stated> = loose_near(pair, side, i).collect();
    let slipped = |q: &Stated| {
        let digits = |x: &Stated| !x.quantity.spelled;
        digits(q)
            && theirs
                .iter()
                .any(|t| digits(t) && one_digit_apart(&q.quantity, &t.quantity))
    };
    only.iter()
        .filter(|q| slipped(q) || !loose.iter().any(|l| l.quantity.value == q.quantity.value))
        .filter(|q| !stated_nearby(pair, side, b, &q.quantity))
        .collect()
}

/// How many sentence beads either side of a bead [`loose_near`] looks at.
const NEIGHBOURS: usize = 3;

/// The quantities `side` states in digits in the [`NEIGHBOURS`] sentence
/// beads either side of bead `i` that their beads leave unmatched (all of
/// a bead with an empty side). A number word (`one`, `одном`) is too often
/// no figure at all to say that a figure moved.
fn loose_near<'a>(pair: &'a Pair, side: Side, i: usize) -> impl Iterator<Item = &'a Stated> {
    let beads = &pair.alignment(Level::Sentence).beads;
    let lo = i.saturating_sub(NEIGHBOURS);
    let hi = (i + NEIGHBOURS + 1).min(beads.len());
    (lo..hi)
        .filter(move |&j| j != i)
        .flat_map(move |j| {
            let n = &beads[j].evidence.numbers;
            match side {
                Side::Pivot => n.src_only.iter(),
                Side::Version => n.tgt_only.iter(),
            }
        })
        .filter(|s| !s.quantity.spelled)
}

/// Clock times written `23.45` on one side (read as a decimal) and `23:45`
/// on the other (read as two numbers): the decimal leftover goes, and so
/// does the other side's leftover minutes. `theirs_side` is the side of
/// `theirs` in the bead's numbers `n`.
fn clock_times(
    mine: &mut Vec<&Stated>,
    theirs: &mut Vec<&Stated>,
    n: &BeadNumbers,
    theirs_side: Side,
) {
    let one = crate::score::quantity::Decimal::ONE;
    let has = |v: i128| {
        n.side(theirs_side as usize)
            .any(|s| s.quantity.number().is_some_and(|x| x.0 == v * one))
    };
    mine.retain(|s| {
        let Some(x) = s.quantity.number() else {
            return true;
        };
        let (hours, frac) = (x.0 / one, x.0 % one);
        let minutes = frac / 10_000;
        let time = frac != 0 && frac % 10_000 == 0 && (0..24).contains(&hours) && minutes < 60;
        if time && has(hours) && has(minutes) {
            theirs.retain(|o| o.quantity.number().is_none_or(|m| m.0 != minutes * one));
            return false;
        }
        true
    });
}

/// Leftovers of one bead as substitutions where both sides have a digit
/// figure of the same kind, and as unprovable differences otherwise.
fn pair_up(pivot: Vec<&Stated>, version: Vec<&Stated>, bead: &Range<usize>) -> Vec<Diff> {
    let mut version: Vec<Option<&Stated>> = version.into_iter().map(Some).collect();
    let mut out = Vec::new();
    for p in pivot {
        let partner = version
            .iter_mut()
            .find(|v| v.is_some_and(|v| comparable(&p.quantity, &v.quantity)))
            .and_then(Option::take);
        out.push(Diff {
            provable: partner.is_some(),
            pivot: Some(p.clone()),
            version: partner.cloned(),
            pivot_sentences: bead.clone(),
        });
    }
    for v in version.into_iter().flatten() {
        out.push(Diff {
            pivot: None,
            version: Some(v.clone()),
            provable: false,
            pivot_sentences: bead.clone(),
        });
    }
    out
}

/// True when two leftovers can be one figure stated differently: both in
/// digits, of the same [`class`], and not one the other times a
/// thousand, a million or a billion (`2 и 1,4 миллиарда` against `2 mil
/// millones`: which numbers a multiplier word covers is a matter of
/// reading, not a wrong figure).
fn comparable(a: &Quantity, b: &Quantity) -> bool {
    !a.spelled && !b.spelled && same_figure(a, b)
}

/// True when two quantities, however written, can be one figure stated
/// two ways: of the same [`class`], near, neither one scaled nor rounded
/// from the other; or a year and a date in some year (`2016 года` against
/// `October 2015`: the year is what they compare on).
fn same_figure(a: &Quantity, b: &Quantity) -> bool {
    if year_and_date(a, b) || year_and_date(b, a) {
        return true;
    }
    if year_and_count(a, b) || year_and_count(b, a) {
        return one_digit_apart(a, b);
    }
    class(a.kind) == class(b.kind) && !scaled(a, b) && near(a, b) && !rounded(a, b)
}

/// True when `year` is a year and `count` a plain count: `2024 г.` and
/// `1400` are figures of two kinds, and only a slip of one digit (`2024`
/// mistyped `3024`, out of a year's range) makes one the other.
fn year_and_count(year: &Quantity, count: &Quantity) -> bool {
    year.kind == QuantityKind::Year && count.kind == QuantityKind::Cardinal
}

/// True when two whole numbers have as many digits and differ in one.
fn one_digit_apart(a: &Quantity, b: &Quantity) -> bool {
    let digits = |q: &Quantity| {
        q.number()
            .and_then(|n| n.as_int())
            .map(|n| n.abs().to_string())
    };
    let (Some(x), Some(y)) = (digits(a), digits(b)) else {
        return false;
    };
    x.len() == y.len() && x.bytes().zip(y.bytes()).filter(|(p, q)| p != q).count() == 1
}

/// True when two quantities are of one kind (a whole number and a decimal
/// are; so are a year and a date in some year): French `4ème` against `5`
/// elsewhere is a count told two ways, not a figure that was changed.
fn same_kind(a: &Quantity, b: &Quantity) -> bool {
    use QuantityKind::{Cardinal, Decimal};
    let number = |k| matches!(k, Cardinal | Decimal);
    a.kind == b.kind
        || (number(a.kind) && number(b.kind))
        || year_and_date(a, b)
        || year_and_date(b, a)
}

/// `year` is a year and `date` a date that states its year.
fn year_and_date(year: &Quantity, date: &Quantity) -> bool {
    year.kind == QuantityKind::Year && matches!(date.value, Value::Date { year: Some(_), .. })
}

/// True when `a` and `b` state the same value, counting a year as stated by
/// a date in it.
fn same_value(a: &Quantity, b: &Quantity) -> bool {
    let year_of = |q: &Quantity| match q.value {
        Value::Date { year, .. } => year.map(i128::from),
        Value::Number(n) if q.kind == QuantityKind::Year => n.as_int(),
        Value::Number(_) => None,
    };
    a.value == b.value || ((year_and_date(a, b) || year_and_date(b, a)) && year_of(a) == year_of(b))
}

/// True when one value is the other with its fraction dropped or rounded
/// (`6.3` against `6`, `22.9` against `23`; also a clock time `23.45` read
/// as a decimal against `23:45` read as two numbers): a matter of
/// precision, not a wrong figure.
/// Two values written to the same precision (`1,335` against `1,336`)
/// are not one rounded from the other: a digit was changed.
fn rounded(a: &Quantity, b: &Quantity) -> bool {
    let (Some(x), Some(y)) = (a.number(), b.number()) else {
        return false;
    };
    let one = crate::score::quantity::Decimal::ONE;
    let fractional = x.0 % one != 0 || y.0 % one != 0;
    if !fractional || (x.0 - y.0).abs() >= one {
        return false;
    }
    let (dx, dy) = (decimals(x.0), decimals(y.0));
    if dx == dy {
        return false;
    }
    // The coarser one, the finer cut or rounded to its precision.
    let (fine, coarse, places) = if dx > dy {
        (x.0, y.0, dy)
    } else {
        (y.0, x.0, dx)
    };
    let unit = one / 10i128.pow(places);
    let cut = fine.abs() / unit * unit;
    let near = (fine.abs() + unit / 2) / unit * unit;
    coarse.abs() == cut || coarse.abs() == near
}

/// The number of decimal places of a value in millionths (trailing zeros
/// dropped).
fn decimals(v: i128) -> u32 {
    let one = crate::score::quantity::Decimal::ONE;
    let mut frac = (v % one).abs();
    if frac == 0 {
        return 0;
    }
    let mut places = 6;
    while frac % 10 == 0 {
        frac /= 10;
        places -= 1;
    }
    places
}

/// Kinds that one figure may take in different languages: German writes
/// `18.` (an ordinal) where French writes `18` in `du 18 au 24`, and a year
/// mistyped out of the plausible range reads as a plain count.
fn class(kind: QuantityKind) -> u8 {
    match kind {
        QuantityKind::Percent => 1,
        QuantityKind::Date => 2,
        _ => 0,
    }
}

/// True when two values are within a factor of ten of each other (dates
/// always are): a figure stated wrongly is a slip of a digit or two, while
/// far-apart leftovers are two different quantities the beads happen to
/// hold.
fn near(a: &Quantity, b: &Quantity) -> bool {
    match (a.number(), b.number()) {
        (Some(x), Some(y)) => {
            let (x, y) = (x.0.abs(), y.0.abs());
            x.max(y) <= 10 * x.min(y)
        }
        _ => true,
    }
}

/// True when one value is the other times 1000^k (k = 1, 2, 3).
fn scaled(a: &Quantity, b: &Quantity) -> bool {
    let (Some(x), Some(y)) = (a.number(), b.number()) else {
        return false;
    };
    let (lo, hi) = if x.0.abs() <= y.0.abs() {
        (x.0.abs(), y.0.abs())
    } else {
        (y.0.abs(), x.0.abs())
    };
    lo > 0
        && [1_000, 1_000_000, 1_000_000_000]
            .iter()
            .any(|m| lo * m == hi)
}

/// True when `q` is stated on `side` in the paragraphs aligned with bead
/// `b`'s (the sentence beads may cut the text differently) as often as the
/// other side states it in its own paragraphs there: a figure one version
/// repeats where another states it once is still a difference.
fn stated_nearby(pair: &Pair, side: Side, b: &Bead, q: &Quantity) -> bool {
    let paras = &pair.alignment(Level::Paragraph).beads;
    let (own_side, sentence) = match side {
        Side::Version => (Side::Pivot, b.src.start),
        Side::Pivot => (Side::Version, b.tgt.start),
    };
    let para = pair.paragraph_of[own_side as usize][sentence];
    let mine = |r: &Range<usize>| r.contains(&para);
    let Some(group) = paras.iter().find(|pb| mine(pb.side(own_side as usize))) else {
        return false;
    };
    let across = times_stated(pair, side, group.side(side as usize), q);
    across > 0 && across >= times_stated(pair, own_side, group.side(own_side as usize), q)
}

/// How many times `side` states `q`'s value in the sentences of paragraphs
/// `paras`, by the numbers of the sentence beads holding them.
fn times_stated(pair: &Pair, side: Side, paras: &Range<usize>, q: &Quantity) -> usize {
    if paras.is_empty() {
        return 0;
    }
    let sentences = &pair.sentences_of[side as usize];
    let range = sentences[paras.start].start..sentences[paras.end - 1].end;
    let overlaps = |r: &Range<usize>| r.start < range.end && range.start < r.end;
    pair.alignment(Level::Sentence)
        .beads
        .iter()
        .filter(|sb| overlaps(sb.side(side as usize)))
        .flat_map(|sb| sb.evidence.numbers.side(side as usize))
        .filter(|s| range.contains(&s.segment) && s.quantity.value == q.value)
        .count()
}

/// The number findings of a release: substitutions most versions share are
/// the pivot's, the others each version's own; unprovable differences are
/// notes.
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
            let voters: Vec<Lang> =
                live.iter()
                    .filter(|o| {
                        o.numbers.iter().any(|od| {
                            od.provable
                                && od.pivot.as_ref().is_some_and(|o| {
                                    o.segment == *s && o.quantity.value == pq.value
                                })
                        })
                    })
                    .map(|o| o.lang)
                    .collect();
            let n = voters.len();
            let confirmers = live.iter().filter(|o| confirms(o, *s, &pq.value)).count();
            if n >= 2 && (2 * n > live.len() || confirmers == 0) {
                if !pivot_blamed
                    .iter()
                    .any(|(bs, bv)| bs == s && *bv == pq.value)
                {
                    pivot_blamed.push((*s, pq.value));
                    out.push(pivot_substitution(release, ev, d, &voters));
                }
            } else if let Some(f) = pivot_outvoted(release, ev, d, &live, &mut pivot_blamed) {
                out.extend(f);
            } else {
                out.push(substitution(release, ev, d));
            }
        }
    }
    out
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
) -> Option<(Vec<Lang>, &'q Quantity)> {
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
    let mut best: Option<(Vec<Lang>, &Quantity)> = None;
    let candidates = said.iter().flat_map(|(_, qs)| qs.iter().copied());
    for w in candidates.filter(|w| replaced(w)) {
        let witnesses: Vec<Lang> = said
            .iter()
            .filter(|(_, qs)| qs.iter().any(|q| q.value == w.value))
            .map(|(l, _)| *l)
            .collect();
        if witnesses.len() > best.as_ref().map_or(1, |b| b.0.len()) {
            best = Some((witnesses, w));
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
        if let Some((witnesses, w)) = outvoted(&vs.quantity, &said, &mine) {
            return outvoted_finding(release, ev, d, &witnesses, w);
        }
    }
    if let (Some(ps), None) = (&d.pivot, &d.version) {
        let said = versions_state(live, None, r);
        let mine = stated_mine(ev, r, Side::Pivot);
        let fresh = !pivot_blamed
            .iter()
            .any(|(s, v)| *s == ps.segment && *v == ps.quantity.value);
        if let Some((witnesses, w)) = outvoted(&ps.quantity, &said, &mine).filter(|_| fresh) {
            pivot_blamed.push((ps.segment, ps.quantity.value));
            return outvoted_pivot(release, ev, ps, &witnesses, w);
        }
    }
    note(release, ev, d)
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
    let r = &d.pivot_sentences;
    let said = versions_state(live, None, r);
    let mine = stated_mine(ev, r, Side::Pivot);
    let (witnesses, w) = outvoted(&ps.quantity, &said, &mine)?;
    if !witnesses.contains(&ev.lang) {
        return None;
    }
    let key = (ps.segment, ps.quantity.value);
    if pivot_blamed.contains(&key) {
        return Some(Vec::new());
    }
    pivot_blamed.push(key);
    Some(vec![outvoted_pivot(release, ev, ps, &witnesses, w)])
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

/// The pivot's figure `ps` that the versions `witnesses` state as `w`.
fn outvoted_pivot(
    release: &str,
    ev: &PairEvidence,
    ps: &Stated,
    witnesses: &[Lang],
    w: &Quantity,
) -> Finding {
    outvoted_on(release, ev, Side::Pivot, ps, witnesses, w)
}

/// The figure `stated` on `side` of `ev`'s pair that the versions
/// `witnesses` state as `w`: blamed on that side's language, set against
/// the other side's text at the same place.
fn outvoted_on(
    release: &str,
    ev: &PairEvidence,
    side: Side,
    stated: &Stated,
    witnesses: &[Lang],
    w: &Quantity,
) -> Finding {
    let pair = &ev.pair;
    let (p, v) = (pair.doc(Side::Pivot).lang, ev.lang);
    let blamed = if side == Side::Pivot { p } else { v };
    let names: Vec<&str> = witnesses.iter().map(|l| l.code()).collect();
    let msg = format!(
        "{blamed} states {} where the {} versions state {} («{}»)",
        shown(&stated.quantity),
        names.join(", "),
        shown(w),
        written(pair, side, stated),
    );
    let here = pair.place(side, Level::Sentence, stated.segment);
    let at = pair.position_across(side, Level::Sentence, stated.segment);
    let there = pair.place(side.other(), Level::Sentence, at);
    let mut langs = vec![blamed];
    if side == Side::Version {
        langs.push(p);
    }
    langs.extend(witnesses.iter().filter(|&&l| l != p && l != blamed));
    let f = Finding::new(Kind::NumberMismatch, release, langs, msg)
        .naming(blamed, written(pair, side, stated));
    f.at(here.path, here.line, here.excerpt).against(there)
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

/// A version's figure that the others state as another one
/// ([`outvoted`]).
fn outvoted_finding(
    release: &str,
    ev: &PairEvidence,
    d: &Diff,
    witnesses: &[Lang],
    w: &Quantity,
) -> Finding {
    let vs = d
        .version
        .as_ref()
        .expect("an outvoted figure is the version's");
    outvoted_on(release, ev, Side::Version, vs, witnesses, w)
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

fn substitution(release: &str, ev: &PairEvidence, d: &Diff) -> Finding {
    let pair = &ev.pair;
    let (Some(ps), Some(vs)) = (&d.pivot, &d.version) else {
        unreachable!("a substitution has two sides")
    };
    let (p, v) = (pair.doc(Side::Pivot).lang, ev.lang);
    let msg = format!(
        "{v} states {} where {p} states {} («{}» against «{}»)",
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
    f.at(here.path, here.line, here.excerpt).against(there)
}

fn pivot_substitution(release: &str, ev: &PairEvidence, d: &Diff, voters: &[Lang]) -> Finding {
    let pair = &ev.pair;
    let (Some(ps), Some(vs)) = (&d.pivot, &d.version) else {
        unreachable!("a substitution has two sides")
    };
    let p = pair.doc(Side::Pivot).lang;
    let names: Vec<&str> = voters.iter().map(|l| l.code()).collect();
    let msg = format!(
        "{p} states {} where the {} versions state {}",
        shown(&ps.quantity),
        names.join(", "),
        shown(&vs.quantity)
    );
    let here = pair.place(Side::Pivot, Level::Sentence, ps.segment);
    let there = pair.place(Side::Version, Level::Sentence, vs.segment);
    let mut langs = vec![p];
    langs.extend(voters);
    let f = Finding::new(Kind::NumberMismatch, release, langs, msg)
        .naming(p, written(pair, Side::Pivot, ps))
        .naming(ev.lang, written(pair, Side::Version, vs));
    f.at(here.path, here.line, here.excerpt).against(there)
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
    f.at(here.path, here.line, here.excerpt).against(there)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::quantity::quantities;

    fn one(text: &str, lang: Lang) -> Quantity {
        let q = quantities(text, lang);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn a_year_is_no_count_but_by_a_slip_of_one_digit() {
        let year = one("к 2024 г.", Lang::Ru);
        assert_eq!(year.kind, QuantityKind::Year);
        assert!(!same_figure(&year, &one("de 1400 MW", Lang::Es)));
        assert!(!same_figure(&one("von 1.400 MW", Lang::De), &year));
        assert!(same_figure(&year, &one("ab 3024", Lang::De)));
        assert!(same_figure(
            &one("1400 MW", Lang::Fr),
            &one("2400 MW", Lang::Fr)
        ));
    }

    /// A figure given to fewer places is the other rounded or cut; two
    /// figures to the same places that differ had a digit changed.
    #[test]
    fn rounding_needs_a_coarser_figure() {
        let q = |text: &str| one(text, Lang::De);
        assert!(rounded(&q("6,3 Prozent"), &q("6 Prozent")));
        assert!(rounded(&q("22,9 Grad"), &q("23 Grad")));
        assert!(rounded(&q("1,35 Euro"), &one("1.3 euros", Lang::En)));
        assert!(!rounded(&q("1,335 Euro"), &q("1,336 Euro")));
        assert!(!rounded(&q("6,3 Prozent"), &q("5 Prozent")));
        assert!(same_figure(&q("1,335 Euro"), &q("1,336 Euro")));
    }
}
