//! Short excerpts, lengths and line numbers of the text a finding points at.

use crate::release::Document;

/// Longest excerpt, in characters, before it is cut with an ellipsis.
const MAX_CHARS: usize = 90;

/// `text` with runs of whitespace collapsed, cut at a word boundary near
/// [`MAX_CHARS`] characters.
pub fn short(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for word in words {
        let len = out.chars().count() + word.chars().count() + 1;
        if len > MAX_CHARS && !out.is_empty() {
            out.push_str(" …");
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().take(MAX_CHARS));
    }
    out
}

/// Length of `text` in non-space characters: the unit of the length model,
/// insensitive to how a page wraps or pads its lines.
pub fn chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Length of a document's body in non-space characters.
pub fn doc_chars(doc: &Document) -> usize {
    doc.paragraphs.iter().map(|p| chars(&p.text)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_collapses_space_and_cuts_at_words() {
        assert_eq!(short("  a \n b  "), "a b");
        let long = "word ".repeat(40);
        let cut = short(&long);
        assert!(
            cut.ends_with(" …") && cut.chars().count() <= MAX_CHARS + 2,
            "{cut}"
        );
    }

    #[test]
    fn chars_ignore_whitespace() {
        assert_eq!(chars(" a b\u{a0}c\n"), 3);
    }
}
