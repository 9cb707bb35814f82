//! Matching the check's findings to the planted flaws (issue #9, "How it is
//! judged").
//!
//! A finding *hits* a planted flaw when it names the same release, blames the
//! same version first, is of a compatible kind, and points within one
//! paragraph of the planted place. A pivot's loss may also show as extra text
//! in the versions compared with it: an extra-* finding whose counterpart is
//! the planted version counts as a hit too. A finding that blames a planted
//! version for something else (numbers inside a dropped paragraph, a cut
//! reported as lost paragraphs) is *excused*, as is a number mismatch where
//! the PUD translations themselves write different figures. Everything else
//! is *unmatched*: a false-alarm candidate, printed for a human to judge.
//!
//! Severities are bucketed by name, so an `info` level added later (or any
//! other) lands in a bucket of its own and not in the main precision.

use std::collections::BTreeMap;

use paralign::Lang;
use paralign::check::{Finding, Report};

use super::Pud;
use super::build::{Archive, Built};
use super::figures::{self, Agreement};
use super::page;
use super::plant::{Flaw, LAST_PARAGRAPH, Planted};

/// What a finding was judged to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// About planted flaw number `usize`.
    Hit(usize),
    /// Not a planted flaw, but not the check's fault either; says why.
    Excused(String),
    /// A false-alarm candidate, with its category.
    Unmatched(&'static str),
}

/// One finding and its verdict.
#[derive(Clone, Debug)]
pub struct Judged<'a> {
    /// The finding.
    pub finding: &'a Finding,
    /// Its severity's name (`error`, `warning`, `info`, ...).
    pub bucket: String,
    /// The verdict.
    pub verdict: Verdict,
}

/// Every finding judged, and which planted flaws were found.
#[derive(Clone, Debug)]
pub struct Judgement<'a> {
    /// The findings, in report order.
    pub judged: Vec<Judged<'a>>,
    /// Per planted flaw (manifest order): found by a hit of error or warning level.
    pub found: Vec<bool>,
}

/// Severity buckets counted in the main precision.
pub const MAIN: [&str; 2] = ["error", "warning"];

/// Judges every finding of `report` against what `archive` planted.
pub fn judge<'a>(report: &'a Report, archive: &Archive, pud: &Pud) -> Judgement<'a> {
    let mut found = vec![false; archive.planted.len()];
    let judged: Vec<Judged<'a>> = report
        .findings
        .iter()
        .map(|f| {
            let verdict = verdict(f, archive, pud);
            let bucket = f.severity.to_string();
            if let Verdict::Hit(i) = verdict
                && MAIN.contains(&bucket.as_str())
            {
                found[i] = true;
            }
            Judged {
                finding: f,
                bucket,
                verdict,
            }
        })
        .collect();
    Judgement { judged, found }
}

fn verdict(f: &Finding, archive: &Archive, pud: &Pud) -> Verdict {
    let Some(built) = f
        .release
        .as_deref()
        .and_then(|id| archive.releases.iter().find(|r| r.head.id == id))
    else {
        return Verdict::Unmatched("no such release");
    };
    let here: Vec<(usize, &Planted)> = archive
        .planted
        .iter()
        .enumerate()
        .filter(|(_, p)| p.release == built.head.id)
        .collect();
    if let Some(&(i, _)) = here.iter().find(|(_, p)| hits(f, p)) {
        return Verdict::Hit(i);
    }
    if let Some((_, p)) = here
        .iter()
        .find(|(_, p)| f.lang() == Some(p.lang) && near(f, p))
    {
        let kind = p.kind.name();
        return Verdict::Excused(format!("about the planted {kind}, of another kind"));
    }
    if f.kind.name() == "number-mismatch" {
        match pud_figures(f, built, pud) {
            Agreement::Differ => {
                return Verdict::Excused("PUD translations state different figures".into());
            }
            Agreement::Uneven => {
                return Verdict::Unmatched(
                    "PUD: a figure in words, repeated or left out on one side",
                );
            }
            Agreement::Clock => {
                return Verdict::Unmatched("PUD: a time of day (23:45 / 23.45)");
            }
            Agreement::Shorthand => {
                return Verdict::Unmatched("PUD: one figure written shorter (80er / 1980)");
            }
            Agreement::Same => {}
        }
    }
    if here.iter().any(|(_, p)| f.lang() == Some(p.lang)) {
        return Verdict::Unmatched("elsewhere in a planted version");
    }
    if here.iter().any(|(_, p)| f.langs.contains(&p.lang)) {
        return Verdict::Unmatched("blames the counterpart of a planted flaw");
    }
    let merged = archive.noise.iter().any(|n| {
        n.release == built.head.id
            && f.langs.contains(&n.lang)
            && places(f).iter().any(|&q| q.abs_diff(n.paragraph) <= 1)
    });
    match (merged, here.is_empty()) {
        (true, _) => Verdict::Unmatched("at a merge of two sentences (noise)"),
        (false, true) => Verdict::Unmatched("in a clean release"),
        (false, false) => Verdict::Unmatched("elsewhere in a flawed release"),
    }
}

