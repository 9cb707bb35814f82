//! The order the rules run in: triage, one alignment per pivot–version
//! pair, gaps and numbers read off it, blame, summary.

use std::collections::BTreeSet;

use super::checker::Checker;
use super::pair::Pair;
use super::versions::{self, Triage};
use super::{
    Config, Finding, Kind, ReleaseSummary, Report, Status, VersionSummary, blame, dates, gaps,
    moved, numbers,
};
use crate::join::ReleaseAlignment;
use crate::release::{Archive, Census, Index, Problem, Release};
use crate::{Lang, Result, align, join};

/// The blocks of releases over which the check measures expected lengths:
/// [`join::WINDOW`], as `paralign align` and the review page do, so that
/// [`check_archive`] and [`check_windows`] with any window report the same
/// findings.
pub use crate::join::WINDOW;

/// `config` with the aligner set as [`aligner_for`] sets it.
pub(crate) fn with_lengths(config: &Config, window: &[Release]) -> Config {
    Config {
        align: aligner_for(&config.align, window),
        ..config.clone()
    }
}

/// The aligner's settings with which the check reads `window`: `align`
/// told the expected lengths of the window's languages
/// ([`join::with_expected_lengths`]) and set to [`ORPHAN_SHARE`].
pub fn aligner_for(align: &align::Config, window: &[Release]) -> align::Config {
    align::Config {
        orphan_share: ORPHAN_SHARE,
        ..join::with_expected_lengths(align, window)
    }
}

/// The [`orphan_share`](align::Config::orphan_share) the check aligns with:
/// none. A number or a name that one version states and the others do not
/// is what the check reports as such (a changed figure, a sentence lost);
/// taken as a sign of omission it would first have moved the alignment
/// the check reads. Measured on the PUD archives of `tests/check_pud5.rs`,
/// seeds 1–12 (889 of 893 findings right at 0, recall 713/732): at the
/// aligner's 0.5, 877 of 888 right, recall 712/732, and an error in a clean
/// release; at 0.3, 880 of 885 and the same error. The new false findings
/// are extra or missing sentences, at a sentence one version merges with
/// its neighbour or in clean releases.
pub const ORPHAN_SHARE: f32 = 0.0;

/// Runs every rule on every release (in parallel) and collects the report.
pub fn check_archive(archive: &Archive, config: &Config) -> Report {
    let census = Census::of(&archive.releases);
    let checker = Checker::over(&census, &archive.problems, config);
    let results = (archive.releases.chunks(WINDOW))
        .flat_map(|w| checker.every_severity(w))
        .collect();
    checker.report(results, &archive.problems)
}

/// One release checked: its summary row and its findings, all severities.
pub type Checked = (ReleaseSummary, Vec<Finding>);

/// The rules of [`check_archive`] over an [`Index`], run [`WINDOW`] releases
/// at a time (the blocks over which [`check_archive`] measures expected
/// lengths, so the findings do not depend on `window`), so that memory
/// holds a window, not the archive; the results are handed to `each` in
/// pieces of at most `window` releases with the unusable files known so
/// far, so a caller can print them and let them go (see
/// [`Stream`](super::stream::Stream)). Returns every unusable file.
pub fn check_windows(
    index: &Index,
    window: usize,
    config: &Config,
    mut each: impl FnMut(Vec<Checked>, &[Problem]) -> Result<()>,
) -> Result<Vec<Problem>> {
    let checker = Checker::new(index, config);
    let mut problems = index.problems().to_vec();
    for w in index.windows(WINDOW) {
        let w = w?;
        problems.extend(w.problems);
        let mut checked = checker.every_severity(&w.releases).into_iter().peekable();
        while checked.peek().is_some() {
            each(checked.by_ref().take(window.max(1)).collect(), &problems)?;
        }
    }
    Ok(problems)
}

/// The pivot and languages a [`Report`] of `index` names, before any
/// release is checked.
pub fn heading(index: &Index, config: &Config) -> (Option<Lang>, Vec<Lang>) {
    Checker::new(index, config).heading(index.census().releases)
}

/// The languages of the summary table: those asked for, else those seen.
pub(crate) fn shown_langs(census: &Census, config: &Config) -> Vec<Lang> {
    Lang::ALL
        .into_iter()
        .filter(|l| match config.langs.is_empty() {
            true => census.seen.contains(l),
            false => config.langs.contains(l),
        })
        .collect()
}

