//! Combining number words and multipliers into one value: `two hundred and
//! five`, `quatre-vingt-treize`, `22,9 Tausend`, `mil millones` (10^9),
//! `двадцати пяти тысяч`.
//!
//! The usual accumulator of number-word parsers: a running sub-total below
//! the last multiplier, folded into the total at each multiplier. A word
//! that cannot continue the number (`five six`, `thousand hundred`) ends it,
//! so that adjacent numbers are not merged.

use super::Decimal;
use super::words::Word;
use crate::Lang;

/// What the last accepted word was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    Start,
    Digits,
    One,
    Small,
    Hundreds,
    Hundred,
    Scale(u8),
}

/// A number being read, word by word.
#[derive(Clone, Debug)]
pub struct Acc {
    lang: Lang,
    total: i128,
    /// The part below the last multiplier, in millionths.
    current: i128,
    /// The part of `current` below 100, as an integer.
    tail: u16,
    last: Last,
    /// The largest multiplier folded in so far (its power of ten).
    top: u8,
    /// Set by an ordinal word, which ends the number.
    pub ordinal: bool,
}

impl Acc {
    /// A number starting with words.
    pub fn words(lang: Lang) -> Self {
        Acc {
            lang,
            total: 0,
            current: 0,
            tail: 0,
            last: Last::Start,
            top: 0,
            ordinal: false,
        }
    }

    /// A number starting with digits (only multipliers may follow).
    pub fn digits(lang: Lang, value: Decimal) -> Self {
        Acc {
            current: value.0,
            last: Last::Digits,
            ..Acc::words(lang)
        }
    }

    /// The power of ten of the largest multiplier applied, 0 for none.
    pub fn scale(&self) -> u8 {
        self.top
    }

    /// The value read so far; `None` for a lone article (`ein`, `un`).
    pub fn value(&self) -> Option<Decimal> {
        match self.last {
            Last::Start | Last::One => None,
            _ => Some(Decimal(self.total.checked_add(self.current)?)),
        }
    }

    /// Adds `word` after a connector (`and`, `y`, `et`); false when the
    /// connector cannot join here (`five and six` are two numbers).
    pub fn connect(&mut self, word: Word) -> bool {
        let word = match word {
            Word::One => Word::Small(1),
            w => w,
        };
        let joins = match (self.lang, self.last, word) {
            (Lang::En, Last::Hundred | Last::Scale(_), _) => true,
            (Lang::Es, Last::Small, Word::Small(u)) => self.is_tens() && self.tail >= 30 && u < 10,
            (Lang::Fr, Last::Small, Word::Small(u) | Word::Ordinal(u)) => {
                self.is_tens() && (u == 1 || (self.tail == 60 && u == 11))
            }
            _ => false,
        };
        joins && self.push(word)
    }

    fn is_tens(&self) -> bool {
        self.tail >= 20 && self.tail.is_multiple_of(10)
    }

    /// Adds `word`; false (leaving the number unchanged) when it cannot
    /// continue the number.
    pub fn push(&mut self, word: Word) -> bool {
        if self.ordinal {
            return false;
        }
        match word {
            Word::Small(v) => self.small(v),
            Word::Hundreds(v) => self.hundreds(v),
            Word::Hundred => self.hundred(),
            Word::Scale { exp, alone } => self.multiply(exp, alone),
            Word::One => self.one(),
            Word::Ordinal(n) => self.ordinal(n),
        }
    }

    fn one(&mut self) -> bool {
        self.last == Last::Start && {
            self.last = Last::One;
            true
        }
    }

    fn small(&mut self, v: u16) -> bool {
        let fr = self.lang == Lang::Fr;
        let ok = match self.last {
            Last::Start | Last::Hundreds | Last::Hundred | Last::Scale(_) => true,
            Last::Small if fr && self.tail == 4 && v == 20 => {
                // quatre-vingt(s): four twenties.
                self.current += 76 * Decimal::ONE;
                self.tail = 80;
                self.last = Last::Small;
                return true;
            }
            Last::Small => self.continues_small(v),
            _ => false,
        };
        if ok {
            self.current += i128::from(v) * Decimal::ONE;
            self.tail += v;
            self.last = Last::Small;
        }
        ok
    }

    /// True when `v` can follow the small number just read: a unit after
    /// tens (`twenty-five`), and in French 7 to 9 after `dix` (`dix-sept`)
    /// and 10 to 19 after `soixante` and `quatre-vingt` (`soixante-douze`).
    fn continues_small(&self, v: u16) -> bool {
        let fr = self.lang == Lang::Fr;
        (self.is_tens() && v < 10)
            || (fr && self.tail == 10 && (7..10).contains(&v))
            || (fr && matches!(self.tail, 60 | 80) && (10..20).contains(&v))
    }

