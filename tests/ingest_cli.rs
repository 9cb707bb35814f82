//! `paralign scan`: the table, the JSON document, problems and exit codes.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/ingest")
        .join(rel)
}

fn scan(args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("paralign")
        .unwrap()
        .arg("scan")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn row<'a>(stdout: &'a str, id: &str) -> Vec<&'a str> {
    let line = stdout
        .lines()
        .find(|l| l.starts_with(id))
        .unwrap_or_else(|| panic!("no row {id} in\n{stdout}"));
    line.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

#[test]
fn table_shows_one_row_per_release_and_each_language_state() {
    let dir = data("");
    let (code, stdout, stderr) = scan(&[dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let header: Vec<&str> = stdout.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        ["ID", "DATE", "TITLE", "de", "en", "es", "ru", "fr"]
    );
    let rail = row(&stdout, "0417-14-03-2021");
    assert_eq!(rail[1], "2021-03-14");
    assert!(rail[2].starts_with("Bahnstrecke") && rail[2].ends_with('…'));
    assert_eq!(&rail[3..], ["✓", "✓", "✓", "✓", "✓"]);
    let harbour = row(&stdout, "0502-09-02-2021");
    assert_eq!(
        &harbour[1..],
        [
            "2021-02-09",
            "Fahrrinne im Hafen von Seewald wird vertieft",
            "✓",
            "✓ dup",
            "missing",
            "·",
            "fr→en"
        ]
    );
    assert!(
        stdout
            .contains("2 releases, 8 versions, 1 missing, 0 undeclared, 1 mislabelled, 1 duplicate, 5 problems"),
        "{stdout}"
    );
}

#[test]
fn problems_go_to_stderr_as_file_line_message() {
    let dir = data("");
    let (_, stdout, stderr) = scan(&[dir.to_str().unwrap()]);
    assert!(!stdout.contains("bad/"), "{stdout}");
    let (warnings, lines): (Vec<&str>, Vec<&str>) =
        stderr.lines().partition(|l| l.contains(": warning: "));
    assert_eq!(lines.len(), 5, "{stderr}");
    assert_eq!(warnings.len(), 4, "{stderr}");
    assert!(
        warnings.iter().any(|w| w.ends_with(
            "harbour/de/harbour.txt:1: warning: header date 2021-02-10 differs from the release date 2021-02-09, which its own release ID states"
        )),
        "{stderr}"
    );
    let want = [
        "bad/digits.txt:1: no release ID line, and the language cannot be told",
        "bad/empty.txt: empty file",
        "bad/image.png:3: binary file",
        "bad/nolang.txt: cannot tell the language",
        "bad/unknown_month.en.txt:2: unknown month name 'Novembar'",
    ];
    for (line, want) in lines.iter().zip(want) {
        assert!(line.starts_with(dir.to_str().unwrap()), "{line}");
        assert!(line.contains(want), "{line} lacks {want}");
    }
}

#[test]
fn json_is_a_stable_document() {
    let dir = data("");
    let (code, stdout, stderr) = scan(&[dir.to_str().unwrap(), "--json"]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    let releases = doc["releases"].as_array().unwrap();
    assert_eq!(releases.len(), 2);
    let harbour = &releases[1];
    assert_eq!(harbour["id"], "0502-09-02-2021");
    assert_eq!(harbour["number"], 502);
    assert_eq!(harbour["date"], "2021-02-09");
    assert_eq!(
        harbour["declared"],
        serde_json::json!(["de", "en", "es", "fr"])
    );
    assert_eq!(harbour["missing"], serde_json::json!(["es"]));
    assert_eq!(
        harbour["mislabelled"],
        serde_json::json!([{"lang": "fr", "detected": "en"}])
    );
    let dup = &harbour["duplicates"][0];
    assert_eq!(dup["lang"], "en");
    assert!(
        dup["dropped"]
            .as_str()
            .unwrap()
            .ends_with("harbour-copy.txt")
    );
    let de = &harbour["versions"]["de"];
    assert!(
        de["path"]
            .as_str()
            .unwrap()
            .ends_with("harbour/de/harbour.txt")
    );
    assert_eq!(
        (de["detected"].as_str(), de["paragraphs"].as_u64()),
        (Some("de"), Some(3))
    );
    assert!(de["sentences"].as_u64().unwrap() >= 3);
    assert_eq!(de["title"], "Fahrrinne im Hafen von Seewald wird vertieft");
    assert!(
        harbour["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["line"] == 1 && w["message"].as_str().unwrap().starts_with("header date"))
    );
    let problems = doc["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 5);
    assert_eq!(problems[2]["line"], 3);
    assert!(problems[2]["file"].as_str().unwrap().ends_with("image.png"));
    assert_eq!(problems[4]["lang"], "en");
    assert_eq!(problems[4]["release"], "0733-26-11-2020");
}

#[test]
fn exit_2_only_when_nothing_could_be_read() {
    let (code, _, stderr) = scan(&[data("bad").to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(stderr.lines().count(), 5, "{stderr}");
    let empty = tempfile::tempdir().unwrap();
    let (code, _, stderr) = scan(&[empty.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no release pages"), "{stderr}");
    let (code, _, stderr) = scan(&[empty.path().join("nope").to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot scan") && stderr.contains("nope"),
        "{stderr}"
    );
    let (code, stdout, _) = scan(&[data("bad").to_str().unwrap(), "--json"]);
    assert_eq!(code, 2);
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(doc["releases"], serde_json::json!([]));
}

#[test]
fn scan_on_the_shipped_corpus_reports_its_planted_flaws() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    assert!(
        dir.join("README.md").exists(),
        "corpus/ ships with the repository"
    );
    let (code, stdout, stderr) = scan(&[dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let warnings: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        warnings.len(),
        1,
        "the es date of 2109, against its ID and the release, said once:\n{stderr}"
    );
    assert!(
        warnings
            .iter()
            .all(|w| w.contains("09-anniversary/anniversary.es.txt:"))
    );
    assert_eq!(
        stdout.lines().count(),
        14,
        "header, 12 rows, totals:\n{stdout}"
    );
    let langs = |id| row(&stdout, id)[3..].to_vec();
    assert_eq!(langs("2101-04-03-2021"), ["✓", "✓", "missing", "✓", "✓"]);
    assert_eq!(langs("2102-19-03-2021"), ["✓", "✓", "✓", "✓", "fr→en"]);
    assert_eq!(
        langs("2110-15-09-2021"),
        ["✓ dup", "✓", "✓ undecl", "✓", "·"]
    );
    assert_eq!(langs("2112-22-11-2021"), ["✓", "✓", "✓", "✓", "✓"]);
    let (_, json, _) = scan(&[dir.to_str().unwrap(), "--json"]);
    let doc: Value = serde_json::from_str(&json).unwrap();
    let by_id = |id: &str| {
        doc["releases"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(
        by_id("2101-04-03-2021")["missing"],
        serde_json::json!(["es"])
    );
    assert_eq!(
        by_id("2102-19-03-2021")["mislabelled"],
        serde_json::json!([{"lang": "fr", "detected": "en"}])
    );
    let rail = by_id("2110-15-09-2021");
    assert_eq!(rail["undeclared"], serde_json::json!(["es"]));
    assert_eq!(rail["duplicates"][0]["lang"], "de");
    assert!(
        rail["duplicates"][0]["dropped"]
            .as_str()
            .unwrap()
            .contains("mirror")
    );
    assert_eq!(doc["problems"], serde_json::json!([]));
}

#[test]
fn a_folder_of_two_plain_documents_aligns() {
    let dir = tempfile::tempdir().unwrap();
    let de = "Jahresbericht\n\nDie Stadtwerke haben im vergangenen Jahr mehr Strom erzeugt als je zuvor.\n";
    let fr = "Rapport annuel\n\nLes services municipaux ont produit l'an dernier plus d'électricité que jamais.\n";
    std::fs::write(dir.path().join("report.de.txt"), de).unwrap();
    std::fs::write(dir.path().join("report.fr.txt"), fr).unwrap();
    let out = Command::cargo_bin("paralign")
        .unwrap()
        .args([
            "align",
            dir.path().to_str().unwrap(),
            "-o",
            "-",
            "--format",
            "tsv",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let unit = stdout.lines().find(|l| l.contains("Die Stadtwerke"));
    assert!(
        unit.is_some_and(|l| l.contains("Les services municipaux") && l.contains("report")),
        "one de-fr unit of release `report`: {stdout}"
    );
}
