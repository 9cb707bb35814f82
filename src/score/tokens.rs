//! Tokens of a sentence as the similarity evidence sees them: words, digit
//! runs, and the punctuation marks that survive translation.
//!
//! Numbers are only marked here: their values (`1.000` = `1 000`, `22,9
//! Tausend`, `thirty`, dates) are read once per sentence, by the
//! conventions of its language, by [`crate::score::quantity`].

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token<'a> {
    /// A maximal run of letters (as written; folding happens later).
    Word(&'a str),
    /// A maximal run of ASCII digits, as written (`1.000` is two runs); its
    /// value is read by [`crate::score::quantity`], not here.
    Number(&'a str),
    /// A punctuation mark that translations keep, in a locale-neutral class.
    Punct(Punct),
}

/// Punctuation classes compared across languages (quote styles differ between
/// German `„“`, French `« »` and English `“ ”`, so they form one class).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Punct {
    /// `?` (and Spanish `¿`).
    Question,
    /// `!` (and Spanish `¡`).
    Exclamation,
    /// `:`.
    Colon,
    /// Any opening or closing quotation mark.
    Quote,
    /// `(` or `)`.
    Paren,
}

impl Punct {
    /// A short name, used as an interning key.
    pub fn name(self) -> &'static str {
        match self {
            Punct::Question => "?",
            Punct::Exclamation => "!",
            Punct::Colon => ":",
            Punct::Quote => "\"",
            Punct::Paren => "(",
        }
    }

    fn of(c: char) -> Option<Punct> {
        match c {
            '?' | '¿' => Some(Punct::Question),
            '!' | '¡' => Some(Punct::Exclamation),
            ':' => Some(Punct::Colon),
            '"' | '«' | '»' | '„' | '“' | '”' | '‹' | '›' | '‚' | '‘' => {
                Some(Punct::Quote)
            }
            '(' | ')' => Some(Punct::Paren),
            _ => None,
        }
    }
}

/// Splits `text` into [`Token`]s; everything else (spaces, other marks) is dropped.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    // About one token per three characters in running text: one allocation
    // instead of the four or five doublings of a growing vector.
    let mut out = Vec::with_capacity(bytes.len() / 3 + 2);
    let mut k = 0;
    while k < bytes.len() {
        let (start, c) = bytes[k];
        if c.is_alphabetic() {
            let end = run_end(&bytes, k, |c| c.is_alphabetic());
            let stop = bytes.get(end).map_or(text.len(), |b| b.0);
            out.push(Token::Word(&text[start..stop]));
            k = end;
        } else if c.is_ascii_digit() {
            let end = run_end(&bytes, k, |c| c.is_ascii_digit());
            let stop = bytes.get(end).map_or(text.len(), |b| b.0);
            out.push(Token::Number(&text[start..stop]));
            k = end;
        } else {
            if let Some(p) = Punct::of(c) {
                out.push(Token::Punct(p));
            }
            k += 1;
        }
    }
    out
}

fn run_end(chars: &[(usize, char)], from: usize, keep: impl Fn(char) -> bool) -> usize {
    let mut k = from;
    while k < chars.len() && keep(chars[k].1) {
        k += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_runs_are_marked_not_read() {
        let t = tokens("Rund 22,9 Tausend");
        assert_eq!(t[1], Token::Number("22"));
        assert_eq!(t[2], Token::Number("9"));
        assert_eq!(t[3], Token::Word("Tausend"));
    }

    #[test]
    fn words_and_punctuation() {
        let t = tokens("« Die Alpen » 1956 ( Nr. 4 ) ?");
        assert_eq!(t[0], Token::Punct(Punct::Quote));
        assert_eq!(t[1], Token::Word("Die"));
        assert!(t.contains(&Token::Punct(Punct::Paren)));
        assert_eq!(t.last(), Some(&Token::Punct(Punct::Question)));
        assert_eq!(tokens("Лавров, Genève")[1], Token::Word("Genève"));
    }
}
