//! Ingestion: page parsing in five languages, chrome stripping on the seed,
//! bad input, language detection, path rules, grouping and duplicates.

use std::fs;
use std::path::{Path, PathBuf};

use paralign::release::{self, Archive, Document, Problem, detect, lang_from_path, parse_document};
use paralign::{Error, Lang};

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/ingest")
        .join(rel)
}

fn parse(rel: &str) -> Document {
    let path = data(rel);
    let bytes = fs::read(&path).unwrap();
    parse_document(&path, &bytes).unwrap_or_else(|e| panic!("{e}"))
}

fn parse_err(rel: &str) -> Error {
    let path = data(rel);
    parse_document(&path, &fs::read(&path).unwrap()).expect_err(rel)
}

struct Expect {
    file: &'static str,
    lang: Lang,
    time: Option<&'static str>,
    doc_type: &'static str,
    title_start: &'static str,
}

const RAIL: [Expect; 5] = [
    Expect {
        file: "rail/rail.de.txt",
        lang: Lang::De,
        time: Some("09:30"),
        doc_type: "PRESSEMITTEILUNG",
        title_start: "Bahnstrecke",
    },
    Expect {
        file: "rail/rail.en.txt",
        lang: Lang::En,
        time: Some("09:30"),
        doc_type: "PRESS RELEASE",
        title_start: "Rail line",
    },
    Expect {
        file: "rail/rail.es.txt",
        lang: Lang::Es,
        time: Some("09:30"),
        doc_type: "COMUNICADO DE PRENSA",
        title_start: "La línea",
    },
    Expect {
        file: "rail/rail.ru.txt",
        lang: Lang::Ru,
        time: Some("09:30"),
        doc_type: "СООБЩЕНИЕ ДЛЯ СМИ",
        title_start: "Железнодорожная",
    },
    Expect {
        file: "rail/rail.fr.txt",
        lang: Lang::Fr,
        time: None,
        doc_type: "COMMUNIQUÉ DE PRESSE",
        title_start: "La ligne",
    },
];

#[test]
fn header_in_each_of_the_five_languages() {
    for e in RAIL {
        let doc = parse(e.file);
        let h = &doc.header;
        assert_eq!(h.date.as_deref(), Some("2021-03-14"), "{}", e.file);
        assert_eq!(h.time.as_deref(), e.time, "{}", e.file);
        assert!(
            h.title.starts_with(e.title_start),
            "{}: {}",
            e.file,
            h.title
        );
        let id_line = if e.lang == Lang::Fr { 6 } else { 5 };
        assert_eq!(
            (h.id.as_str(), h.number, h.id_line),
            ("0417-14-03-2021", 417, id_line)
        );
        assert_eq!(h.id_date.as_deref(), Some("2021-03-14"));
        assert_eq!(h.declared, Lang::ALL.to_vec(), "{}", e.file);
        assert_eq!(h.doc_type.as_deref(), Some(e.doc_type), "{}", e.file);
        assert_eq!(
            (doc.lang, doc.path_lang, doc.detected),
            (e.lang, Some(e.lang), Some(e.lang))
        );
        assert!(doc.warnings.is_empty(), "{}: {:?}", e.file, doc.warnings);
        assert!(!doc.is_mislabelled());
    }
}

#[test]
fn body_paragraphs_without_chrome_with_source_lines() {
    for e in RAIL {
        let doc = parse(e.file);
        let lines: Vec<usize> = doc.paragraphs.iter().map(|p| p.line).collect();
        let first = if e.lang == Lang::Fr { 18 } else { 17 };
        assert_eq!(lines.len(), 4, "{}", e.file);
        assert_eq!(lines[0], first, "{}", e.file);
        for p in &doc.paragraphs {
            assert!(!p.text.contains(['\r', '\u{a0}', '\u{feff}']), "{}", e.file);
            assert!(
                p.text.len() > 40 && p.text != "x",
                "{}: {:?}",
                e.file,
                p.text
            );
            assert!(!p.text.contains(e.doc_type), "{}", e.file);
            assert_eq!(p.text, p.text.trim());
        }
    }
}

