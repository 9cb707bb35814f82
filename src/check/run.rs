//! The order the rules run in, and the choice of pivot.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use super::content::{self, Pair};
use super::content::{Gap, Side};
use super::numbers::Mismatch;
use super::ratios::LengthModel;
use super::versions::{self, Triage};
use super::{
    Config, Finding, Kind, ReleaseSummary, Report, Status, VersionSummary, cut, dates, numbers,
};
use crate::align::{Bead, DocAlignment};
use crate::release::{Archive, Release};
use crate::{Lang, join};

/// The default pivot: the language with a usable version in most releases,
/// ties broken by the order of [`Lang::ALL`].
pub fn default_pivot(releases: &[Release]) -> Option<Lang> {
    let usable = |l: &Lang| {
        releases
            .iter()
            .any(|r| r.versions.get(l).is_some_and(|d| !d.is_mislabelled()))
    };
    ranking(releases, None).into_iter().find(usable)
}

/// Languages by how many releases have a usable (present, not mislabelled)
/// version of them, most first, `preferred` ahead of all.
fn ranking(releases: &[Release], preferred: Option<Lang>) -> Vec<Lang> {
    let mut count: BTreeMap<Lang, usize> = BTreeMap::new();
    for doc in releases.iter().flat_map(|r| r.versions.values()) {
        if !doc.is_mislabelled() {
            *count.entry(doc.lang).or_default() += 1;
        }
    }
    let mut langs: Vec<Lang> = Lang::ALL.to_vec();
    // A stable sort keeps Lang order among equal counts.
    langs.sort_by_key(|l| std::cmp::Reverse(count.get(l).copied().unwrap_or(0)));
    if let Some(p) = preferred {
        langs.retain(|l| *l != p);
        langs.insert(0, p);
    }
    langs
}

/// The pivot of one release: the first language of `ranking` with a version
/// not in `avoid` (wrong language, empty, or suspiciously short).
pub fn choose_pivot(release: &Release, ranking: &[Lang], avoid: &BTreeSet<Lang>) -> Option<Lang> {
    ranking
        .iter()
        .copied()
        .find(|l| release.versions.contains_key(l) && !avoid.contains(l))
}

/// Runs every rule on every release (in parallel) and collects the report.
pub fn check_archive(archive: &Archive, config: &Config) -> Report {
    let ranking = ranking(&archive.releases, config.pivot);
    let triages: Vec<Triage> = archive
        .releases
        .iter()
        .map(|r| versions::triage(r, config))
        .collect();
    let model = LengthModel::learn(triages.iter().map(|t| &t.lengths));
    let shown = shown_langs(archive, config);
    let results: Vec<(ReleaseSummary, Vec<Finding>)> = archive
        .releases
        .par_iter()
        .zip(triages)
        .map(|(r, t)| check_release(r, t, &model, &ranking, config, &shown))
        .collect();
    let mut findings = unreadable(archive);
    let mut releases = Vec::with_capacity(results.len());
    for (summary, mut found) in results {
        releases.push(summary);
        findings.append(&mut found);
    }
    Report {
        pivot: if archive.releases.is_empty() {
            None
        } else {
            ranking.first().copied()
        },
        langs: shown,
        releases,
        findings,
    }
}

/// The languages of the summary table: those asked for, else those seen.
fn shown_langs(archive: &Archive, config: &Config) -> Vec<Lang> {
    let seen: BTreeSet<Lang> = archive
        .releases
        .iter()
        .flat_map(|r| r.declared.iter().copied().chain(r.versions.keys().copied()))
        .collect();
    Lang::ALL
        .into_iter()
        .filter(|l| {
            if config.langs.is_empty() {
                seen.contains(l)
            } else {
                config.langs.contains(l)
            }
        })
        .collect()
}

fn unreadable(archive: &Archive) -> Vec<Finding> {
    archive
        .problems
        .iter()
        .map(|p| Finding {
            release: None,
            ..Finding::new(Kind::UnreadableFile, "", Vec::new(), p.message.clone())
                .at(&p.file, p.line, None)
        })
        .collect()
}

