//! `paralign eval` from the command line.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::str::contains;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn eval() -> Command {
    let mut cmd = Command::cargo_bin("paralign").unwrap();
    cmd.arg("eval");
    cmd
}

#[test]
fn pooled_table_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let g1 = write(dir.path(), "g1", "[0]:[0]\n[1, 2]:[1]\n[]:[2]\n");
    let t1 = write(
        dir.path(),
        "t1",
        "[0]:[0]:0.9\n[1]:[1]:0.5\n[2]:[]:0.1\n[]:[2]:0.2\n",
    );
    let g2 = write(dir.path(), "g2", "[0]:[0]\n");
    let t2 = write(dir.path(), "t2", "[0]:[0]\n");
    let out = eval()
        .arg("--gold")
        .args([&g1, &g2])
        .arg("--test")
        .args([&t1, &t2])
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Precision: 3 of 5 test beads exact; [1]:[1] overlaps [1, 2]:[1] (lax).
    assert_eq!(json["strict"]["precision"], 0.6);
    assert_eq!(json["lax"]["precision"], 0.8);
    // Recall over the 3 gold beads that are not 0-1/1-0: 2 exact, 3 lax.
    assert_eq!(json["lax"]["recall"], 1.0);
    assert_eq!(json["gold_beads"], 3);
    eval()
        .args(["--gold"])
        .arg(&g1)
        .arg("--test")
        .arg(&t1)
        .assert()
        .success()
        .stdout(
            contains("strict")
                .and(contains("lax"))
                .and(contains("0.5000")),
        );
}

#[test]
fn by_shape_breaks_the_strict_scores_down() {
    let dir = tempfile::tempdir().unwrap();
    let g = write(dir.path(), "g", "[0]:[0]\n[1]:[1]\n[2, 3]:[2]\n[4]:[]\n");
    let t = write(dir.path(), "t", "[0, 1]:[0, 1]\n[2, 3]:[2]\n[4]:[]\n");
    let out = eval()
        .args(["--by-shape", "--json", "--gold"])
        .arg(&g)
        .arg("--test")
        .arg(&t)
        .output()
        .unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["gold_beads"], 3);
    let shapes = json["by_shape"].as_array().unwrap();
    let get = |name: &str| shapes.iter().find(|s| s["shape"] == name).unwrap().clone();
    assert_eq!(
        (get("1-1")["gold"].clone(), get("1-1")["found"].clone()),
        (2.into(), 0.into())
    );
    assert_eq!(get("2-2")["predicted"], 1);
    assert_eq!(get("2-2")["precision"], 0.0);
    assert_eq!(get("2-1")["recall"], 1.0);
    assert_eq!(get("1-0/0-1")["right"], 1);
    eval()
        .args(["--by-shape", "--gold"])
        .arg(&g)
        .arg("--test")
        .arg(&t)
        .assert()
        .success()
        .stdout(contains("strict").and(contains("2-2").and(contains("1-0/0-1"))));
}

#[test]
fn malformed_gold_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let g = write(dir.path(), "gold.txt", "[0]:[0]\n[1]:[1\n");
    let t = write(dir.path(), "test.txt", "[0]:[0]\n");
    eval()
        .arg("--gold")
        .arg(&g)
        .arg("--test")
        .arg(&t)
        .assert()
        .code(2)
        .stderr(contains("gold.txt:2:"));
}

#[test]
fn a_gold_linking_a_sentence_twice_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let g = write(dir.path(), "gold.txt", "[0]:[0]\n[0]:[1]\n");
    let t = write(dir.path(), "test.txt", "[0]:[0, 1]\n");
    eval()
        .arg("--gold")
        .arg(&g)
        .arg("--test")
        .arg(&t)
        .assert()
        .code(2)
        .stderr(contains(
            "gold.txt:2: source sentence 0 is already in the bead on line 1",
        ));
}

#[test]
fn a_test_file_covering_other_sentences_than_its_gold_is_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let g1 = write(dir.path(), "g1.txt", "[0]:[0]\n[1]:[1, 2]\n");
    let g2 = write(dir.path(), "g2.txt", "[0]:[0]\n[1, 2, 3]:[1]\n[4]:[]\n");
    let t1 = write(dir.path(), "t1.txt", "[0]:[0]\n[1]:[1]\n[]:[2]\n");
    let t2 = write(
        dir.path(),
        "t2.txt",
        "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[4]:[]\n",
    );
    eval()
        .args(["--gold", g1.to_str().unwrap(), g2.to_str().unwrap()])
        .args(["--test", t1.to_str().unwrap(), t2.to_str().unwrap()])
        .assert()
        .success()
        .stderr("");
    // The test files given in the wrong order.
    eval()
        .args(["--gold", g1.to_str().unwrap(), g2.to_str().unwrap()])
        .args(["--test", t2.to_str().unwrap(), t1.to_str().unwrap()])
        .assert()
        .success()
        .stderr(contains("warning: ").and(contains("g1.txt covers 2 source and 3 target")))
        .stderr(contains("t2.txt covers 5 and 2"));
}

#[test]
fn mismatched_file_counts_are_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let g = write(dir.path(), "g", "[0]:[0]\n");
    eval()
        .arg("--gold")
        .args([&g, &g])
        .arg("--test")
        .arg(&g)
        .assert()
        .code(2)
        .stderr(contains("2 gold file(s) but 1 test file(s)"));
}

#[test]
fn missing_test_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let g = write(dir.path(), "g", "[0]:[0]\n");
    eval()
        .arg("--gold")
        .arg(&g)
        .arg("--test")
        .arg(dir.path().join("absent.txt"))
        .assert()
        .code(2)
        .stderr(contains("absent.txt"));
}

use predicates::prelude::PredicateBooleanExt;
