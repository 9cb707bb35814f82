//! The human-readable report: a summary table (release × language), then the
//! findings grouped by release with file:line and excerpts in both languages.

use std::fmt::{self, Write};

use super::{Finding, Place, ReleaseSummary, Report, Severity, Status, VersionSummary};

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        summary(self, f)?;
        details(self, f)?;
        totals(self, f)
    }
}

/// The whole human report as a string.
pub fn render(report: &Report) -> String {
    report.to_string()
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
    let mut header = vec![
        "release".to_string(),
        "date".to_string(),
        "pivot".to_string(),
    ];
    header.extend(report.langs.iter().map(|l| l.code().to_string()));
    let rows: Vec<Vec<String>> = report.releases.iter().map(|r| row(report, r)).collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|c| {
            std::iter::once(&header)
                .chain(&rows)
                .map(|r| r[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for r in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (c, text) in r.iter().enumerate() {
            let pad = widths[c] - text.chars().count();
            write!(line, "{text}{}  ", " ".repeat(pad))?;
        }
        writeln!(f, "{}", line.trim_end())?;
    }
    Ok(())
}

fn row(report: &Report, r: &ReleaseSummary) -> Vec<String> {
    let mut cells = vec![
        r.id.clone(),
        r.date.clone().unwrap_or_else(|| "-".into()),
        r.pivot.map_or("-".into(), |p| p.code().to_string()),
    ];
    cells.extend(
        report
            .langs
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
        if found.is_empty() {
            continue;
        }
        let pivot = r.pivot.map_or(String::new(), |p| format!(" (pivot {p})"));
        writeln!(f, "\n{}{pivot}", r.id)?;
        for x in found {
            finding(x, f)?;
        }
    }
    Ok(())
}

fn finding(x: &Finding, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
    let count = |s: Severity| report.findings.iter().filter(|x| x.severity == s).count();
    let (errors, warnings, notes) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let flawed = report
        .releases
        .iter()
        .filter(|r| report.findings_for(&r.id).next().is_some())
        .count();
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let notes = match notes {
        0 => String::new(),
        n => format!(", {n} note{}", s(n)),
    };
    write!(
        f,
        "\n{} finding{} ({errors} error{}, {warnings} warning{}{notes}) in {flawed} of {} release{}",
        report.findings.len(),
        s(report.findings.len()),
        s(errors),
        s(warnings),
        report.releases.len(),
        s(report.releases.len()),
    )?;
    match report.hidden {
        0 => writeln!(f),
        n => writeln!(
            f,
            "; {n} note{} on differences the evidence cannot prove not shown (--min-severity info)",
            s(n)
        ),
    }
}
