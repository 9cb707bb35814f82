//! Paragraphs: separated by blank lines (lines holding only whitespace).

use std::ops::Range;

use super::chars::{has_blank_line, skip_whitespace};

/// Byte positions where paragraphs after the first begin.
pub(super) fn paragraph_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut content = false;
    let mut i = 0;
    while let Some(k) = text[i..].find('\n') {
        let feed = i + k;
        content = content || !text[i..feed].trim().is_empty();
        let next = skip_whitespace(text, feed + 1);
        if next >= text.len() {
            break;
        }
        if content && has_blank_line(text, feed, next) {
            starts.push(next);
            content = false;
        }
        i = if next > feed + 1 && text[feed + 1..next].contains('\n') {
            next
        } else {
            feed + 1
        };
    }
    starts
}

/// Turns start positions into spans covering `text`; no span when `text` is
/// blank.
pub(super) fn spans_from_starts(text: &str, starts: &[usize]) -> Vec<Range<usize>> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let mut spans = Vec::with_capacity(starts.len() + 1);
    let mut from = 0;
    for &s in starts {
        spans.push(from..s);
        from = s;
    }
    spans.push(from..text.len());
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        spans_from_starts(text, &paragraph_starts(text))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn blank_lines_separate_and_stay_with_the_paragraph_before() {
        assert_eq!(split("a\nb\n\n \nc\n"), ["a\nb\n\n \n", "c\n"]);
        assert_eq!(split("\n\na\r\n\r\nb"), ["\n\na\r\n\r\n", "b"]);
        assert_eq!(split("a\n b"), ["a\n b"]);
        assert!(split(" \n\n ").is_empty());
    }
}
