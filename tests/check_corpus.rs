//! The check on the shipped `corpus/`: every planted flaw of the table in
//! `corpus/README.md` is found with the right kind, language and place, and
//! nothing else is reported (the clean releases yield no findings).

use std::path::{Path, PathBuf};

use paralign::check::{Config, Finding, check_archive};
use paralign::release::read_dir;

/// Kinds of the table that are alignment or format challenges, not flaws.
const NOT_FLAWS: [&str; 3] = ["merged-sentence", "split-sentence", "crlf"];

/// A row of the planted-flaws table.
#[derive(Debug)]
struct Planted {
    release: String,
    lang: String,
    kind: String,
    place: Option<(PathBuf, usize)>,
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn planted() -> Vec<Planted> {
    let readme = std::fs::read_to_string(corpus().join("README.md")).unwrap();
    readme
        .lines()
        .filter(|l| l.starts_with("| ") && l.as_bytes().get(2).is_some_and(u8::is_ascii_digit))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let place = cells[4]
                .rsplit_once(':')
                .map(|(f, n)| (corpus().join(f), n.parse().unwrap()));
            Planted {
                release: cells[1].into(),
                lang: cells[2].into(),
                kind: cells[3].into(),
                place,
            }
        })
        .filter(|p| !NOT_FLAWS.contains(&p.kind.as_str()))
        .collect()
}

/// Same file and line; a finding about a whole file (line 0) matches any line of it.
fn same_place(path: Option<&PathBuf>, line: usize, want: &(PathBuf, usize)) -> bool {
    path.is_some_and(|p| p == &want.0) && (line == want.1 || line == 0)
}

fn matches(f: &Finding, p: &Planted) -> bool {
    let lang = f.lang().map(|l| l.code().to_string()).unwrap_or_default();
    f.release.as_deref() == Some(&p.release)
        && f.kind.name() == p.kind
        && lang == p.lang
        && p.place.as_ref().is_none_or(|want| {
            same_place(f.path.as_ref(), f.line, want)
                || f.counterpart
                    .as_ref()
                    .is_some_and(|c| same_place(Some(&c.path), c.line, want))
        })
}

#[test]
fn every_planted_flaw_is_found_and_nothing_else() {
    let archive = read_dir(&corpus()).unwrap();
    assert!(
        archive.releases.len() >= 12,
        "{} releases",
        archive.releases.len()
    );
    let report = check_archive(&archive, &Config::default());
    let planted = planted();
    assert!(
        !planted.is_empty(),
        "no planted flaws read from corpus/README.md"
    );
    let missed: Vec<&Planted> = planted
        .iter()
        .filter(|p| !report.findings.iter().any(|f| matches(f, p)))
        .collect();
    let extra: Vec<String> = report
        .findings
        .iter()
        .filter(|f| !planted.iter().any(|p| matches(f, p)))
        .map(|f| f.to_string())
        .collect();
    assert!(
        missed.is_empty() && extra.is_empty(),
        "missed: {missed:#?}\nextra: {extra:#?}\n\n{report}"
    );
}