    fn hundreds(&mut self, v: u16) -> bool {
        let ok = matches!(self.last, Last::Start | Last::Scale(_));
        if ok {
            self.current += i128::from(v) * Decimal::ONE;
            (self.tail, self.last) = (0, Last::Hundreds);
        }
        ok
    }

    fn hundred(&mut self) -> bool {
        let ok = match self.last {
            Last::Start | Last::One => {
                self.current = 100 * Decimal::ONE;
                true
            }
            Last::Small if self.current < 100 * Decimal::ONE => {
                self.current *= 100;
                true
            }
            _ => false,
        };
        if ok {
            (self.tail, self.last) = (0, Last::Hundred);
        }
        ok
    }

    fn multiply(&mut self, exp: u8, alone: bool) -> bool {
        let factor = 10i128.pow(u32::from(exp));
        let total = match self.last {
            Last::Start if !alone => return false,
            Last::Start | Last::One => self.total + Decimal::ONE,
            Last::Scale(prev) if exp > prev => self.total,
            Last::Scale(_) => return false,
            _ if exp > self.top => self.total + self.current,
            _ => return self.fold(self.current, factor, exp),
        };
        match total.checked_mul(factor) {
            Some(t) => {
                self.total = t;
                self.after_scale(exp)
            }
            None => false,
        }
    }

    /// Adds `current * factor` to the total (a smaller multiplier after a
    /// larger one: `two million three hundred thousand`).
    fn fold(&mut self, current: i128, factor: i128, exp: u8) -> bool {
        match current
            .checked_mul(factor)
            .and_then(|p| p.checked_add(self.total))
        {
            Some(t) => {
                self.total = t;
                self.after_scale(exp)
            }
            None => false,
        }
    }

    fn after_scale(&mut self, exp: u8) -> bool {
        (self.current, self.tail, self.last) = (0, 0, Last::Scale(exp));
        self.top = self.top.max(exp);
        true
    }

    fn ordinal(&mut self, n: u16) -> bool {
        let ok = match self.last {
            Last::Start => true,
            Last::Small => self.continues_small(n),
            Last::Hundred | Last::Hundreds | Last::Scale(_) => true,
            _ => false,
        };
        if ok {
            self.current += i128::from(n) * Decimal::ONE;
            (self.last, self.ordinal) = (Last::Small, true);
        }
        ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Word::{Hundred, Hundreds, One, Scale, Small};

    fn read(lang: Lang, words: &[Word]) -> Option<String> {
        let mut acc = Acc::words(lang);
        words.iter().all(|w| acc.push(*w)).then_some(())?;
        acc.value().map(|v| v.to_string())
    }

    const K: Word = Scale {
        exp: 3,
        alone: true,
    };
    const M: Word = Scale {
        exp: 6,
        alone: false,
    };

    #[test]
    fn hundreds_and_multipliers() {
        assert_eq!(
            read(Lang::En, &[Small(2), Hundred, Small(30), Small(5)]).unwrap(),
            "235"
        );
        assert_eq!(read(Lang::Es, &[K, M]).unwrap(), "1000000000");
        assert_eq!(
            read(Lang::Es, &[Small(2), K, Hundreds(300), M]).unwrap(),
            "2300000000"
        );
        assert_eq!(
            read(Lang::En, &[Small(2), M, Small(3), Hundred, K]).unwrap(),
            "2300000"
        );
        assert_eq!(read(Lang::De, &[One, M]).unwrap(), "1000000");
        assert_eq!(
            read(Lang::Fr, &[Small(4), Small(20), Small(13)]).unwrap(),
            "93"
        );
        assert_eq!(read(Lang::Fr, &[Small(60), Small(10)]).unwrap(), "70");
    }

    #[test]
    fn words_that_cannot_continue_are_refused() {
        let mut acc = Acc::words(Lang::En);
        assert!(acc.push(Small(5)) && !acc.push(Small(6)));
        assert!(!Acc::words(Lang::De).push(M));
        assert_eq!(read(Lang::De, &[One]), None);
        let mut digits = Acc::digits(Lang::De, Decimal(22_900_000));
        assert!(!digits.clone().push(Small(3)));
        assert!(digits.push(K));
        assert_eq!(digits.value().unwrap().to_string(), "22900");
    }

    #[test]
    fn connectors_join_only_where_the_language_does() {
        let mut es = Acc::words(Lang::Es);
        assert!(es.push(Small(30)) && es.connect(Small(5)));
        assert_eq!(es.value().unwrap().to_string(), "35");
        let mut fr = Acc::words(Lang::Fr);
        assert!(fr.push(Small(20)) && fr.connect(One));
        assert_eq!(fr.value().unwrap().to_string(), "21");
        let mut en = Acc::words(Lang::En);
        assert!(en.push(Small(5)) && !en.connect(Small(6)));
    }
}