fn check_release(
    release: &Release,
    triage: Triage,
    model: &LengthModel,
    ranking: &[Lang],
    config: &Config,
    shown: &[Lang],
) -> (ReleaseSummary, Vec<Finding>) {
    let Triage {
        mut findings,
        unusable,
        lengths,
    } = triage;
    let short = versions::short_versions(&lengths, model, &config.tuning);
    let avoid: BTreeSet<Lang> = unusable.iter().chain(short.keys()).copied().collect();
    let mut pivot = choose_pivot(release, ranking, &avoid)
        .or_else(|| choose_pivot(release, ranking, &unusable));
    if let Some(p) = pivot {
        let mut found = aligned_rules(release, p, &unusable, &short, model, config);
        // A pivot cut short hides every other flaw of its lost tail: its
        // truncation stands, the rest is judged against the next language.
        let cut_pivot = |f: &Finding| f.kind == Kind::TruncatedVersion && f.lang() == Some(p);
        let mut avoid_cut = avoid.clone();
        avoid_cut.insert(p);
        if found.iter().any(cut_pivot)
            && let Some(next) = choose_pivot(release, ranking, &avoid_cut)
        {
            let again = aligned_rules(release, next, &unusable, &short, model, config);
            found.retain(cut_pivot);
            found.extend(again.into_iter().filter(|f| f.lang() != Some(p)));
            findings.extend(found);
            findings.extend(dates::check(release, Some(next), config));
            return finish(release, Some(next), findings, config, shown);
        }
        // A pivot that lacks or adds content skews every pairing around the
        // spot, and some versions may blame themselves for it. Any content
        // finding is therefore checked again against the next language: when
        // that blames the first pivot, its flaw is reported as any version's
        // would be, and the other versions' findings no longer echo it.
        // The new reference must be none of the blamed versions: against the
        // faulty version itself, the pivot would look faulty.
        let blamed: Vec<Lang> = found.iter().filter_map(content_fault).collect();
        let mut avoid = avoid;
        avoid.insert(p);
        avoid.extend(&blamed);
        if !blamed.is_empty()
            && let Some(next) = choose_pivot(release, ranking, &avoid)
        {
            let again = aligned_rules(release, next, &unusable, &short, model, config);
            if again.iter().any(|f| content_fault(f) == Some(p)) {
                found = again;
                pivot = Some(next);
            }
        }
        findings.extend(found);
    }
    findings.extend(dates::check(release, pivot, config));
    finish(release, pivot, findings, config, shown)
}

/// The findings filtered, sorted and summarised.
fn finish(
    release: &Release,
    pivot: Option<Lang>,
    mut findings: Vec<Finding>,
    config: &Config,
    shown: &[Lang],
) -> (ReleaseSummary, Vec<Finding>) {
    findings.retain(|f| f.lang().is_none_or(|l| config.wants(l)));
    findings.sort_by(|a, b| (a.kind, &a.path, a.line).cmp(&(b.kind, &b.path, b.line)));
    let summary = summarize(release, pivot, &findings, shown);
    (summary, findings)
}

/// The version blamed by a missing or extra paragraph or sentence finding.
fn content_fault(f: &Finding) -> Option<Lang> {
    let content = matches!(
        f.kind,
        Kind::MissingParagraph | Kind::ExtraParagraph | Kind::MissingSentence | Kind::ExtraSentence
    );
    f.lang().filter(|_| content)
}

