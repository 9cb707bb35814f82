//! Cursor helpers over the bytes of a text: spaces, words, case-blind
//! comparison, all without allocating.

/// True for the spaces that may stand between the parts of a quantity.
pub fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The byte offset after the spaces starting at `pos`.
pub fn spaces(text: &str, pos: usize) -> usize {
    let skipped: usize = text[pos..]
        .chars()
        .take_while(|&c| is_space(c))
        .map(char::len_utf8)
        .sum();
    pos + skipped
}

/// The end of the word (run of letters) starting at `pos`, if one does.
pub fn word_end(text: &str, pos: usize) -> Option<usize> {
    let len: usize = text[pos..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(pos + len)
}

/// Writes `word` lower-cased into `buf` (cleared first).
pub fn lower_into(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// True when `text` lower-cased is `lower`.
pub fn eq_lower(text: &str, lower: &str) -> bool {
    text.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// True when the char before `pos` is a letter or digit (`pos` is inside a token).
pub fn glued_before(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// True when the char at `pos` is a letter or digit.
pub fn glued_after(text: &str, pos: usize) -> bool {
    text[pos..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
}
