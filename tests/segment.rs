//! `paralign segment` from the command line, and the span invariants of the
//! segmenter checked on arbitrary input.

use assert_cmd::Command;
use paralign::Lang;
use paralign::segment::{paragraph_spans, sentence_spans};
use predicates::prelude::*;
use proptest::prelude::*;

fn segment(args: &[&str], stdin: &[u8]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("paralign")
        .unwrap()
        .arg("segment")
        .args(args)
        .write_stdin(stdin.to_vec())
        .assert()
}

#[test]
fn prints_one_sentence_per_line_with_line_breaks_as_spaces() {
    let input = "Titel\n\nDer Bericht kam am 3. Mai.  Er war\nlang.\n\n\nDanach: Ruhe.";
    segment(&["--lang", "de"], input.as_bytes())
        .success()
        .stdout("Titel\nDer Bericht kam am 3. Mai.\nEr war lang.\nDanach: Ruhe.\n");
}

#[test]
fn trailing_no_break_spaces_are_trimmed() {
    segment(
        &["--lang", "fr"],
        "Titre\u{a0}\u{a0}\n\nIl part\u{a0}! Bien.".as_bytes(),
    )
    .success()
    .stdout("Titre\nIl part\u{a0}!\nBien.\n");
}

#[test]
fn paragraph_level_prints_one_paragraph_per_line() {
    segment(
        &["--lang", "en", "--level", "paragraph"],
        b"One. Two\nthree.\n\nFour.",
    )
    .success()
    .stdout("One. Two three.\nFour.\n");
}

#[test]
fn reads_a_file_argument() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("in.txt");
    std::fs::write(&path, "Hola. ¿Qué tal?").unwrap();
    Command::cargo_bin("paralign")
        .unwrap()
        .args(["segment", "--lang", "es"])
        .arg(&path)
        .assert()
        .success()
        .stdout("Hola.\n¿Qué tal?\n");
}

#[test]
fn json_gives_byte_spans_into_the_input() {
    let input = "  Привет. Как дела?\n\nХорошо.";
    let out = segment(&["--lang", "ru", "--json"], input.as_bytes()).success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let records: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 3);
    for r in &records {
        let (s, e) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[s..e], r["text"].as_str().unwrap());
    }
    assert_eq!(records[2]["paragraph"], 2);
    assert_eq!(records[2]["line"], 3);
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_first_sentence() {
    let input = "\u{feff}Erster Satz. Zweiter Satz.";
    segment(&["--lang", "de"], input.as_bytes())
        .success()
        .stdout("Erster Satz.\nZweiter Satz.\n");
    let out = segment(&["--lang", "de", "--json"], input.as_bytes()).success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let first: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["start"], 3, "spans index the input, BOM included");
    assert_eq!(first["text"], "Erster Satz.");
    segment(
        &["--lang", "de", "--level", "paragraph"],
        "\u{feff}Ein Absatz.".as_bytes(),
    )
    .success()
    .stdout("Ein Absatz.\n");
}

#[test]
fn empty_input_prints_nothing() {
    segment(&["--lang", "fr"], b"").success().stdout("");
    segment(&["--lang", "fr"], b" \n\n\t").success().stdout("");
}

#[test]
fn invalid_utf8_names_stdin_line_and_offset() {
    segment(&["--lang", "de"], b"Gut.\nAb\xffc")
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "-:2: invalid UTF-8 at byte offset 7",
        ));
}

#[test]
fn missing_file_is_named() {
    Command::cargo_bin("paralign")
        .unwrap()
        .args(["segment", "--lang", "de", "no/such/file.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/file.txt"));
}

#[test]
fn unknown_language_lists_the_supported_ones() {
    segment(&["--lang", "xx"], b"Text.")
        .code(2)
        .stderr(predicate::str::contains("xx").and(predicate::str::contains("de, en, es, ru, fr")));
}

