//! The aligner from the outside: invariants (proptest), the behaviours the
//! issue names, the `align-lines` command, and the Text+Berg dev set.

use std::path::Path;

use assert_cmd::Command;
use paralign::Lang;
use paralign::align::{Alignment, Config, ExpectedLengths, align_document, align_sentences};
use paralign::eval;
use proptest::prelude::*;

/// Pseudo-words: enough of them that random sentences rarely look alike.
fn word() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "alpha",
        "berg",
        "gipfel",
        "Zermatt",
        "hütte",
        "1956",
        "Matterhorn",
        "schnee",
        "eis",
        "route",
        "wand",
        "grat",
        "8172",
        "Lawrow",
        "couloir",
        "névé",
        "sommet",
        "cordée",
        "piolet",
        "glacier",
        "Everest",
        "?",
        "(",
        ")",
        "3,5",
        "Dufourspitze",
        "Himalaya",
        "expedition",
    ])
    .prop_map(str::to_string)
}

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..12).prop_map(|w| w.join(" "))
}

fn sentences(max: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(sentence(), 0..max)
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn align(src: &[&str], tgt: &[&str]) -> Alignment {
    align_sentences(src, tgt, Lang::De, Lang::Fr, &Config::default())
}

/// Distinct, content-rich sentences, as real text has.
fn story(n: usize) -> Vec<String> {
    (0..n)
        .map(|k| {
            format!(
                "Am {k}. Tag erreichte die Seilschaft {} nach {} Stunden den Gipfel von Punkt {}.",
                ["Weber", "Rossi", "Dubois", "Iwanow", "Smith"][k % 5],
                3 + k % 7,
                1000 + 37 * k
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn beads_are_monotone_and_cover_both_sides(src in sentences(25), tgt in sentences(25)) {
        let al = align(&refs(&src), &refs(&tgt));
        prop_assert!(al.covers(src.len(), tgt.len()), "{al:?}");
        prop_assert!(al.beads.iter().all(|b| (0.0..=1.0).contains(&b.score)));
    }

    #[test]
    fn document_levels_both_cover(
        src in prop::collection::vec(sentences(5), 0..6),
        tgt in prop::collection::vec(sentences(5), 0..6),
    ) {
        let s: Vec<Vec<&str>> = src.iter().map(|p| refs(p)).collect();
        let t: Vec<Vec<&str>> = tgt.iter().map(|p| refs(p)).collect();
        let doc = align_document(&s, &t, Lang::De, Lang::Ru, &Config::default());
        prop_assert!(doc.paragraphs.covers(src.len(), tgt.len()), "{:?}", doc.paragraphs);
        let ns: usize = src.iter().map(Vec::len).sum();
        let nt: usize = tgt.iter().map(Vec::len).sum();
        prop_assert!(doc.sentences.covers(ns, nt), "{:?}", doc.sentences);
        let beads = doc.paragraphs.beads.iter().chain(&doc.sentences.beads);
        prop_assert!(beads.clone().all(|b| (0.0..=1.0).contains(&b.score)));
    }

    #[test]
    fn identical_inputs_align_one_to_one(n in 1usize..40) {
        let text = story(n);
        let al = align(&refs(&text), &refs(&text));
        prop_assert!(al.beads.iter().all(|b| b.shape() == (1, 1)), "{al:?}");
        prop_assert!(al.beads.iter().all(|b| b.score > 0.9), "{al:?}");
    }

    #[test]
    fn a_deleted_sentence_becomes_a_deletion(n in 3usize..40, k in 0usize..40) {
        let k = k % n;
        let src = story(n);
        let mut tgt = src.clone();
        tgt.remove(k);
        let al = align(&refs(&src), &refs(&tgt));
        prop_assert!(al.beads.iter().any(|b| b.src == (k..k + 1) && b.tgt.is_empty()), "{al:?}");
        prop_assert_eq!(al.beads.len(), n);
    }

    #[test]
    fn merged_sentences_become_a_two_to_one_bead(n in 3usize..40, k in 0usize..40) {
        let k = k % (n - 1);
        let src = story(n);
        let mut tgt = src.clone();
        let next = tgt.remove(k + 1);
        tgt[k] = format!("{} {next}", tgt[k]);
        let al = align(&refs(&src), &refs(&tgt));
        prop_assert!(al.beads.iter().any(|b| b.src == (k..k + 2) && b.tgt == (k..k + 1)), "{al:?}");
    }
}

#[test]
fn empty_sides_give_only_insertions_or_nothing() {
    let text = story(4);
    let al = align(&[], &refs(&text));
    assert_eq!(al.beads.len(), 4);
    assert!(al.beads.iter().all(|b| b.shape() == (0, 1)));
    assert!(
        align(&refs(&text), &[])
            .beads
            .iter()
            .all(|b| b.shape() == (1, 0))
    );
    assert!(align(&[], &[]).beads.is_empty());
}

fn pairs(al: &Alignment) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    al.beads
        .iter()
        .map(|b| (b.src.clone(), b.tgt.clone()))
        .collect()
}

#[test]
fn names_cross_scripts_and_numbers_cross_locales() {
    // Two German sentences of similar length, one Russian translation: only
    // the transliterated name, or the number written the Russian way, tells
    // which German sentence it translates.
    let de = [
        "Lawrow traf am Montag in Genf ein.",
        "Die Gespräche dauerten 1.500 Minuten.",
    ];
    let name = ["Лавров прибыл в Женеву в понедельник."];
    let number = ["Переговоры длились 1 500 минут."];
    let al = align_sentences(&de, &name, Lang::De, Lang::Ru, &Config::default());
    assert_eq!(pairs(&al), [(0..1, 0..1), (1..2, 1..1)]);
    let al = align_sentences(&de, &number, Lang::De, Lang::Ru, &Config::default());
    assert_eq!(pairs(&al), [(0..1, 0..0), (1..2, 0..1)]);
}

#[test]
fn a_sentence_the_other_side_lacks_is_left_out_not_merged() {
    // Inside a text, with neighbours that fix the length ratio: the
    // Russian version lacks one of the two middle German sentences, and only
    // a name or a number tells which. Merging the lacking sentence into its
    // neighbour's bead must cost more than leaving it out.
    let de = [
        "Der Minister sprach mit Journalisten über die Lage im Land.",
        "Lawrow traf am Montag in Genf ein.",
        "Die Gespräche dauerten 1.500 Minuten.",
        "Am Ende wurde eine gemeinsame Erklärung veröffentlicht.",
    ];
    let first = "Министр говорил с журналистами о положении в стране.";
    let last = "В конце было опубликовано совместное заявление.";
    let name = [first, "Лавров прибыл в Женеву в понедельник.", last];
    let al = align_sentences(&de, &name, Lang::De, Lang::Ru, &Config::default());
    assert_eq!(
        pairs(&al),
        [(0..1, 0..1), (1..2, 1..2), (2..3, 2..2), (3..4, 2..3)]
    );
    let number = [first, "Переговоры длились 1 500 минут.", last];
    let al = align_sentences(&de, &number, Lang::De, Lang::Ru, &Config::default());
    assert_eq!(
        pairs(&al),
        [(0..1, 0..1), (1..2, 1..1), (2..3, 1..2), (3..4, 2..3)]
    );
}

#[test]
fn a_sentence_whose_names_the_other_text_never_states_is_left_out() {
    // A short English sentence of names that the French version lacks: by
    // length and shape priors alone it merges into its neighbour's bead;
    // its names, stated nowhere in the French, tell that it was left out.
    // When the French renders it, the same names pair it one to one.
    let en = [
        "The council met on a cold morning to discuss the budget for the coming year.",
        "Several members asked for more money to repair the roads.",
        "Tory had flown to Ottawa to meet Trudeau and Morneau.",
        "In the end the budget was approved by a large majority.",
        "The decision will be reviewed again in the spring.",
    ];
    let mut fr = vec![
        "Le conseil s'est réuni par un matin froid pour discuter du budget de l'année prochaine.",
        "Plusieurs membres ont demandé davantage d'argent pour réparer les routes.",
        "Au final, le budget a été approuvé à une large majorité.",
        "La décision sera réexaminée au printemps.",
    ];
    let align = |fr: &[&str], orphan_share: f32| {
        let config = Config {
            orphan_share,
            ..Config::default()
        };
        pairs(&align_sentences(&en, fr, Lang::En, Lang::Fr, &config))
    };
    assert_eq!(
        align(&fr, Config::default().orphan_share),
        [
            (0..1, 0..1),
            (1..2, 1..2),
            (2..3, 2..2),
            (3..4, 2..3),
            (4..5, 3..4)
        ]
    );
    assert_eq!(
        align(&fr, 0.0),
        [(0..1, 0..1), (1..3, 1..2), (3..4, 2..3), (4..5, 3..4)]
    );
    fr.insert(
        2,
        "Tory s'était rendu à Ottawa pour rencontrer Trudeau et Morneau.",
    );
    let one_to_one: Vec<_> = (0..5).map(|k| (k..k + 1, k..k + 1)).collect();
    assert_eq!(align(&fr, Config::default().orphan_share), one_to_one);
}

#[test]
fn a_short_cut_page_leaves_its_end_out() {
    // A short release whose Russian page was cut after half of its text,
    // the first English sentence rendered as two, no figure or name to
    // anchor on: told the archive's lengths, the aligner pairs the kept text
    // from the start and leaves the end out, rather than leaving the first
    // sentence out and pairing every kept one a place off (which has one
    // omission where the truth has three).
    let en = [
        "\"Tonight the old bridge will be closed for repairs,\" the notice says; drivers in the eastern district have been warned before.",
        "Who pays?",
        "Much of the debate in the council this year has been about the cost of the works.",
        "I asked the mayor afterwards whether she understood why residents were angry.",
        "Not everyone agrees with her.",
        "\"Luckily, someone in the planning office noticed the cracks in time,\" says the engineer.",
    ];
    let ru = [
        "«Сегодня вечером старый мост будет закрыт на ремонт», — говорится в объявлении.",
        "Водителей восточного района уже предупреждали об этом раньше.",
        "Кто платит?",
        "В этом году в совете больше всего спорили о стоимости работ.",
    ];
    let lengths = ExpectedLengths {
        relative: [(Lang::En, 1.0), (Lang::Ru, 1.1)].into(),
    };
    let config = Config {
        lengths: Some(std::sync::Arc::new(lengths)),
        ..Config::default()
    };
    let al = align_sentences(&en, &ru, Lang::En, Lang::Ru, &config);
    let want = [
        (0..1, 0..2),
        (1..2, 2..3),
        (2..3, 3..4),
        (3..4, 4..4),
        (4..5, 4..4),
        (5..6, 4..4),
    ];
    assert_eq!(pairs(&al), want);
}

#[test]
fn documents_align_paragraphs_then_sentences() {
    let text = story(12);
    let src: Vec<Vec<&str>> = text.chunks(4).map(refs).collect();
    let mut tgt = src.clone();
    tgt[1].remove(2); // sentence 6 has no translation
    let doc = align_document(&src, &tgt, Lang::De, Lang::Fr, &Config::default());
    assert_eq!(
        pairs(&doc.paragraphs),
        [(0..1, 0..1), (1..2, 1..2), (2..3, 2..3)]
    );
    assert!(doc.sentences.covers(12, 11));
    assert!(
        pairs(&doc.sentences).contains(&(6..7, 6..6)),
        "{:?}",
        doc.sentences
    );
    // Sentence indices are global: the last bead ends at the last sentences.
    assert_eq!(pairs(&doc.sentences).last(), Some(&(11..12, 10..11)));
}

/// Scores of beads touching `range` of the source, and of the others.
fn scores_split(al: &Alignment, range: std::ops::Range<usize>) -> (Vec<f64>, Vec<f64>) {
    let touches = |b: &&paralign::align::Bead| b.src.start < range.end && range.start <= b.src.end;
    let (inside, outside): (Vec<_>, Vec<_>) = al.beads.iter().partition(touches);
    let scores = |v: Vec<&paralign::align::Bead>| v.iter().map(|b| b.score).collect();
    (scores(inside), scores(outside))
}

#[test]
fn ambiguous_beads_score_lower_than_clear_ones() {
    // Two short evidence-free sentences against one: a 2-1 bead, or a 1-1
    // and an omission on either side, are about equally likely. Which
    // neighbour takes them is open too (a few characters more or less fit
    // the length model either way), so the beads on either side of the
    // spot count as unsure; the rest of the text must stay sure.
    let text = story(20);
    let mut src = text.clone();
    src.splice(10..10, ["Ja.".to_string(), "Nein, nie.".to_string()]);
    let mut tgt = text.clone();
    tgt.insert(10, "Non.".to_string());
    let al = align(&refs(&src), &refs(&tgt));
    let (unsure, sure) = scores_split(&al, 10..13);
    let worst_sure = sure.iter().copied().fold(1.0, f64::min);
    assert!(worst_sure > 0.9, "{al:?}");
    assert!(unsure.iter().all(|&s| s < worst_sure - 0.2), "{al:?}");
    assert!(unsure.iter().any(|&s| s < 0.7), "{al:?}");
}

#[test]
fn paragraph_beads_are_scored_too() {
    let text = story(16);
    let src: Vec<Vec<&str>> = text.chunks(4).map(refs).collect();
    let doc = align_document(&src, &src, Lang::De, Lang::Fr, &Config::default());
    let scores = |al: &Alignment| al.beads.iter().map(|b| b.score).collect::<Vec<_>>();
    assert!(
        doc.paragraphs.beads.iter().all(|b| b.score > 0.95),
        "{:?}",
        scores(&doc.paragraphs)
    );
    assert!(
        doc.sentences.beads.iter().all(|b| b.score > 0.9),
        "{:?}",
        scores(&doc.sentences)
    );
}

#[test]
fn paragraphs_that_do_not_correspond_do_not_spoil_sentences() {
    let text = story(24);
    let src: Vec<Vec<&str>> = text.chunks(4).map(refs).collect();
    let tgt: Vec<Vec<&str>> = text.chunks(3).map(refs).collect();
    let doc = align_document(&src, &tgt, Lang::De, Lang::Fr, &Config::default());
    assert!(doc.paragraphs.covers(6, 8));
    let expected: Vec<_> = (0..24).map(|k| (k..k + 1, k..k + 1)).collect();
    assert_eq!(pairs(&doc.sentences), expected);
}

#[test]
fn very_different_lengths_stay_within_linear_memory() {
    let long = story(3000);
    let short = story(3);
    let al = align(&refs(&long), &refs(&short));
    assert!(al.covers(3000, 3));
}

fn dev_dir() -> Option<&'static Path> {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval/textberg-dev"
    ));
    if dir.join("dev.defr").exists() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is absent", dir.display());
        None
    }
}