/// Truncation, content and number rules: everything that needs an alignment
/// of each usable version against the pivot `p`.
fn aligned_rules(
    release: &Release,
    p: Lang,
    unusable: &BTreeSet<Lang>,
    short: &BTreeMap<Lang, versions::Shortness>,
    model: &LengthModel,
    config: &Config,
) -> Vec<Finding> {
    let others: Vec<Lang> = release
        .versions
        .keys()
        .copied()
        .filter(|l| *l != p && !unusable.contains(l))
        .collect();
    if others.is_empty() {
        return Vec::new();
    }
    let Some(ra) = join::align_release(release, p, &others, &config.align) else {
        return Vec::new();
    };
    let pivot = &release.versions[&p];
    let mut out = Vec::new();
    let mut gaps = Vec::new();
    let mut mismatches = Vec::new();
    for (&lang, al) in &ra.pairs {
        let doc = &release.versions[&lang];
        if let Some(&shortness) = short.get(&lang)
            && truncation(Pair { pivot, doc, al }, shortness, model, config)
        {
            out.extend(versions::truncated(release, lang, p, shortness.deviation));
            continue;
        }
        let (found_gaps, found_numbers) = pair_rules(Pair { pivot, doc, al }, model, config);
        if cut::lost_tail(&found_gaps, Side::Pivot, pivot.paragraphs.len()) {
            let dev = short
                .get(&lang)
                .map_or_else(|| cut::deviation(model, pivot, doc), |s| s.deviation);
            out.extend(versions::truncated(release, lang, p, dev));
            continue;
        }
        gaps.extend(found_gaps.into_iter().map(|g| (lang, doc, g)));
        mismatches.extend(found_numbers.into_iter().map(|(b, m)| (lang, doc, b, m)));
    }
    let pairs = ra.pairs.len() - out.len();
    if let Some(f) = cut::truncated_pivot(release, pivot, &gaps, pairs, model) {
        return vec![f];
    }
    out.extend(content::findings(&release.id, pivot, gaps, pairs));
    out.extend(numbers::findings(&release.id, pivot, mismatches, pairs));
    out
}

/// The content and number rules on one pair; the numbers are compared along
/// the paragraph alignment the content rules trusted.
fn pair_rules(
    pair: Pair<'_>,
    model: &LengthModel,
    config: &Config,
) -> (Vec<Gap>, Vec<(Bead, Mismatch)>) {
    let analysis = content::analyse(pair, model, &config.tuning);
    let along = DocAlignment {
        paragraphs: analysis.paragraphs,
        sentences: pair.al.sentences.clone(),
    };
    let pair = Pair { al: &along, ..pair };
    let found = numbers::mismatches(pair, model, &config.tuning);
    let found = numbers::sift(found, &analysis.gaps, pair, model, &config.tuning);
    (analysis.gaps, found)
}

/// A short version is truncated when it is a prefix of the pivot (far too
/// short, or more than a last paragraph lost), or when the aligner leaves
/// the pivot's tail uncovered.
fn truncation(
    pair: Pair<'_>,
    short: versions::Shortness,
    model: &LengthModel,
    config: &Config,
) -> bool {
    let lost = pair
        .pivot
        .paragraphs
        .len()
        .saturating_sub(pair.doc.paragraphs.len());
    let prefix = (short.far || lost >= 2) && content::is_prefix(pair, model, &config.tuning);
    prefix
        || versions::tail(pair.pivot, pair.doc, pair.al, model).is_truncation(short, &config.tuning)
}

fn summarize(
    release: &Release,
    pivot: Option<Lang>,
    findings: &[Finding],
    shown: &[Lang],
) -> ReleaseSummary {
    let versions = shown
        .iter()
        .map(|&lang| {
            let own: Vec<&Finding> = findings.iter().filter(|f| f.lang() == Some(lang)).collect();
            let has = |k: Kind| own.iter().any(|f| f.kind == k);
            let doc = release.versions.get(&lang);
            let status = match doc {
                None if release.declared.contains(&lang) => Status::Missing,
                None => Status::Absent,
                Some(_) if has(Kind::WrongLanguage) => Status::WrongLanguage,
                Some(_) if has(Kind::EmptyVersion) => Status::Empty,
                Some(_) if has(Kind::TruncatedVersion) => Status::Truncated,
                Some(_) if own.is_empty() => Status::Ok,
                Some(_) => Status::Findings,
            };
            let detected = doc.and_then(|d| d.detected.filter(|_| d.is_mislabelled()));
            (
                lang,
                VersionSummary {
                    status,
                    findings: own.len(),
                    detected,
                },
            )
        })
        .collect();
    ReleaseSummary {
        id: release.id.clone(),
        date: release.date.clone(),
        pivot,
        versions,
    }
}