#[test]
fn inner_line_breaks_title_runs_and_nfc() {
    let de = parse("rail/rail.de.txt");
    assert_eq!(de.paragraphs[1].text.matches('\n').count(), 1);
    assert_eq!(de.paragraphs[2].line, de.paragraphs[1].line + 3);
    let fr = parse("rail/rail.fr.txt");
    assert_eq!(
        fr.header.title,
        "La ligne ferroviaire entre Lindenthal et Brückstadt rouvre après sa rénovation"
    );
    assert!(
        !fr.paragraphs[1].text.contains('\u{301}'),
        "combining accent survived NFC"
    );
    assert!(fr.paragraphs[1].text.contains("ont été reconstruits"));
}

#[test]
fn bom_and_crlf_give_the_same_document_as_lf() {
    let path = data("rail/rail.es.txt");
    let bytes = fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF") && bytes.windows(2).any(|w| w == b"\r\n"));
    let plain = String::from_utf8(bytes[3..].to_vec())
        .unwrap()
        .replace("\r\n", "\n");
    let from_crlf = parse_document(&path, &bytes).unwrap();
    let from_lf = parse_document(&path, plain.as_bytes()).unwrap();
    assert_eq!(from_crlf, from_lf);
    let lone_cr = plain.replace('\n', "\r");
    assert_eq!(parse_document(&path, lone_cr.as_bytes()).unwrap(), from_lf);
}

fn seed() -> Option<PathBuf> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_37dca0e08439e705.txt");
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipped: {} is absent", path.display());
        None
    }
}

#[test]
fn seed_header_and_chrome_stripping() {
    let Some(path) = seed() else { return };
    let bytes = fs::read(&path).unwrap();
    let source = String::from_utf8(bytes.clone()).unwrap();
    let source_lines: Vec<&str> = source.split('\n').collect();
    let doc = parse_document(&path, &bytes).unwrap();
    let h = &doc.header;
    assert_eq!(
        (h.date.as_deref(), h.time.as_deref()),
        (Some("2020-11-26"), Some("18:51"))
    );
    assert_eq!(
        (h.id.as_str(), h.number, h.id_line),
        ("2065-26-11-2020", 2065, 5)
    );
    assert_eq!(h.id_date, h.date);
    assert_eq!(h.declared, Lang::ALL.to_vec());
    assert_eq!(h.doc_type.as_deref(), Some("PRESSEMITTEILUNG"));
    assert_eq!(h.title, source_lines[2]);
    assert_eq!(
        (doc.lang, doc.path_lang, doc.detected),
        (Lang::De, None, Some(Lang::De))
    );
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    let lines: Vec<usize> = doc.paragraphs.iter().map(|p| p.line).collect();
    assert_eq!(lines, [17, 19, 21, 23, 25, 27]);
    for p in &doc.paragraphs {
        assert_eq!(
            p.text,
            source_lines[p.line - 1],
            "paragraph at line {}",
            p.line
        );
    }
    let chrome_from = source_lines.iter().position(|l| l.trim() == "x").unwrap();
    assert!(chrome_from + 1 > *lines.last().unwrap());
}

fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn every_bad_input_names_file_and_line() {
    let cases: [(&str, usize, &str); 5] = [
        ("bad/empty.txt", 0, "empty file"),
        (
            "bad/digits.txt",
            1,
            "no release ID line, and the language cannot be told",
        ),
        (
            "bad/unknown_month.en.txt",
            2,
            "unknown month name 'Novembar'",
        ),
        (
            "bad/image.png",
            3,
            "binary file (NUL byte at byte offset 8)",
        ),
        ("bad/nolang.txt", 0, "cannot tell the language"),
    ];
    for (file, want_line, want) in cases {
        match parse_err(file) {
            Error::Parse {
                path,
                line,
                message,
            } => {
                assert_eq!(path, data(file));
                assert_eq!(line, want_line, "{file}: {message}");
                assert!(message.contains(want), "{file}: {message}");
            }
            other => panic!("{file}: unexpected {other:?}"),
        }
    }
}

#[test]
fn fifty_megabyte_single_line_is_refused_quickly_and_clearly() {
    let dir = scratch();
    let path = dir.path().join("huge.de.txt");
    let mut line = "Wort ".repeat(10 * 1024 * 1024);
    line.push('\n');
    fs::write(&path, &line).unwrap();
    let opts = release::ReadOptions {
        max_page_size: 64 << 20,
        ..Default::default()
    };
    let err = release::parse_document_with(&path, line.as_bytes(), &opts).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("huge.de.txt:1: line is 52428800 bytes long"),
        "{text}"
    );
    let archive = release::read_dir_with(dir.path(), &opts).unwrap();
    assert_eq!(archive.problems.len(), 1);
    assert_eq!(archive.problems[0].line, 1);
    let archive = release::read_dir(dir.path()).unwrap();
    assert!(
        archive.problems[0]
            .message
            .contains("over the limit of 8388608")
    );
}

