//! Every export format, from one fixture built in code (see `export/fixture.rs`).
//!
//! Snapshot tests compare the output with the files in `tests/data/export/`.
//! After an intended change of a format, regenerate them with
//! `UPDATE_SNAPSHOTS=1 cargo test --test export` and review the diff.

#[path = "export/driver.rs"]
mod driver;
#[path = "export/fixture.rs"]
mod fixture;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use paralign::Lang;
use paralign::export::tmx_json::TmxJson;
use paralign::export::{Format, Meta, Output};
use paralign::join::{Level, TranslationUnit};
use quick_xml::events::Event;
use quick_xml::reader::Reader;

const LANGS: [Lang; 4] = [Lang::De, Lang::En, Lang::Fr, Lang::Ru];

fn meta(level: Level) -> Meta {
    Meta {
        creation_date: "20210305T000000Z".into(),
        ..Meta::new(level, Lang::De, LANGS.to_vec())
    }
}

/// Writes the fixture's units at `level` in `format` to `path`.
fn export_to(path: &Path, format: Format, level: Level) {
    let output = Output::prepare(path, format).unwrap();
    let mut exporter = format.exporter(output, &meta(level)).unwrap();
    for unit in fixture::units(level) {
        exporter.unit(&unit).unwrap();
    }
    exporter.finish().unwrap();
}

fn export_text(format: Format, level: Level) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out");
    export_to(&path, format, level);
    fs::read_to_string(path).unwrap()
}

fn snapshot_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/export")
        .join(name)
}

/// Compares `actual` with the committed snapshot `name` (or rewrites it, see the top).
fn assert_snapshot(name: &str, actual: &str) {
    let path = snapshot_path(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_SNAPSHOTS=1 creates it)", path.display()));
    if let Some((n, (e, a))) = expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .find(|(_, (e, a))| e != a)
    {
        panic!("{name}:{}: expected\n  {e}\ngot\n  {a}", n + 1);
    }
    assert_eq!(
        expected, actual,
        "{name}: same lines, different length or line ends"
    );
}

#[test]
fn snapshot_tmx_json() {
    assert_snapshot(
        "expected.tmx.json",
        &export_text(Format::TmxJson, Level::Sentence),
    );
}

#[test]
fn snapshot_tmx_json_paragraph_level() {
    assert_snapshot(
        "expected.paragraph.tmx.json",
        &export_text(Format::TmxJson, Level::Paragraph),
    );
}

#[test]
fn snapshot_tmx() {
    assert_snapshot("expected.tmx", &export_text(Format::Tmx, Level::Sentence));
}

#[test]
fn snapshot_jsonl() {
    assert_snapshot(
        "expected.jsonl",
        &export_text(Format::Jsonl, Level::Sentence),
    );
}

#[test]
fn snapshot_tsv() {
    assert_snapshot("expected.tsv", &export_text(Format::Tsv, Level::Sentence));
}

#[test]
fn snapshot_moses() {
    let dir = tempfile::tempdir().unwrap();
    export_to(dir.path(), Format::Moses, Level::Sentence);
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 6, "{names:?}");
    for name in names {
        let text = fs::read_to_string(dir.path().join(&name)).unwrap();
        assert_snapshot(&format!("moses/{name}"), &text);
    }
}

#[test]
fn tmx_json_parses_back_into_its_schema() {
    let doc: TmxJson =
        serde_json::from_str(&export_text(Format::TmxJson, Level::Sentence)).unwrap();
    assert_eq!(doc.header.srclang, "de-DE");
    assert_eq!(doc.header.segtype, "sentence");
    assert_eq!(doc.header.creationdate, "20210305T000000Z");
    let units = fixture::units(Level::Sentence);
    assert_eq!(doc.body.len(), units.len());
    for (tu, unit) in doc.body.iter().zip(&units) {
        assert_eq!(tu.tuid, unit.tuid());
        assert_eq!(tu.props["x-release"], unit.release);
        let segs: Vec<(&str, &str)> = tu
            .tuv
            .iter()
            .map(|t| (t.lang.as_str(), t.seg.as_str()))
            .collect();
        let sides: Vec<(&str, &str)> = unit
            .sides
            .iter()
            .map(|s| (s.lang.locale(), s.text.as_str()))
            .collect();
        assert_eq!(segs, sides);
    }
    let merged = &doc.body[0];
    assert_eq!(merged.props["x-bead"], "de-en:2-1 de-ru:2-2 de-fr:2-2");
    assert_eq!(merged.props["x-score"], "0.810");
    assert_eq!(doc.body[2].props["x-bead"], "de-en:0-1");
    assert!(
        !doc.body[4].props.contains_key("x-score"),
        "the lone release has no link"
    );
}