/// Long runs of the patterns the rules look around (glued stops, openers,
/// ellipses, list labels, quotes): spans must still cover the text, and the
/// scan, being linear, finishes at once (a quadratic one would not).
#[test]
fn long_adversarial_lines_are_segmented() {
    let patterns = [
        "ab.Cd",
        "… ",
        "x 1) ",
        "„a. B ",
        "(a. B ",
        "a.m. ",
        "z. ",
        "1. ",
        "A. ",
        "• ",
        ". . ",
        "«a. B» ",
        "a. » ",
        "\"a. B ",
        "www.a.b/c.d. E ",
        "Dr. a. B. (c. D.) „e. F.“ 1. 2) g.Hi. ",
    ];
    for pattern in patterns {
        let text = pattern.repeat(100_000 / pattern.len());
        for lang in Lang::ALL {
            let spans = sentence_spans(&text, lang);
            assert_eq!(spans.first().map(|s| s.start), Some(0), "{pattern:?}");
            assert_eq!(spans.last().map(|s| s.end), Some(text.len()), "{pattern:?}");
            assert!(
                spans.windows(2).all(|w| w[0].end == w[1].start),
                "{pattern:?}"
            );
        }
    }
}

fn covers(text: &str, spans: &[std::ops::Range<usize>]) -> Result<(), TestCaseError> {
    if text.trim().is_empty() {
        prop_assert!(spans.is_empty());
        return Ok(());
    }
    prop_assert_eq!(spans.first().map(|s| s.start), Some(0));
    prop_assert_eq!(spans.last().map(|s| s.end), Some(text.len()));
    for pair in spans.windows(2) {
        prop_assert_eq!(pair[0].end, pair[1].start);
    }
    for s in spans {
        prop_assert!(!text[s.clone()].trim().is_empty(), "blank span {:?}", s);
    }
    Ok(())
}

/// Text made of the characters the rules react to, so that the odd corners
/// (quotes inside abbreviations, markers after dashes) are actually reached.
fn punctuation_heavy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        ".",
        "!",
        "?",
        "…",
        "...",
        ". . .",
        " ",
        "\n",
        "\n\n",
        "„",
        "“",
        "”",
        "«",
        "»",
        "‹",
        "›",
        "\"",
        "'",
        "(",
        ")",
        "[",
        "]",
        "¿",
        "¡",
        "—",
        "–",
        "-",
        "•",
        "1",
        "2.",
        "a)",
        "z. B.",
        "U.S.",
        "Dr",
        "т. д.",
        "Mr",
        "A",
        "é",
        "Ж",
        "www.x.de",
        "@",
        "3,5",
        "\u{a0}",
        "\r\n",
        "Die",
        "The",
        "usw",
        "г",
        "Это",
        "le",
        "M",
        "á",
        "．",
        "。",
        "！",
        "？",
        "‼",
        "⁉",
        "¿",
        "¡",
        "m",
        "Bhf",
        "(ii)",
        "b)",
        "\u{202f}»",
        "‚",
        "‘",
        "`",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn sentence_spans_cover_any_text(text in any::<String>(), k in 0usize..5) {
        covers(&text, &sentence_spans(&text, Lang::ALL[k]))?;
    }

    #[test]
    fn sentence_spans_cover_punctuation_heavy_text(text in punctuation_heavy(), k in 0usize..5) {
        covers(&text, &sentence_spans(&text, Lang::ALL[k]))?;
    }

    #[test]
    fn paragraph_spans_cover_any_text(text in punctuation_heavy()) {
        covers(&text, &paragraph_spans(&text))?;
    }

    #[test]
    fn paragraph_spans_cover_arbitrary_text(text in any::<String>()) {
        covers(&text, &paragraph_spans(&text))?;
    }
}

/// Found by the span property test: a quoted stop followed by opening quotes
/// and a capital made the English "reported speech" rule slice inside `‹`.
#[test]
fn opening_quotes_after_a_quoted_stop_do_not_panic() {
    for lang in ["de", "en", "es", "fr", "ru"] {
        let text = "．“ „‹ BhfMr! \"Go!\" „I said.";
        let spans = paralign::segment::sentence_spans(text, lang.parse().unwrap());
        assert_eq!(spans.first().map(|s| s.start), Some(0));
        assert_eq!(spans.last().map(|s| s.end), Some(text.len()));
    }
}