#[test]
fn textberg_dev_reaches_the_targets() {
    let Some(dir) = dev_dir() else { return };
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("dev file");
    let (de, fr) = (read("dev.de"), read("dev.fr"));
    let (src, tgt): (Vec<&str>, Vec<&str>) = (de.lines().collect(), fr.lines().collect());
    let al = align_sentences(&src, &tgt, Lang::De, Lang::Fr, &Config::default());
    assert!(al.covers(src.len(), tgt.len()));
    let test = al
        .beads
        .iter()
        .map(|b| eval::Link {
            src: b.src.clone().collect(),
            tgt: b.tgt.clone().collect(),
        })
        .collect();
    let gold = eval::read_beads(&dir.join("dev.defr")).expect("gold");
    check_calibration(&al, &gold);
    let scores = eval::score(&[(gold, test)]);
    eprintln!(
        "dev strict F1 {:.4}, lax F1 {:.4}",
        scores.strict.f1, scores.lax.f1
    );
    assert!(scores.strict.f1 >= 0.78, "{scores:?}");
    assert!(scores.lax.f1 >= 0.93, "{scores:?}");
}

/// Scores are calibrated: the share of exactly correct beads rises from
/// bucket to bucket (dev: 70%, 90%, 95%), and the Brier score beats the old
/// local-share score's 0.133.
fn check_calibration(al: &Alignment, gold: &[eval::Link]) {
    let exact = |b: &paralign::align::Bead| {
        let (s, t): (Vec<usize>, Vec<usize>) = (b.src.clone().collect(), b.tgt.clone().collect());
        gold.iter().any(|g| g.src == s && g.tgt == t)
    };
    let share = |lo: f64, hi: f64| {
        let hits: Vec<bool> = al
            .beads
            .iter()
            .filter(|b| (lo..hi).contains(&b.score))
            .map(exact)
            .collect();
        hits.iter().filter(|&&h| h).count() as f64 / hits.len().max(1) as f64
    };
    let shares = [share(0.0, 0.8), share(0.8, 0.95), share(0.95, 1.01)];
    eprintln!("dev exact share by score <0.8, 0.8-0.95, >=0.95: {shares:?}");
    assert!(shares.windows(2).all(|w| w[0] < w[1]), "{shares:?}");
    let brier = al
        .beads
        .iter()
        .map(|b| (b.score - f64::from(u8::from(exact(b)))).powi(2))
        .sum::<f64>()
        / al.beads.len() as f64;
    assert!(brier < 0.125, "Brier {brier}");
}