/// Kinds of finding that report planted `flaw` correctly.
fn compatible(flaw: Flaw, kind: &str, planted: &Planted) -> bool {
    match flaw {
        Flaw::MissingSentence => matches!(kind, "missing-sentence" | "missing-paragraph"),
        Flaw::MissingParagraph => {
            matches!(kind, "missing-paragraph" | "missing-sentence")
                || (kind == "truncated-version" && planted.note.contains(LAST_PARAGRAPH))
        }
        Flaw::TruncatedVersion => {
            kind == "truncated-version"
                || (matches!(kind, "missing-paragraph" | "missing-sentence")
                    && planted.note.contains(LAST_PARAGRAPH))
        }
        other => kind == other.name(),
    }
}

fn hits(f: &Finding, p: &Planted) -> bool {
    let kind = f.kind.name();
    let direct = f.lang() == Some(p.lang) && compatible(p.kind, kind, p);
    // A pivot's loss, seen from each version compared with it.
    let echo = matches!(p.kind, Flaw::MissingSentence | Flaw::MissingParagraph)
        && matches!(kind, "extra-sentence" | "extra-paragraph")
        && f.langs.iter().skip(1).any(|&l| l == p.lang);
    (direct || echo) && near(f, p)
}

/// True when the finding points within one paragraph of the planted place
/// (for a cut: at or after the paragraph before it), or at no line, or when
/// the flaw or the finding concerns the whole version.
fn near(f: &Finding, p: &Planted) -> bool {
    let whole = matches!(
        f.kind.name(),
        "truncated-version" | "wrong-language" | "missing-version" | "empty-version"
    );
    if whole || f.line == 0 {
        return true;
    }
    match (p.kind, p.paragraph) {
        (Flaw::WrongLanguage | Flaw::MissingVersion, _) | (_, None) => true,
        (Flaw::TruncatedVersion, Some(cut)) => places(f).iter().any(|&q| q + 1 >= cut),
        (_, Some(at)) => places(f).iter().any(|&q| q.abs_diff(at) <= 1),
    }
}

/// The paragraphs a finding points at, in its file and its counterpart's.
fn places(f: &Finding) -> Vec<usize> {
    let mut lines = vec![f.line];
    lines.extend(f.counterpart.as_ref().map(|c| c.line));
    lines.into_iter().filter_map(page::paragraph_at).collect()
}

/// How the pristine PUD lines of the finding's two languages compare in
/// figures, over the paragraphs it points at: the worst agreement seen.
/// A finding whose version is outvoted (`fr states 4 where the de, en, ru
/// versions state 5`) names the voters after the pivot: it points at a
/// real discrepancy when the version's PUD line states its figure where
/// any language it names states the other, whatever the pivot writes (the
/// pivot may spell the figure out, `siglo V`).
fn pud_figures(f: &Finding, built: &Built, pud: &Pud) -> Agreement {
    let (Some(&a), Some(&b)) = (f.langs.first(), f.langs.get(1)) else {
        return Agreement::Same;
    };
    let text = |l: Lang, lines: &[usize]| {
        lines
            .iter()
            .map(|&k| pud.line(l, k))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut worst = Agreement::Same;
    for q in places(f) {
        let Some(lines) = built.paragraphs.get(q) else {
            continue;
        };
        let (ta, tb) = (text(a, lines), text(b, lines));
        let differ = |(x, y): (String, String)| {
            f.langs[1..].iter().any(|&other| {
                let to = text(other, lines);
                figures::state_differently(&ta, a, &to, other, (&x, &y))
            })
        };
        if stated_values(&f.message).is_some_and(differ) {
            return Agreement::Differ;
        }
        match figures::compare(&ta, a, &tb, b) {
            Agreement::Same => {}
            Agreement::Uneven => worst = Agreement::Uneven,
            other if worst == Agreement::Same => worst = other,
            _ => {}
        }
    }
    worst
}

/// The two figures a number finding names: `X` and `Y` of `… states X
/// where … state(s) Y («…» against «…»)`.
fn stated_values(message: &str) -> Option<(String, String)> {
    let (_, rest) = message.split_once(" states ")?;
    let (x, rest) = rest.split_once(" where ")?;
    let y = rest.split(" («").next()?.rsplit(' ').next()?;
    Some((x.to_string(), y.to_string()))
}

/// Counts for one (bucket, finding kind): hits, excused, unmatched.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    /// Hits.
    pub hit: usize,
    /// Excused.
    pub excused: usize,
    /// Unmatched.
    pub unmatched: usize,
}