#[test]
fn detection_on_a_huge_body_reads_only_a_sample() {
    let text = format!(
        "{} {}",
        "Die Stadt und der Hafen sind bereit. ".repeat(20_000),
        "x".repeat(10)
    );
    assert!(text.len() > 700_000);
    assert_eq!(detect(&text), Some(Lang::De));
}

#[test]
fn a_folder_of_only_bad_files_lists_each_and_skips_non_pages() {
    let archive = release::read_dir(&data("bad")).unwrap();
    assert!(archive.releases.is_empty());
    let files: Vec<String> = archive
        .problems
        .iter()
        .map(|p| p.file.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        files,
        [
            "digits.txt",
            "empty.txt",
            "image.png",
            "nolang.txt",
            "unknown_month.en.txt"
        ]
    );
    let month = &archive.problems[4];
    assert_eq!(
        (month.lang, month.release.as_deref()),
        (Some(Lang::En), Some("0733-26-11-2020")),
        "an unreadable file still names its version"
    );
}

#[test]
fn empty_missing_and_non_directories() {
    let dir = scratch();
    let archive = release::read_dir(dir.path()).unwrap();
    assert!(archive.releases.is_empty());
    assert_eq!(archive.problems.len(), 1);
    assert!(
        archive.problems[0].message.contains("no release pages"),
        "{:?}",
        archive.problems
    );
    fs::write(dir.path().join("README.md"), "notes").unwrap();
    let archive = release::read_dir(dir.path()).unwrap();
    assert!(
        archive.problems[0]
            .message
            .contains("1 other files skipped")
    );
    assert!(matches!(
        release::read_dir(&dir.path().join("nope")),
        Err(Error::Io { .. })
    ));
    assert!(matches!(
        release::read_dir(&dir.path().join("README.md")),
        Err(Error::Io { .. })
    ));
}

#[test]
fn one_bad_file_never_loses_the_others() {
    let dir = scratch();
    for name in ["rail.de.txt", "rail.en.txt"] {
        fs::copy(data("rail").join(name), dir.path().join(name)).unwrap();
    }
    fs::copy(data("bad/image.png"), dir.path().join("rail.fr.txt")).unwrap();
    fs::write(dir.path().join("rail.es.txt"), b"").unwrap();
    let archive = release::read_dir(dir.path()).unwrap();
    assert_eq!(archive.releases.len(), 1);
    let r = &archive.releases[0];
    assert_eq!(
        r.versions.keys().copied().collect::<Vec<_>>(),
        [Lang::De, Lang::En]
    );
    assert_eq!(r.missing(), [Lang::Es, Lang::Ru, Lang::Fr]);
    assert_eq!(archive.problems.len(), 2);
}

fn fixtures() -> Archive {
    release::read_dir(&data("")).unwrap()
}

#[test]
fn grouping_by_release_id() {
    let archive = fixtures();
    let ids: Vec<(&str, u32)> = archive
        .releases
        .iter()
        .map(|r| (r.id.as_str(), r.number))
        .collect();
    assert_eq!(ids, [("0417-14-03-2021", 417), ("0502-09-02-2021", 502)]);
    let rail = &archive.releases[0];
    assert_eq!(rail.versions.len(), 5);
    assert_eq!(rail.date.as_deref(), Some("2021-03-14"));
    assert!(rail.missing().is_empty() && rail.duplicates.is_empty() && rail.warnings().is_empty());
    assert_eq!(archive.problems.len(), 5);
    let mut sorted = archive.problems.clone();
    sorted.sort_by(|a, b| a.file.cmp(&b.file));
    assert_eq!(sorted, archive.problems);
}

