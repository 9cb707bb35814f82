//! The completeness check on releases built in code: one test per
//! version-level finding kind, the clean release, pivot choice, filters and
//! the JSON report. (Alignment-based kinds: tests/check_content.rs.)

mod check_support;

use std::path::PathBuf;

use check_support::{ID, doc, release, text};
use paralign::Lang;
use paralign::check::{Config, Kind, Report, Severity, Status, check_archive};
use paralign::release::{Archive, Duplicate, Problem, Release};

const ALL: [Lang; 4] = [Lang::De, Lang::En, Lang::Es, Lang::Fr];

fn check(releases: Vec<Release>) -> Report {
    check_archive(
        &Archive {
            releases,
            problems: Vec::new(),
        },
        &Config::default(),
    )
}

fn kinds(report: &Report) -> Vec<(Kind, Option<Lang>)> {
    report.findings.iter().map(|f| (f.kind, f.lang())).collect()
}

#[test]
fn a_clean_release_has_no_findings() {
    let report = check(vec![release(&ALL)]);
    assert!(report.findings.is_empty(), "{report}");
    let row = &report.releases[0];
    assert!(row.versions.values().all(|v| v.status == Status::Ok));
    assert_eq!(row.pivot, Some(Lang::De));
}

#[test]
fn a_declared_language_without_a_file_is_a_missing_version() {
    let mut r = release(&ALL);
    r.versions.remove(&Lang::Es);
    let report = check(vec![r]);
    assert_eq!(kinds(&report), [(Kind::MissingVersion, Some(Lang::Es))]);
    assert_eq!(
        report.releases[0].versions[&Lang::Es].status,
        Status::Missing
    );
    assert_eq!(report.findings[0].severity, Severity::Error);
}

#[test]
fn a_file_for_an_undeclared_language_is_reported() {
    let mut r = release(&ALL);
    r.declared = vec![Lang::De, Lang::En, Lang::Es];
    let report = check(vec![r]);
    assert_eq!(kinds(&report), [(Kind::UndeclaredVersion, Some(Lang::Fr))]);
    assert_eq!(
        report.findings[0].path,
        Some(PathBuf::from("fair/fair.fr.txt"))
    );
}

#[test]
fn a_version_in_another_language_is_wrong_language_and_nothing_else() {
    let mut r = release(&ALL);
    let mut fr = doc(Lang::Fr, text(Lang::En));
    fr.detected = Some(Lang::En);
    r.versions.insert(Lang::Fr, fr);
    let report = check(vec![r]);
    assert_eq!(kinds(&report), [(Kind::WrongLanguage, Some(Lang::Fr))]);
    let f = &report.findings[0];
    assert_eq!((f.line, f.langs.clone()), (17, vec![Lang::Fr, Lang::En]));
    assert!(f.excerpt.as_deref().unwrap().starts_with("The Ministry"));
    let cell = &report.releases[0].versions[&Lang::Fr];
    assert_eq!(
        (cell.status, cell.detected),
        (Status::WrongLanguage, Some(Lang::En))
    );
}

#[test]
fn a_wrong_language_pivot_hands_over_to_the_next_language() {
    let mut r = release(&ALL);
    let mut de = doc(Lang::De, text(Lang::En));
    de.detected = Some(Lang::En);
    r.versions.insert(Lang::De, de);
    let report = check(vec![r]);
    assert_eq!(report.releases[0].pivot, Some(Lang::En));
    assert_eq!(kinds(&report), [(Kind::WrongLanguage, Some(Lang::De))]);
}

#[test]
fn a_second_file_for_a_language_is_a_duplicate_version() {
    let mut r = release(&ALL);
    r.duplicates.push(Duplicate {
        lang: Lang::De,
        kept: "fair/fair.de.txt".into(),
        dropped: "fair/mirror/fair.de.txt".into(),
    });
    let report = check(vec![r]);
    assert_eq!(kinds(&report), [(Kind::DuplicateVersion, Some(Lang::De))]);
    let f = &report.findings[0];
    assert_eq!(f.path, Some(PathBuf::from("fair/mirror/fair.de.txt")));
    assert_eq!(f.severity, Severity::Warning);
}

#[test]
fn a_version_without_body_is_empty_and_nothing_else() {
    let mut r = release(&ALL);
    r.versions.insert(Lang::Es, doc(Lang::Es, Vec::new()));
    let report = check(vec![r]);
    assert_eq!(kinds(&report), [(Kind::EmptyVersion, Some(Lang::Es))]);
    assert_eq!(report.releases[0].versions[&Lang::Es].status, Status::Empty);
}

#[test]
fn a_version_cut_after_its_first_paragraph_is_truncated() {
    let mut r = release(&ALL);
    r.versions
        .insert(Lang::Fr, doc(Lang::Fr, text(Lang::Fr)[..1].to_vec()));
    let report = check(vec![r]);
    assert_eq!(
        kinds(&report),
        [(Kind::TruncatedVersion, Some(Lang::Fr))],
        "{report}"
    );
    let f = &report.findings[0];
    assert_eq!(f.line, 17);
    let lost = f.counterpart.as_ref().unwrap();
    assert_eq!((lost.lang, lost.line), (Lang::De, 19));
    assert_eq!(
        report.releases[0].versions[&Lang::Fr].status,
        Status::Truncated
    );
}

