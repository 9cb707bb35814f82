//! Tokens of a sentence as the similarity evidence sees them: words, numbers
//! normalised across locales, and the punctuation marks that survive
//! translation.

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token<'a> {
    /// A maximal run of letters (as written; folding happens later).
    Word(&'a str),
    /// A number, as its digits with group and decimal separators removed and
    /// trailing decimal zeros dropped: `1.000`, `1 000`, `1,000` -> `1000`;
    /// `3,5`, `3.50` -> `35`.
    Number(String),
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
            let (end, number) = number(&bytes, k);
            out.push(Token::Number(number));
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

/// Reads a number starting at `from`. A separator joins two digit groups when
/// the next group follows at once; a space (or the thin and no-break spaces
/// used in French and Russian) only when the next group has exactly three
/// digits, as thousands are written `1 000`.
fn number(chars: &[(usize, char)], from: usize) -> (usize, String) {
    let mut digits = String::new();
    let mut k = run_end(chars, from, |c| c.is_ascii_digit());
    digits.extend(chars[from..k].iter().map(|p| p.1));
    let mut decimal = false;
    while k + 1 < chars.len() && chars[k + 1].1.is_ascii_digit() {
        let sep = chars[k].1;
        let end = run_end(chars, k + 1, |c| c.is_ascii_digit());
        let group = end - (k + 1);
        let spacing = matches!(sep, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’');
        let joins = match sep {
            '.' | ',' => true,
            _ => spacing && group == 3,
        };
        if !joins {
            break;
        }
        decimal = !spacing && group != 3;
        digits.extend(chars[k + 1..end].iter().map(|p| p.1));
        k = end;
    }
    if decimal {
        while digits.len() > 1 && digits.ends_with('0') {
            digits.pop();
        }
    }
    (k, digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<String> {
        tokens(text)
            .into_iter()
            .filter_map(|t| match t {
                Token::Number(n) => Some(n),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn numbers_agree_across_locales() {
        for text in ["1.000", "1 000", "1,000", "1\u{202f}000", "1'000"] {
            assert_eq!(numbers(text), ["1000"], "{text}");
        }
        assert_eq!(numbers("3,5"), numbers("3.50"));
        assert_eq!(numbers("8172 oder 8167 m"), ["8172", "8167"]);
        assert_eq!(numbers("im Jahr 1956 12 Mann"), ["1956", "12"]);
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
