//! An existing output survives whatever happens to a run: an interruption
//! (SIGINT, SIGTERM) mid-write, a failure, an empty input, an output path that
//! names an input. No temporary file is left behind.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command as Std, Stdio};
use std::thread::sleep;
use std::time::Duration;

use assert_cmd::Command;
use predicates::prelude::*;

fn paralign() -> Command {
    Command::cargo_bin("paralign").unwrap()
}

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Every file under `dir`, with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in walk(dir) {
        files.push((entry.clone(), fs::read(&entry).unwrap()));
    }
    files.sort();
    files
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The shipped corpus `copies` times over, each copy's release IDs renumbered
/// (`2101-…` becomes `3001-…`, `3101-…`, …) so they are distinct releases.
fn big_corpus(root: &Path, copies: usize) {
    for k in 0..copies {
        for release in fs::read_dir(shipped()).unwrap() {
            let release = release.unwrap().path();
            if !release.is_dir() {
                continue;
            }
            let name = release.file_name().unwrap().to_string_lossy().into_owned();
            let target = root.join(format!("{k:03}-{name}"));
            fs::create_dir_all(&target).unwrap();
            for page in fs::read_dir(&release).unwrap() {
                let page = page.unwrap().path();
                if !page.is_file() {
                    continue;
                }
                // Bytes, not text: some shipped pages are not UTF-8.
                let bytes = fs::read(&page).unwrap();
                let new = format!("\n{}", 30 + k).into_bytes();
                let mut renumbered = Vec::with_capacity(bytes.len());
                let mut i = 0;
                while i < bytes.len() {
                    if bytes[i..].starts_with(b"\n21") {
                        renumbered.extend_from_slice(&new);
                        i += 3;
                    } else {
                        renumbered.push(bytes[i]);
                        i += 1;
                    }
                }
                fs::write(target.join(page.file_name().unwrap()), renumbered).unwrap();
            }
        }
    }
}

/// Starts `align` on `input`, waits until its temporary output in `out`'s
/// folder has received some units, sends `signal`, and returns the exit code.
fn interrupt(input: &Path, out: &Path, extra: &[&str], signal: &str) -> Option<i32> {
    let bin = assert_cmd::cargo::cargo_bin("paralign");
    let mut child = Std::new(bin)
        .arg("align")
        .arg(input)
        .arg("-o")
        .arg(out)
        .args(extra)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let watched = if out.extension().is_some() {
        out.parent().unwrap().to_path_buf()
    } else {
        out.to_path_buf()
    };
    // Mid-write: a temporary file that has received some of the corpus.
    let partial = || {
        watched.is_dir()
            && fs::read_dir(&watched).unwrap().any(|e| {
                let e = e.unwrap();
                let name = e.file_name().to_string_lossy().into_owned();
                name.ends_with(".partial") && e.metadata().is_ok_and(|m| m.len() > 0)
            })
    };
    for _ in 0..6000 {
        if partial() || child.try_wait().unwrap().is_some() {
            break;
        }
        sleep(Duration::from_millis(5));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the run ended before it could be interrupted; give it a bigger input"
    );
    let pid = child.id().to_string();
    let killed = Std::new("kill").args([signal, &pid]).status().unwrap();
    assert!(killed.success());
    child.wait().unwrap().code()
}

#[cfg(unix)]
#[test]
fn an_interrupted_run_leaves_the_old_output_and_no_temporary_file() {
    let input = tempfile::tempdir().unwrap();
    big_corpus(input.path(), 10);
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("corpus.json");
    fs::write(&path, "a good corpus from yesterday\n").unwrap();
    for (signal, code) in [("-INT", 130), ("-TERM", 143)] {
        assert_eq!(interrupt(input.path(), &path, &[], signal), Some(code));
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            "a good corpus from yesterday\n"
        );
        assert_eq!(names(out.path()), ["corpus.json"], "after {signal}");
    }
}