#[test]
fn missing_mislabelled_duplicate_and_date_majority() {
    let archive = fixtures();
    let harbour = &archive.releases[1];
    assert_eq!(harbour.declared, [Lang::De, Lang::En, Lang::Es, Lang::Fr]);
    assert_eq!(harbour.missing(), [Lang::Es]);
    let fr = &harbour.versions[&Lang::Fr];
    assert!(fr.is_mislabelled());
    assert_eq!((fr.lang, fr.detected), (Lang::Fr, Some(Lang::En)));
    assert_eq!(harbour.duplicates.len(), 1);
    let dup = &harbour.duplicates[0];
    assert_eq!(dup.lang, Lang::En);
    assert!(dup.kept.ends_with("harbour/en/harbour.txt"));
    assert!(dup.dropped.ends_with("harbour/en/harbour-copy.txt"));
    assert_eq!(
        harbour.date.as_deref(),
        Some("2021-02-09"),
        "two versions against one"
    );
    let warnings: Vec<String> = harbour.warnings().iter().map(Problem::to_string).collect();
    let has = |s: &str| warnings.iter().any(|w| w.contains(s));
    // The header date is the odd one out, and the page's own ID agrees with
    // the release: one warning, at the header line, says so.
    assert!(
        !has("harbour.txt:5: release ID date"),
        "stated twice: {warnings:#?}"
    );
    assert!(
        has(
            "harbour.txt:1: header date 2021-02-10 differs from the release date 2021-02-09, which its own release ID states"
        ),
        "{warnings:#?}"
    );
    assert!(has("unknown language code 'it-IT1'"), "{warnings:#?}");
    assert!(
        has("header date 2021-02-10 differs from the release date 2021-02-09"),
        "{warnings:#?}"
    );
}

fn page(lang_body: &str, extra: &str) -> String {
    format!(
        "9 February 2021\n\nTitle\n\n0777-09-02-2021\n\n  • en-GB1 fr-FR1\n\n{lang_body}\n\n{extra}\n"
    )
}

const FR_BODY: &str = "Le port de Seewald a attribué le contrat pour approfondir le chenal. Les travaux commencent en avril et dureront tout l'été.";
const EN_BODY: &str = "The port of Seewald has awarded the contract to deepen the channel. Work starts in April and will last all summer long.";

#[test]
fn duplicate_rule_prefers_matching_language_then_length_then_path() {
    let dir = scratch();
    let d = dir.path();
    fs::write(d.join("a.fr.txt"), page(FR_BODY, "")).unwrap();
    fs::write(
        d.join("b.fr.txt"),
        page(
            EN_BODY,
            "The dredged sand will be used to reinforce the dykes.",
        ),
    )
    .unwrap();
    fs::write(d.join("c.fr.txt"), page(FR_BODY, "")).unwrap();
    fs::write(d.join("d.en.txt"), page(EN_BODY, "")).unwrap();
    fs::write(
        d.join("e.en.txt"),
        page(
            EN_BODY,
            "The dredged sand will be used to reinforce the dykes.",
        ),
    )
    .unwrap();
    fs::create_dir(d.join("a-mirror")).unwrap();
    fs::copy(d.join("e.en.txt"), d.join("a-mirror/z.en.txt")).unwrap();
    let archive = release::read_dir(d).unwrap();
    let r = &archive.releases[0];
    let name = |p: &Path| p.file_name().unwrap().to_string_lossy().into_owned();
    let dups: Vec<(Lang, String, String)> = r
        .duplicates
        .iter()
        .map(|x| (x.lang, name(&x.kept), name(&x.dropped)))
        .collect();
    assert_eq!(
        dups,
        [
            (Lang::En, "e.en.txt".into(), "z.en.txt".into()),
            (Lang::En, "e.en.txt".into(), "d.en.txt".into()),
            (Lang::Fr, "a.fr.txt".into(), "c.fr.txt".into()),
            (Lang::Fr, "a.fr.txt".into(), "b.fr.txt".into()),
        ]
    );
}

#[test]
fn hidden_entries_are_not_read() {
    let dir = scratch();
    let d = dir.path();
    fs::copy(data("rail/rail.de.txt"), d.join("rail.de.txt")).unwrap();
    fs::create_dir(d.join(".cache")).unwrap();
    fs::copy(data("rail/rail.de.txt"), d.join(".cache/rail.de.txt")).unwrap();
    fs::copy(data("rail/rail.de.txt"), d.join(".rail.de.txt")).unwrap();
    let archive = release::read_dir(d).unwrap();
    assert!(archive.releases[0].duplicates.is_empty());
    assert!(archive.problems.is_empty());
}

#[test]
fn grouping_does_not_depend_on_thread_count() {
    let with = |threads| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(fixtures)
    };
    assert_eq!(with(1), with(4));
}