/// The `(lang, seg)` pairs of every `<tu>`, read back with quick-xml.
fn reread_tmx(xml: &str) -> Vec<Vec<(String, String)>> {
    let mut reader = Reader::from_str(xml);
    let (mut units, mut lang, mut seg, mut in_seg) =
        (Vec::new(), String::new(), String::new(), false);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == b"tu" => units.push(Vec::new()),
            Event::Start(e) if e.name().as_ref() == b"tuv" => {
                let attr = e
                    .try_get_attribute("xml:lang")
                    .unwrap()
                    .expect("tuv has xml:lang");
                lang = attr.unescape_value().unwrap().into_owned();
            }
            Event::Start(e) if e.name().as_ref() == b"seg" => (in_seg, seg) = (true, String::new()),
            Event::Text(t) if in_seg => seg.push_str(&t.decode().unwrap()),
            Event::GeneralRef(r) if in_seg => {
                let c = r.resolve_char_ref().unwrap();
                let name = r.decode().unwrap();
                let entity = match name.as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    _ => c.expect("known entity"),
                };
                seg.push(entity);
            }
            Event::End(e) if e.name().as_ref() == b"seg" => {
                in_seg = false;
                units.last_mut().unwrap().push((lang.clone(), seg.clone()));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    units
}

#[test]
fn tmx_reads_back_with_every_segment_escaped_correctly() {
    let xml = export_text(Format::Tmx, Level::Sentence);
    assert!(xml.contains("&lt;Trinkwasser&gt;") && xml.contains("Wasser &amp; Klima"));
    let units = fixture::units(Level::Sentence);
    let expected: Vec<Vec<(String, String)>> = units
        .iter()
        .map(|u| {
            u.sides
                .iter()
                .map(|s| (s.lang.locale().to_string(), s.text.replace('\u{7}', "")))
                .collect()
        })
        .collect();
    assert_eq!(reread_tmx(&xml), expected);
}

#[test]
fn tmx_is_valid_against_the_dtd() {
    let dtd = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/spec/tmx14.dtd");
    let has_xmllint = Command::new("xmllint").arg("--version").output().is_ok();
    if !dtd.exists() || !has_xmllint {
        eprintln!(
            "skipped: needs xmllint and {} (found: xmllint {has_xmllint}, DTD {})",
            dtd.display(),
            dtd.exists()
        );
        return;
    }
    for level in [Level::Sentence, Level::Paragraph] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.tmx");
        export_to(&path, Format::Tmx, level);
        let out = Command::new("xmllint")
            .arg("--noout")
            .arg("--dtdvalid")
            .arg(&dtd)
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "xmllint: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn moses_pairs_have_equal_line_counts_and_single_line_texts() {
    let dir = tempfile::tempdir().unwrap();
    export_to(dir.path(), Format::Moses, Level::Sentence);
    for other in ["en", "fr", "ru"] {
        let read = |l: &str| {
            fs::read_to_string(dir.path().join(format!("corpus.de-{other}.{l}"))).unwrap()
        };
        let (src, tgt) = (read("de"), read(other));
        assert_eq!(src.lines().count(), tgt.lines().count(), "de-{other}");
        assert!(!src.contains('\t') && !tgt.contains('\t') && !src.contains('\r'));
    }
    // The 0-1 unit (en only) and the 1-0 unit (no ru) are left out of their pairs.
    let lines = |name: &str| {
        fs::read_to_string(dir.path().join(name))
            .unwrap()
            .lines()
            .count()
    };
    assert_eq!(
        (
            lines("corpus.de-en.de"),
            lines("corpus.de-fr.de"),
            lines("corpus.de-ru.de")
        ),
        (3, 3, 2)
    );
}

#[test]
fn jsonl_lines_are_objects_with_a_translation_map() {
    let text = export_text(Format::Jsonl, Level::Sentence);
    let units: Vec<TranslationUnit> = fixture::units(Level::Sentence);
    assert_eq!(text.lines().count(), units.len());
    for (line, unit) in text.lines().zip(&units) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let map = v["translation"].as_object().unwrap();
        let keys: Vec<&str> = map.keys().map(String::as_str).collect();
        let codes: Vec<&str> = unit.sides.iter().map(|s| s.lang.code()).collect();
        assert_eq!(keys.len(), codes.len());
        for side in &unit.sides {
            assert_eq!(map[side.lang.code()], side.text.as_str());
        }
        assert_eq!(v["release"], unit.release.as_str());
    }
}

#[test]
fn tsv_rows_have_one_cell_per_column() {
    let text = export_text(Format::Tsv, Level::Sentence);
    let mut lines = text.lines();
    assert_eq!(
        lines.next().unwrap(),
        "tuid\trelease\tbead\tscore\tde\ten\tfr\tru"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), fixture::units(Level::Sentence).len());
    assert!(rows.iter().all(|r| r.split('\t').count() == 8), "{rows:#?}");
}