#[test]
fn align_lines_prints_one_bead_per_line() {
    let dir = tempfile::tempdir().unwrap();
    let (src, tgt) = (dir.path().join("a.de"), dir.path().join("a.fr"));
    std::fs::write(&src, story(3).join("\n")).unwrap();
    std::fs::write(&tgt, story(3).join("\n") + "\n").unwrap();
    let out = Command::cargo_bin("paralign")
        .unwrap()
        .args(["align-lines", "--src-lang", "de", "--tgt-lang", "fr"])
        .args([&src, &tgt])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].starts_with("[0]:[0]:"), "{text}");
    let gold = eval::parse_beads(&text, Path::new("stdout")).unwrap();
    assert_eq!(gold[2].src, [2]);
}

#[test]
fn align_lines_with_an_empty_side_and_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let (src, tgt, out) = (
        dir.path().join("e.de"),
        dir.path().join("e.fr"),
        dir.path().join("out"),
    );
    std::fs::write(&src, "").unwrap();
    std::fs::write(&tgt, "Un.\nDeux.\n").unwrap();
    Command::cargo_bin("paralign")
        .unwrap()
        .args(["align-lines", "--src-lang", "de", "--tgt-lang", "fr", "-o"])
        .args([&out, &src, &tgt])
        .assert()
        .success();
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        text.lines()
            .map(|l| l.rsplit_once(':').unwrap().0)
            .collect::<Vec<_>>(),
        ["[]:[0]", "[]:[1]"]
    );
}

#[test]
fn align_lines_names_a_missing_file_and_a_bad_language() {
    Command::cargo_bin("paralign")
        .unwrap()
        .args([
            "align-lines",
            "nope.de",
            "nope.fr",
            "--src-lang",
            "de",
            "--tgt-lang",
            "fr",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("nope.de"));
    Command::cargo_bin("paralign")
        .unwrap()
        .args([
            "align-lines",
            "a",
            "b",
            "--src-lang",
            "xx",
            "--tgt-lang",
            "fr",
        ])
        .assert()
        .failure()
        .stderr(predicates::str::contains("xx"));
}