#[test]
fn filed_language_falls_back_to_header_then_body() {
    let dir = scratch();
    let d = dir.path();
    let body = "\n\nDer Hafen wird vertieft, damit auch große Schiffe ihn bei jeder Tide erreichen können.\n";
    let month = format!("9 Februar 2021\n\nTitel\n\n0778-09-02-2021{body}");
    let doc = parse_document(&d.join("page.txt"), month.as_bytes()).unwrap();
    assert_eq!(
        (doc.lang, doc.path_lang),
        (Lang::De, None),
        "month name Februar is German only"
    );
    let shared = format!("9 November 2021\n\nTitel\n\n0778-09-11-2021{body}");
    let doc = parse_document(&d.join("page.txt"), shared.as_bytes()).unwrap();
    assert_eq!(doc.lang, Lang::De, "November is shared: the body decides");
    let typed = format!("9 November 2021\n\nTitle\n\n0778-09-11-2021\n\nPRESS RELEASE{body}");
    let doc = parse_document(&d.join("page.txt"), typed.as_bytes()).unwrap();
    assert_eq!((doc.lang, doc.detected), (Lang::En, Some(Lang::De)));
    assert!(doc.is_mislabelled());
}

#[test]
fn path_language_rules() {
    let cases = [
        ("corpus/03-energy/energy.fr.txt", Some(Lang::Fr)),
        ("x/release_de.txt", Some(Lang::De)),
        ("x/es.txt", Some(Lang::Es)),
        ("x/ru-RU.txt", Some(Lang::Ru)),
        ("archive/en/2065.txt", Some(Lang::En)),
        ("archive/de-DE/2065.txt", Some(Lang::De)),
        ("archive/de/energy.fr.txt", Some(Lang::Fr)),
        ("archive/2065-26-11-2020.txt", None),
        ("archive/03-energy/notes.txt", None),
    ];
    for (path, want) in cases {
        assert_eq!(lang_from_path(Path::new(path)), want, "{path}");
    }
}

#[test]
fn detection_on_paragraphs_in_each_language() {
    let cases = [
        (
            "Die Gemeinde hat beschlossen, die alte Schule in ein Kulturzentrum umzubauen.",
            Lang::De,
        ),
        (
            "The council has decided to turn the old school into a cultural centre.",
            Lang::En,
        ),
        (
            "El ayuntamiento ha decidido convertir la antigua escuela en un centro cultural.",
            Lang::Es,
        ),
        (
            "Городской совет решил превратить старую школу в культурный центр.",
            Lang::Ru,
        ),
        (
            "Le conseil municipal a décidé de transformer l'ancienne école en centre culturel.",
            Lang::Fr,
        ),
    ];
    for (text, lang) in cases {
        assert_eq!(detect(text), Some(lang), "{text}");
    }
}

#[test]
fn detection_on_short_and_mixed_text() {
    assert_eq!(detect("Die Brücke ist offen."), Some(Lang::De));
    assert_eq!(detect("The bridge is open."), Some(Lang::En));
    assert_eq!(detect("Мост открыт."), Some(Lang::Ru));
    assert_eq!(detect("OK"), None);
    assert_eq!(detect("2021 – 42 km – 96 Mio. €"), None);
    assert_eq!(detect(""), None);
    let mostly_en = "The minister said the project, known locally as die neue Brücke, will open in May and carry four thousand cars a day.";
    assert_eq!(detect(mostly_en), Some(Lang::En));
    let half = "Der Hafen ist offen. The port is open.";
    assert_ne!(detect(half), Some(Lang::Fr));
}

fn corpus() -> Archive {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    assert!(
        dir.join("README.md").exists(),
        "corpus/ ships with the repository"
    );
    release::read_dir(&dir).unwrap()
}

fn shipped<'a>(archive: &'a Archive, id: &str) -> &'a release::Release {
    archive
        .releases
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("release {id} not found"))
}