/// The findings of the files that could not be used, in their order.
pub(crate) fn unreadable(problems: &[Problem]) -> Vec<Finding> {
    problems
        .iter()
        .map(|p| Finding {
            release: p.release.clone(),
            ..Finding::new(
                Kind::UnreadableFile,
                "",
                p.lang.into_iter().collect(),
                p.message.clone(),
            )
            .at(&p.file, p.line, None)
        })
        .collect()
}

/// One release's summary row and findings, with the pairwise alignment of the usable
/// versions against the pivot that its rules read (none when fewer than two
/// versions could be compared), so that a caller showing the units (the
/// review page) need not align the release a second time.
pub(crate) fn check_release_aligned(
    release: &Release,
    problems: &[Problem],
    ranking: &[Lang],
    config: &Config,
    shown: &[Lang],
) -> (Checked, Option<ReleaseAlignment>) {
    let Triage {
        mut findings,
        unusable,
    } = versions::triage(release, problems, config);
    let pivot = join::release_pivot_avoiding(release, ranking, |l| unusable.contains(&l))
        .filter(|p| !unusable.contains(p));
    let mut alignment = None;
    if let Some(p) = pivot {
        let (found, ra) = aligned_rules(release, p, &unusable, config);
        let second = second_reference(release, p, &found, ranking, &unusable);
        if let Some(q) = second {
            let seen = aligned_rules(release, q, &unusable, config).0;
            findings.extend(behind_pivot(p, q, &found, seen));
        }
        findings.extend(found);
        alignment = ra;
    }
    findings.extend(dates::check(release, pivot, config));
    findings.retain(|f| f.lang().is_none_or(|l| config.wants(l)));
    findings.sort_by(|a, b| (a.kind, &a.path, a.line).cmp(&(b.kind, &b.path, b.line)));
    let unreadable: Vec<Lang> = problems
        .iter()
        .filter(|p| p.release.as_deref() == Some(release.id.as_str()))
        .filter_map(|p| p.lang)
        .collect();
    let summary = summarize(release, pivot, &findings, &unreadable, config, shown);
    ((summary, findings), alignment)
}

/// The kinds of lost content a flawed pivot can hide in another version.
const LOSSES: [Kind; 3] = [
    Kind::MissingSentence,
    Kind::MissingParagraph,
    Kind::TruncatedVersion,
];

/// The version to compare every other one with a second time, when the
/// pivot `p` itself lost content (by `found`): a loss of another version
/// at the same spot leaves no gap against a pivot that lacks that spot
/// too. The next usable language of `ranking` that `found` blames for
/// nothing.
fn second_reference(
    release: &Release,
    p: Lang,
    found: &[Finding],
    ranking: &[Lang],
    unusable: &BTreeSet<Lang>,
) -> Option<Lang> {
    let blamed = |l: Lang| found.iter().any(|f| f.lang() == Some(l));
    let pivot_lost = found
        .iter()
        .any(|f| f.lang() == Some(p) && LOSSES.contains(&f.kind));
    if !pivot_lost {
        return None;
    }
    // The pivot ranking falls back to an avoided version when none is
    // left: that is no second reference.
    let avoid = |l: Lang| l == p || unusable.contains(&l) || blamed(l);
    join::release_pivot_avoiding(release, ranking, avoid).filter(|q| !avoid(*q))
}

/// The losses that the second reference `q`'s findings `seen` report in
/// versions that the pivot `p`'s findings `found` report none in (the
/// pivot's own were seen in `found`, or there would be no second look). A
/// second reference that `seen` blames itself is no reference: nothing.
fn behind_pivot(p: Lang, q: Lang, found: &[Finding], seen: Vec<Finding>) -> Vec<Finding> {
    if seen.iter().any(|f| f.lang() == Some(q)) {
        return Vec::new();
    }
    let lost_before = |l: Option<Lang>| {
        found
            .iter()
            .any(|g| g.lang() == l && LOSSES.contains(&g.kind))
    };
    seen.into_iter()
        .filter(|f| LOSSES.contains(&f.kind) && f.lang() != Some(p) && !lost_before(f.lang()))
        .collect()
}

