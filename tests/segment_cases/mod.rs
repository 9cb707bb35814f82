//! Shared checker for the per-language segmentation case tables.

use paralign::Lang;
use paralign::segment::{collapse_whitespace, paragraph_spans, sentence_spans};

/// One case: the input text and the sentences expected, in order.
pub type Case = (&'static str, &'static [&'static str]);

/// Segments `text` the way `paralign segment` prints it.
pub fn segment(text: &str, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for para in paragraph_spans(text) {
        let para_text = &text[para];
        for s in sentence_spans(para_text, lang) {
            out.push(collapse_whitespace(&para_text[s]));
        }
    }
    out
}

/// Runs every case and fails listing all the ones that differ.
pub fn check(lang: Lang, cases: &[Case]) {
    let mut failures = Vec::new();
    for (k, (input, expected)) in cases.iter().enumerate() {
        let got = segment(input, lang);
        if got != *expected {
            failures.push(format!(
                "#{k} {input:?}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} {lang} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