#[cfg(unix)]
#[test]
fn an_interrupted_moses_run_leaves_every_old_pair() {
    let input = tempfile::tempdir().unwrap();
    big_corpus(input.path(), 10);
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("moses");
    paralign()
        .arg("align")
        .arg(shipped())
        .arg("-o")
        .arg(&dir)
        .args(["--format", "moses", "--langs", "de,fr"])
        .assert()
        .success();
    let before = snapshot(&dir);
    let extra = ["--format", "moses", "--langs", "de,fr"];
    assert_eq!(interrupt(input.path(), &dir, &extra, "-INT"), Some(130));
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn a_failed_or_empty_run_leaves_the_old_output() {
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("corpus.tmx");
    fs::write(&path, "old").unwrap();
    let empty = tempfile::tempdir().unwrap();
    for input in [empty.path(), Path::new("/nonexistent/input")] {
        paralign()
            .arg("align")
            .arg(input)
            .arg("-o")
            .arg(&path)
            .args(["--format", "tmx"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("error:"));
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(names(out.path()), ["corpus.tmx"]);
    }
    // Nothing is created for a run that fails before its output is complete.
    let fresh = out.path().join("new/dir/out.json");
    paralign()
        .arg("align")
        .arg(empty.path())
        .arg("-o")
        .arg(&fresh)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not written"));
    assert_eq!(names(out.path()), ["corpus.tmx"]);
}

#[test]
fn filters_that_leave_nothing_are_an_error_and_replace_nothing() {
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("corpus.jsonl");
    fs::write(&path, "old\n").unwrap();
    paralign()
        .arg("align")
        .arg(shipped().join("01-trade-fair"))
        .arg("-o")
        .arg(&path)
        .args(["--format", "jsonl", "--min-score", "1"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("error: no unit to export")
                .and(predicate::str::contains("left as it was")),
        );
    assert_eq!(fs::read_to_string(&path).unwrap(), "old\n");
}

#[test]
fn an_output_naming_an_input_is_refused_and_the_input_unchanged() {
    let input = tempfile::tempdir().unwrap();
    big_corpus(input.path(), 1);
    let before = snapshot(input.path());
    let page = walk(input.path())
        .into_iter()
        .find(|p| p.to_string_lossy().ends_with(".de.txt"))
        .unwrap();
    let inside = input.path().join("corpus.json");
    let through_dots = input.path().join("000-01-trade-fair/../x.json");
    for out in [&page, &inside, &through_dots] {
        paralign()
            .arg("align")
            .arg(input.path())
            .arg("-o")
            .arg(out)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("input"));
    }
    paralign()
        .arg("align")
        .arg(input.path())
        .arg("-o")
        .arg(input.path())
        .args(["--format", "moses", "--langs", "de,fr"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is the input folder"));
    let fr = page.with_file_name(
        page.file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".de.", ".fr."),
    );
    for args in [["-o", "SRC"], ["-o", "TGT"]] {
        let target = if args[1] == "SRC" { &page } else { &fr };
        paralign()
            .arg("align-lines")
            .arg(&page)
            .arg(&fr)
            .args(["--src-lang", "de", "--tgt-lang", "fr", "-o"])
            .arg(target)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is the input file"));
    }
    paralign()
        .arg("review")
        .arg(input.path())
        .arg("-o")
        .arg(input.path().join("review.html"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("inside the input folder"));
    // The learned word translations, wherever a command would save them.
    let elsewhere = tempfile::tempdir().unwrap();
    let corpus = elsewhere.path().join("corpus.json");
    let table = input.path().join("lexicon.tsv");
    for command in ["align", "check", "review", "lexicon"] {
        let mut run = paralign();
        run.arg(command).arg(input.path());
        match command {
            "lexicon" => run.arg("-o").arg(&table),
            "check" => run.arg("--lexicon-out").arg(&table),
            _ => run
                .arg("--lexicon-out")
                .arg(&table)
                .arg("-o")
                .arg(elsewhere.path().join(format!("{command}.out"))),
        };
        run.assert()
            .code(2)
            .stderr(predicate::str::contains("inside the input folder"));
    }
    paralign()
        .arg("align-lines")
        .arg(&page)
        .arg(&fr)
        .args(["--src-lang", "de", "--tgt-lang", "fr", "--lexicon-out"])
        .arg(&fr)
        .arg("-o")
        .arg(&corpus)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is the input file"));
    assert_eq!(snapshot(input.path()), before);
    assert!(!corpus.exists());
}