/// Gap and number rules: every usable version aligned once against the
/// pivot `p`, the evidence of all pairs weighed together by [`blame`].
/// Returns the findings and the alignment they were read from.
fn aligned_rules(
    release: &Release,
    p: Lang,
    unusable: &BTreeSet<Lang>,
    config: &Config,
) -> (Vec<Finding>, Option<ReleaseAlignment>) {
    let others: Vec<Lang> = release
        .versions
        .keys()
        .copied()
        .filter(|l| *l != p && !unusable.contains(l))
        .collect();
    if others.is_empty() {
        return (Vec::new(), None);
    }
    let Some(ra) = join::align_release(release, p, &others, &config.align) else {
        return (Vec::new(), None);
    };
    let pivot = &release.versions[&p];
    let evidence: Vec<blame::PairEvidence> = ra
        .pairs
        .iter()
        .map(|(&lang, al)| {
            let pair = Pair::new(pivot, &release.versions[&lang], al);
            let expected = config.align.lengths.as_ref();
            let ratio = expected.and_then(|e| e.ratio(p, lang));
            let mut gaps = gaps::find(&pair, &config.tuning, ratio);
            let moved = moved::drop_moves(&pair, &mut gaps, config);
            let numbers = numbers::find(&pair, &config.tuning);
            blame::PairEvidence {
                lang,
                pair,
                gaps,
                numbers,
                moved,
            }
        })
        .collect();
    let mut findings = blame::findings(&release.id, &evidence, config);
    for ev in &evidence {
        findings.extend(moved::findings(&release.id, ev));
    }
    drop(evidence);
    (findings, Some(ra))
}

fn summarize(
    release: &Release,
    pivot: Option<Lang>,
    findings: &[Finding],
    unreadable: &[Lang],
    config: &Config,
    shown: &[Lang],
) -> ReleaseSummary {
    let versions = shown
        .iter()
        .map(|&lang| {
            let own: Vec<&Finding> = findings
                .iter()
                .filter(|f| f.lang() == Some(lang) && f.severity >= config.min_severity)
                .collect();
            let has = |k: Kind| own.iter().any(|f| f.kind == k);
            let doc = release.versions.get(&lang);
            let status = match doc {
                None if unreadable.contains(&lang) => Status::Unreadable,
                None if release.declared.contains(&lang) => Status::Missing,
                None => Status::Absent,
                Some(_) if has(Kind::WrongLanguage) => Status::WrongLanguage,
                Some(_) if has(Kind::EmptyVersion) => Status::Empty,
                Some(_) if has(Kind::TruncatedVersion) => Status::Truncated,
                Some(_) if own.is_empty() => Status::Ok,
                Some(_) => Status::Findings,
            };
            let detected = doc.and_then(|d| d.detected.filter(|_| d.is_mislabelled()));
            let summary = VersionSummary {
                status,
                findings: own.len(),
                detected,
            };
            (lang, summary)
        })
        .collect();
    ReleaseSummary {
        id: release.id.clone(),
        date: release.date.clone(),
        pivot,
        versions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lost(kind: Kind, langs: &[Lang], line: usize) -> Finding {
        Finding::new(kind, "r", langs.to_vec(), "m").at("f", line, None)
    }

    /// The second reference adds the losses of versions the pivot's own
    /// findings were silent on, never the pivot's (already seen) nor a
    /// second one of a version already reported, nor anything but losses.
    #[test]
    fn the_second_reference_adds_only_losses_hidden_behind_the_pivot() {
        use Lang::*;
        let found = vec![
            lost(Kind::MissingParagraph, &[De, En, Es], 19),
            lost(Kind::MissingSentence, &[Es, De], 21),
        ];
        let seen = vec![
            lost(Kind::MissingParagraph, &[De, En], 19),
            lost(Kind::MissingSentence, &[Fr, En], 19),
            lost(Kind::MissingSentence, &[Es, En], 25),
            lost(Kind::NumberMismatch, &[Ru, En], 17),
        ];
        let added = behind_pivot(De, En, &found, seen.clone());
        let langs: Vec<Option<Lang>> = added.iter().map(Finding::lang).collect();
        assert_eq!(langs, [Some(Fr)]);
        assert_eq!(added[0].kind, Kind::MissingSentence);
    }

    /// A second reference that its own comparison blames (it holds what
    /// the others lack, or lacks what they hold) is no reference.
    #[test]
    fn a_blamed_second_reference_adds_nothing() {
        use Lang::*;
        let found = vec![lost(Kind::MissingParagraph, &[De, En, Es], 19)];
        let seen = vec![
            lost(Kind::ExtraParagraph, &[En, De, Fr], 19),
            lost(Kind::MissingSentence, &[Fr, En], 19),
        ];
        assert!(behind_pivot(De, En, &found, seen).is_empty());
    }
}