impl Tally {
    /// All findings counted.
    pub fn total(&self) -> usize {
        self.hit + self.excused + self.unmatched
    }

    /// Hits (and excused) over all.
    pub fn precision(&self) -> f64 {
        ratio(self.hit + self.excused, self.total())
    }
}

/// `a / b`, 1 when there is nothing to count.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

impl Judgement<'_> {
    /// (found, planted) per planted kind.
    pub fn recall(&self, archive: &Archive) -> BTreeMap<Flaw, (usize, usize)> {
        self.recall_if(archive, |_| true)
    }

    /// (found, planted) per planted kind, over the flaws `keep` accepts.
    pub fn recall_if(
        &self,
        archive: &Archive,
        keep: impl Fn(&Planted) -> bool,
    ) -> BTreeMap<Flaw, (usize, usize)> {
        let mut out: BTreeMap<Flaw, (usize, usize)> = BTreeMap::new();
        let all = archive.planted.iter().zip(&self.found);
        for (p, &found) in all.filter(|(p, _)| keep(p)) {
            let e = out.entry(p.kind).or_default();
            e.0 += usize::from(found);
            e.1 += 1;
        }
        out
    }

    /// Tallies per (severity bucket, finding kind).
    pub fn precision(&self) -> BTreeMap<(String, String), Tally> {
        let mut out: BTreeMap<(String, String), Tally> = BTreeMap::new();
        for j in &self.judged {
            let t = out
                .entry((j.bucket.clone(), j.finding.kind.name().to_string()))
                .or_default();
            match j.verdict {
                Verdict::Hit(_) => t.hit += 1,
                Verdict::Excused(_) => t.excused += 1,
                Verdict::Unmatched(_) => t.unmatched += 1,
            }
        }
        out
    }

    /// Excused and unmatched findings per (bucket, verdict and reason, kind).
    pub fn categories(&self) -> BTreeMap<(String, String, String), usize> {
        let mut out = BTreeMap::new();
        for j in &self.judged {
            let why = match &j.verdict {
                Verdict::Unmatched(why) => format!("unmatched: {why}"),
                Verdict::Excused(why) => format!("excused: {why}"),
                Verdict::Hit(_) => continue,
            };
            let key = (j.bucket.clone(), why, j.finding.kind.name().to_string());
            *out.entry(key).or_default() += 1;
        }
        out
    }

    /// Why planted flaws were missed, per kind: what the check said about
    /// the planted version instead, if anything.
    pub fn missed(&self, archive: &Archive) -> BTreeMap<(Flaw, String), usize> {
        let mut out = BTreeMap::new();
        for (p, _) in archive
            .planted
            .iter()
            .zip(&self.found)
            .filter(|(_, f)| !**f)
        {
            let about: Vec<&Finding> = self
                .judged
                .iter()
                .map(|j| j.finding)
                .filter(|f| f.release.as_deref() == Some(&p.release))
                .collect();
            let mut own: Vec<&str> = about
                .iter()
                .filter(|f| f.lang() == Some(p.lang))
                .map(|f| f.kind.name())
                .collect();
            own.dedup();
            let why = if !own.is_empty() {
                format!("reported as {}", own.join(", "))
            } else if about.iter().any(|f| f.langs.contains(&p.lang)) {
                "another version blamed".to_string()
            } else {
                "nothing said about the version".to_string()
            };
            *out.entry((p.kind, why)).or_default() += 1;
        }
        out
    }

    /// (hit or excused, all) over the error and warning buckets.
    pub fn main_precision(&self) -> (usize, usize) {
        let main = self
            .precision()
            .into_iter()
            .filter(|((b, _), _)| MAIN.contains(&b.as_str()));
        main.fold((0, 0), |(right, all), (_, t)| {
            (right + t.hit + t.excused, all + t.total())
        })
    }

    /// Error-level findings in releases with nothing planted that no excuse covers.
    pub fn clean_errors(&self, archive: &Archive) -> Vec<&Judged<'_>> {
        let planted = |id: &str| archive.planted.iter().any(|p| p.release == id);
        self.judged
            .iter()
            .filter(|j| j.bucket == "error" && matches!(j.verdict, Verdict::Unmatched(_)))
            .filter(|j| !j.finding.release.as_deref().is_some_and(planted))
            .collect()
    }
}
