//! Held-out-style cases per language (written for paralign, not taken from
//! any corpus): press, legal and reference prose with citations, times,
//! money, titles, quotations with reporting clauses, French spaced
//! punctuation, Spanish inverted marks, Russian initials and `г.`.
//!
//! Each file in `segment_cases/fresh/` holds blocks separated by a blank
//! line: the input on the first line, then the expected sentences one per
//! line; a block of one line is a single sentence.

mod segment_cases;

use paralign::Lang;
use segment_cases::{Case, check};

/// Parses a case file into owned (input, expected) pairs.
fn cases(text: &str) -> Vec<(&str, Vec<&str>)> {
    text.split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .map(|block| {
            let mut lines = block.trim_matches('\n').lines();
            let input = lines.next().unwrap_or("");
            let expected: Vec<&str> = lines.collect();
            let expected = if expected.is_empty() {
                vec![input]
            } else {
                expected
            };
            (input, expected)
        })
        .collect()
}

fn run(lang: Lang, text: &'static str, at_least: usize) {
    let owned = cases(text);
    assert!(
        owned.len() >= at_least,
        "{lang}: only {} cases",
        owned.len()
    );
    let leaked: Vec<Case> = owned
        .into_iter()
        .map(|(i, e)| {
            let e: &'static [&'static str] = Box::leak(e.into_boxed_slice());
            (i, e)
        })
        .collect();
    check(lang, &leaked);
}

#[test]
fn fresh_german() {
    run(Lang::De, include_str!("segment_cases/fresh/de.txt"), 160);
}

#[test]
fn fresh_english() {
    run(Lang::En, include_str!("segment_cases/fresh/en.txt"), 150);
}

#[test]
fn fresh_spanish() {
    run(Lang::Es, include_str!("segment_cases/fresh/es.txt"), 130);
}

#[test]
fn fresh_french() {
    run(Lang::Fr, include_str!("segment_cases/fresh/fr.txt"), 130);
}

#[test]
fn fresh_russian() {
    run(Lang::Ru, include_str!("segment_cases/fresh/ru.txt"), 150);
}
