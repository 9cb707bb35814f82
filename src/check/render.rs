//! The human-readable report: a summary table (release × language), then the
//! findings grouped by release with file:line and excerpts in both languages.

use std::fmt::{self, Write};

use super::{Finding, Place, ReleaseSummary, Report, Severity, Status, VersionSummary};
use crate::Lang;
use crate::table;

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        summary(self, f)?;
        details(self, f)?;
        totals(self, f)
    }
}

/// The text of one cell of the summary table.
pub fn cell(v: &VersionSummary) -> String {
    let plural = |n: usize| {
        if n == 1 {
            "1 finding".to_string()
        } else {
            format!("{n} findings")
        }
    };
    match v.status {
        Status::Ok => "✓".to_string(),
        Status::Missing => "missing".to_string(),
        Status::Unreadable => "unreadable".to_string(),
        Status::Absent => "·".to_string(),
        Status::WrongLanguage => match v.detected {
            Some(d) => format!("wrong language ({d})"),
            None => "wrong language".to_string(),
        },
        Status::Empty => "empty".to_string(),
        Status::Truncated => "truncated".to_string(),
        Status::Findings => plural(v.findings),
    }
}

fn summary(report: &Report, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    if report.releases.is_empty() {
        return writeln!(f, "no releases");
    }
    let rows: Vec<Vec<String>> = report
        .releases
        .iter()
        .map(|r| row(&report.langs, r))
        .collect();
    for line in table::lines(&header(&report.langs), &rows) {
        writeln!(f, "{line}")?;
    }
    Ok(())
}

/// The header row of the summary table over `langs`.
pub(crate) fn header(langs: &[Lang]) -> Vec<String> {
    let mut header = vec![
        "release".to_string(),
        "date".to_string(),
        "pivot".to_string(),
    ];
    header.extend(langs.iter().map(|l| l.code().to_string()));
    header
}

/// The cells of one release's row of the summary table.
pub(crate) fn row(langs: &[Lang], r: &ReleaseSummary) -> Vec<String> {
    let mut cells = vec![
        r.id.clone(),
        r.date.clone().unwrap_or_else(|| "-".into()),
        r.pivot.map_or("-".into(), |p| p.code().to_string()),
    ];
    cells.extend(
        langs
            .iter()
            .map(|l| r.versions.get(l).map_or("·".into(), cell)),
    );
    cells
}

fn details(report: &Report, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let unreadable: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|x| x.release.is_none())
        .collect();
    if !unreadable.is_empty() {
        writeln!(f, "\nfiles that could not be read")?;
        for x in unreadable {
            finding(x, f)?;
        }
    }
    for r in &report.releases {
        let found: Vec<&Finding> = report.findings_for(&r.id).collect();
        release_details(r, &found, f)?;
    }
    Ok(())
}

/// The findings of release `r`, under its ID; nothing when there are none.
pub(crate) fn release_details<W: Write + ?Sized>(
    r: &ReleaseSummary,
    found: &[&Finding],
    f: &mut W,
) -> fmt::Result {
    if found.is_empty() {
        return Ok(());
    }
    let pivot = r.pivot.map_or(String::new(), |p| format!(" (pivot {p})"));
    writeln!(f, "\n{}{pivot}", r.id)?;
    for x in found {
        finding(x, f)?;
    }
    Ok(())
}

/// One finding: severity, kind, place, message, excerpts on both sides.
pub(crate) fn finding<W: Write + ?Sized>(x: &Finding, f: &mut W) -> fmt::Result {
    let lang = x.lang().map_or("  ".into(), |l| l.code().to_string());
    writeln!(
        f,
        "  {:<7}  {:<18}  {lang}  {}",
        x.severity,
        x.kind,
        x.location()
    )?;
    writeln!(f, "           {}", x.message)?;
    if let (Some(l), Some(e)) = (x.lang(), &x.excerpt) {
        writeln!(f, "           {l}:{:<5} «{e}»", x.line)?;
    }
    if let Some(Place {
        lang,
        line,
        excerpt: Some(e),
        ..
    }) = &x.counterpart
    {
        writeln!(f, "           {lang}:{line:<5} «{e}»")?;
    }
    Ok(())
}

fn totals(report: &Report, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut t = Totals {
        releases: report.releases.len(),
        hidden: report.hidden,
        ..Totals::default()
    };
    report.findings.iter().for_each(|x| t.add(x));
    t.flawed = report
        .releases
        .iter()
        .filter(|r| report.findings_for(&r.id).next().is_some())
        .count();
    t.write(f)
}

/// The counts of the report's closing line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Findings listed, by severity: info, warning, error.
    pub by_severity: [usize; 3],
    /// Releases with at least one listed finding.
    pub flawed: usize,
    /// Releases checked.
    pub releases: usize,
    /// Findings below the least severity listed.
    pub hidden: usize,
}

impl Totals {
    /// Counts one listed finding.
    pub fn add(&mut self, x: &Finding) {
        self.by_severity[x.severity as usize] += 1;
    }

    /// The number of listed findings at or above `severity`.
    pub fn count_at_least(&self, severity: Severity) -> usize {
        self.by_severity[severity as usize..].iter().sum()
    }

    /// Writes the closing line.
    pub(crate) fn write<W: Write + ?Sized>(&self, f: &mut W) -> fmt::Result {
        let [notes, warnings, errors] = self.by_severity;
        let total = notes + warnings + errors;
        let s = |n: usize| if n == 1 { "" } else { "s" };
        let notes = match notes {
            0 => String::new(),
            n => format!(", {n} note{}", s(n)),
        };
        write!(
            f,
            "\n{total} finding{} ({errors} error{}, {warnings} warning{}{notes}) in {} of {} release{}",
            s(total),
            s(errors),
            s(warnings),
            self.flawed,
            self.releases,
            s(self.releases),
        )?;
        match self.hidden {
            0 => writeln!(f),
            n => writeln!(
                f,
                "; {n} note{} on differences the evidence cannot prove not shown (--min-severity info)",
                s(n)
            ),
        }
    }
}
