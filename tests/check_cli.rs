//! `paralign check` from the command line: the report, JSON, and the exit
//! codes that let it gate a publishing pipeline.

use std::path::PathBuf;

use assert_cmd::Command;
use paralign::Lang;
use paralign::check::{Kind, Report};
use predicates::prelude::*;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/check")
        .join(name)
}

fn check() -> Command {
    Command::cargo_bin("paralign").unwrap()
}

fn json(dir: &str, extra: &[&str]) -> Report {
    let out = check()
        .arg("check")
        .arg(data(dir))
        .arg("--json")
        .args(extra)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_clean_folder_passes_with_a_summary_table() {
    check()
        .arg("check")
        .arg(data("clean"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("3001-12-05-2022"))
        .stdout(predicate::str::contains("✓"))
        .stdout(predicate::str::contains("0 findings"));
}

#[test]
fn an_error_fails_by_default_and_never_when_asked() {
    check()
        .arg("check")
        .arg(data("missing"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("missing-version"));
    check()
        .arg("check")
        .arg(data("missing"))
        .args(["--fail-on", "never"])
        .assert()
        .code(0);
}

#[test]
fn a_warning_fails_only_with_fail_on_warning() {
    check().arg("check").arg(data("late")).assert().code(0);
    check()
        .arg("check")
        .arg(data("late"))
        .args(["--fail-on", "warning"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("date-mismatch"))
        .stdout(predicate::str::contains("fair.fr.txt:1"));
}

#[test]
fn the_json_report_parses_back() {
    let report = json("missing", &[]);
    assert_eq!(report.releases.len(), 1);
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].kind, Kind::MissingVersion);
    assert_eq!(report.findings[0].lang(), Some(Lang::Fr));
    assert_eq!(report.pivot, Some(Lang::De));
}

#[test]
fn pivot_and_langs_are_honoured() {
    let report = json("late", &["--pivot", "en", "--langs", "de,en"]);
    assert_eq!(report.pivot, Some(Lang::En));
    assert_eq!(report.langs, [Lang::De, Lang::En]);
    assert!(report.findings.is_empty(), "the fr date is not asked for");
}

#[test]
fn an_unknown_language_lists_the_supported_ones() {
    check()
        .arg("check")
        .arg(data("clean"))
        .args(["--langs", "de,xx"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("de, en, es, ru, fr"));
}

#[test]
fn a_folder_that_cannot_be_read_or_holds_no_release_is_an_error() {
    check()
        .arg("check")
        .arg(data("no-such-folder"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-folder"));
    let empty = tempfile::tempdir().unwrap();
    check()
        .arg("check")
        .arg(empty.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no release"));
}

#[test]
fn unreadable_files_are_reported_with_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(data("clean")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.path().join("broken.de.txt"), b"\xff\xfe\x00garbage").unwrap();
    let out = check()
        .arg("check")
        .arg(dir.path())
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: Report = serde_json::from_slice(&out.stdout).unwrap();
    let f = &report.findings[0];
    assert_eq!((f.kind, f.release.as_deref()), (Kind::UnreadableFile, None));
    assert!(f.path.as_ref().unwrap().ends_with("broken.de.txt"));
}