#[test]
fn corpus_reads_cleanly_and_reports_its_planted_flaws() {
    let archive = corpus();
    assert!(archive.problems.is_empty(), "{:?}", archive.problems);
    let ids: Vec<u32> = archive.releases.iter().map(|r| r.number).collect();
    assert_eq!(ids, (2101..=2112).collect::<Vec<_>>());
    assert_eq!(shipped(&archive, "2101-04-03-2021").missing(), [Lang::Es]);
    let water = &shipped(&archive, "2102-19-03-2021").versions[&Lang::Fr];
    assert_eq!((water.lang, water.detected), (Lang::Fr, Some(Lang::En)));
    assert_eq!(
        water.header.doc_type.as_deref(),
        Some("COMMUNIQUÉ DE PRESSE")
    );
    let rail = shipped(&archive, "2110-15-09-2021");
    assert_eq!(rail.declared, [Lang::De, Lang::En, Lang::Ru]);
    assert!(
        rail.versions.contains_key(&Lang::Es),
        "the undeclared es version is kept"
    );
    let [dup] = rail.duplicates.as_slice() else {
        panic!("{:?}", rail.duplicates)
    };
    assert_eq!(dup.lang, Lang::De);
    assert!(
        dup.kept.ends_with("10-rail-link/rail-link.de.txt"),
        "{dup:?}"
    );
    assert!(
        dup.dropped
            .ends_with("10-rail-link/mirror/rail-link.de.txt"),
        "{dup:?}"
    );
    let anniversary = shipped(&archive, "2109-30-08-2021");
    assert_eq!(anniversary.date.as_deref(), Some("2021-08-30"));
    let warned: Vec<String> = anniversary
        .warnings()
        .iter()
        .map(|w| w.to_string())
        .collect();
    assert_eq!(
        warned,
        [format!(
            "{}: header date 2021-08-31 differs from the release date 2021-08-30, which its own release ID states",
            anniversary.versions[&Lang::Es].path.display().to_string() + ":1"
        )],
        "one warning, at the header line"
    );
}

#[test]
fn corpus_versions_are_filed_and_detected_alike_except_the_planted_one() {
    let archive = corpus();
    for release in &archive.releases {
        for (lang, doc) in &release.versions {
            let planted = release.number == 2102 && *lang == Lang::Fr;
            assert_eq!(doc.is_mislabelled(), planted, "{}", doc.path.display());
            assert_eq!(doc.path_lang, Some(*lang));
            let lines: Vec<usize> = doc.paragraphs.iter().map(|p| p.line).collect();
            let expected: Vec<usize> = (0..lines.len()).map(|n| 17 + 2 * n).collect();
            assert_eq!(lines, expected, "{}", doc.path.display());
        }
    }
    let paragraphs = |id, lang| shipped(&archive, id).versions[&lang].paragraphs.len();
    assert_eq!(paragraphs("2103-08-04-2021", Lang::Ru), 5);
    assert_eq!(paragraphs("2108-09-07-2021", Lang::Ru), 2);
    assert_eq!(
        paragraphs("2106-02-06-2021", Lang::De),
        4,
        "CRLF and BOM page"
    );
    for id in ["2111-05-10-2021", "2112-22-11-2021", "2106-02-06-2021"] {
        let r = shipped(&archive, id);
        assert!(
            r.missing().is_empty() && r.duplicates.is_empty() && r.warnings().is_empty(),
            "{id}"
        );
    }
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    fn rail_de() -> String {
        fs::read_to_string(data("rail/rail.de.txt")).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Whatever the bytes, the parser answers with a document or an
        /// error naming the file; it never panics.
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let path = Path::new("fuzz.txt");
            if let Err(err) = parse_document(path, &bytes) {
                prop_assert!(err.to_string().contains("fuzz.txt"), "{}", err);
            }
        }

        /// A real page with lines dropped or replaced by arbitrary text still
        /// parses or fails cleanly, and paragraph lines stay ordered and real.
        #[test]
        fn damaged_pages_fail_cleanly(
            edits in proptest::collection::vec((0usize..40, ".{0,30}"), 0..6)
        ) {
            let page = rail_de();
            let mut lines: Vec<String> = page.split('\n').map(str::to_string).collect();
            for (at, text) in edits {
                let at = at % lines.len();
                lines[at] = text;
            }
            let damaged = lines.join("\n");
            if let Ok(doc) = parse_document(Path::new("rail.de.txt"), damaged.as_bytes()) {
                let numbers: Vec<usize> = doc.paragraphs.iter().map(|p| p.line).collect();
                prop_assert!(numbers.windows(2).all(|w| w[0] < w[1]));
                // A lone CR is a line break too (old Mac pages), so count lines as the parser does.
                let line_count = damaged.replace("\r\n", "\n").split(['\n', '\r']).count();
                prop_assert!(numbers.iter().all(|&n| n >= 1 && n <= line_count));
                prop_assert!(doc.paragraphs.iter().all(|p| !p.text.trim().is_empty()));
            }
        }
    }
}