#[test]
fn a_truncated_pivot_is_reported_against_the_next_language() {
    let mut r = release(&ALL);
    r.versions
        .insert(Lang::De, doc(Lang::De, text(Lang::De)[..1].to_vec()));
    let report = check(vec![r]);
    assert_eq!(report.releases[0].pivot, Some(Lang::En));
    assert_eq!(
        kinds(&report),
        [(Kind::TruncatedVersion, Some(Lang::De))],
        "{report}"
    );
}

#[test]
fn a_header_date_unlike_the_others_is_a_date_mismatch() {
    let mut r = release(&ALL);
    r.versions.get_mut(&Lang::Es).unwrap().header.date = Some("2022-05-13".into());
    let report = check(vec![r]);
    assert_eq!(kinds(&report), [(Kind::DateMismatch, Some(Lang::Es))]);
    let f = &report.findings[0];
    assert_eq!((f.line, f.excerpt.as_deref()), (1, Some("2022-05-13")));
}

#[test]
fn headers_agreeing_against_the_release_id_are_one_date_mismatch() {
    let mut r = release(&ALL);
    for d in r.versions.values_mut() {
        d.header.date = Some("2022-05-11".into());
    }
    // The date the headers agree on, as grouping the pages settles it.
    r.date = Some("2022-05-11".into());
    let report = check(vec![r]);
    assert_eq!(kinds(&report), [(Kind::DateMismatch, Some(Lang::De))]);
    assert_eq!(report.findings[0].langs.len(), 4);
    assert_eq!(report.findings[0].excerpt.as_deref(), Some(ID));
}

#[test]
fn files_the_parser_could_not_read_are_reported() {
    let archive = Archive {
        releases: vec![release(&ALL)],
        problems: vec![Problem::new("bad.txt", 3, "invalid UTF-8")],
    };
    let report = check_archive(&archive, &Config::default());
    assert_eq!(kinds(&report), [(Kind::UnreadableFile, None)]);
    assert_eq!(
        report.findings[0].to_string(),
        "bad.txt:3: error[unreadable-file] : invalid UTF-8"
    );
}

#[test]
fn langs_limit_what_is_reported() {
    let mut r = release(&ALL);
    r.versions.remove(&Lang::Es);
    r.versions.get_mut(&Lang::Fr).unwrap().detected = Some(Lang::En);
    let config = Config {
        langs: vec![Lang::Fr],
        ..Config::default()
    };
    let report = check_archive(
        &Archive {
            releases: vec![r],
            problems: vec![],
        },
        &config,
    );
    assert_eq!(kinds(&report), [(Kind::WrongLanguage, Some(Lang::Fr))]);
    assert_eq!(report.langs, [Lang::Fr]);
}

#[test]
fn the_default_pivot_is_the_most_present_language() {
    let mut a = release(&[Lang::En, Lang::Fr]);
    a.id = "1-01-01-2022".into();
    let b = release(&[Lang::De, Lang::En]);
    let archive = |releases: Vec<Release>| Archive {
        releases,
        problems: vec![],
    };
    let default = |a: &Archive| check_archive(a, &Config::default()).pivot;
    assert_eq!(
        default(&archive(vec![a.clone(), b.clone()])),
        Some(Lang::En)
    );
    assert_eq!(default(&archive(vec![])), None);
    let config = Config {
        pivot: Some(Lang::Fr),
        ..Config::default()
    };
    let report = check_archive(
        &Archive {
            releases: vec![a, b],
            problems: vec![],
        },
        &config,
    );
    assert_eq!(report.pivot, Some(Lang::Fr));
    assert_eq!(
        report.releases[1].pivot,
        Some(Lang::En),
        "no fr version: next in ranking"
    );
}

#[test]
fn the_json_report_parses_back() {
    let mut r = release(&ALL);
    r.versions.remove(&Lang::Es);
    r.versions.get_mut(&Lang::Fr).unwrap().header.date = Some("2022-05-13".into());
    let report = check(vec![r]);
    assert_eq!(report.findings.len(), 2);
    let json = serde_json::to_string_pretty(&report).unwrap();
    assert!(json.contains("\"kind\": \"missing-version\""), "{json}");
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
}

#[test]
fn the_human_report_has_a_summary_and_details_in_both_languages() {
    let mut r = release(&ALL);
    r.versions.remove(&Lang::Es);
    r.versions
        .insert(Lang::Fr, doc(Lang::Fr, text(Lang::Fr)[..1].to_vec()));
    let text = check(vec![r]).to_string();
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("release") && first.contains("de") && first.contains("fr"),
        "{text}"
    );
    assert!(
        text.contains("missing") && text.contains("truncated") && text.contains('✓'),
        "{text}"
    );
    assert!(text.contains("fair/fair.fr.txt:17"), "{text}");
    assert!(text.contains("fr:17") && text.contains("de:19"), "{text}");
    assert!(
        text.contains("2 findings (2 errors, 0 warnings) in 1 of 1 release"),
        "{text}"
    );
}
