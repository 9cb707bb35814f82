//! Figures to highlight in a cell: those a number-mismatch finding names, as
//! each version writes them ([`Finding::figures`](crate::check::Finding)).
//! The text is not read for numbers a second time: a figure is found in its
//! cell by the very characters the aligner's quantity span covered.

use std::collections::BTreeSet;
use std::ops::Range;

/// True when `c` would make a match part of a longer word or number.
fn joins(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Byte ranges of the occurrences of `wanted` in `text` that stand alone
/// (no letter or digit glued to either end), leftmost first, the longer of
/// two overlapping ones kept.
fn occurrences(text: &str, wanted: &BTreeSet<String>) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = wanted
        .iter()
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            text.match_indices(w.as_str())
                .map(|(at, m)| at..at + m.len())
        })
        .filter(|r| {
            let before = text[..r.start].chars().next_back();
            let after = text[r.end..].chars().next();
            !joins(before) && !joins(after)
        })
        .collect();
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut kept: Vec<Range<usize>> = Vec::new();
    for r in found {
        if kept.last().is_none_or(|k| r.start >= k.end) {
            kept.push(r);
        }
    }
    kept
}

/// `text` cut into pieces, each flagged when it is one of the `wanted`
/// figures.
pub fn split<'a>(text: &'a str, wanted: &BTreeSet<String>) -> Vec<(&'a str, bool)> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for r in occurrences(text, wanted) {
        if r.start > at {
            pieces.push((&text[at..r.start], false));
        }
        pieces.push((&text[r.clone()], true));
        at = r.end;
    }
    if at < text.len() || pieces.is_empty() {
        pieces.push((&text[at..], false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(figures: &[&str]) -> BTreeSet<String> {
        figures.iter().map(|f| f.to_string()).collect()
    }

    #[test]
    fn a_figure_is_marked_as_written_and_only_where_it_stands_alone() {
        let wanted = set(&["1 520"]);
        let pieces = split("à son bord 1 520 tonnes, 11 520 unités", &wanted);
        assert_eq!(
            pieces,
            [
                ("à son bord ", false),
                ("1 520", true),
                (" tonnes, 11 520 unités", false)
            ]
        );
        assert_eq!(split("", &wanted), [("", false)]);
        assert_eq!(split("2014", &set(&["14"])), [("2014", false)]);
    }

    #[test]
    fn spelled_out_figures_and_the_longer_of_two_overlaps_are_marked() {
        let wanted = set(&["dreißig Jahre", "Jahre"]);
        let pieces = split("seit dreißig Jahren, dreißig Jahre lang", &wanted);
        assert_eq!(
            pieces,
            [
                ("seit dreißig Jahren, ", false),
                ("dreißig Jahre", true),
                (" lang", false)
            ]
        );
    }
}
