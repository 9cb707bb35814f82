//! Quantities in running text — numbers, percentages, ordinals, years and
//! dates — read by the conventions of the text's language and reduced to
//! locale-neutral values, so that `22,9 Tausend` (de), `22,900` (en),
//! `22 900` (fr) and `twenty-two thousand nine hundred` are one value.
//!
//! This is the one number reader of the crate: the aligner interns
//! [`Quantity::key`] as its number evidence, and the completeness check
//! compares the [`Quantity`] lists of aligned beads with [`compare()`].
//!
//! - [`digits`]: digit runs with the CLDR separators of each language
//!   (English decimal point and comma grouping; a decimal comma and
//!   `.`/space grouping in the other four), a group of exactly three digits
//!   after each group separator;
//! - [`words`]: numbers written in words, one data table per language;
//! - [`dates`]: numeric and month-name dates, full or partial, as one value,
//!   and ranges of days (`25-26 ноября`, `November 25-26`) as dates each;
//! - [`roman`]: Roman numerals of centuries (`XXI век`, `siglo XXI`);
//! - [`clock`]: twelve-hour clock hours (`3 p.m.`) on the twenty-four-hour
//!   clock the other languages write;
//! - [`phrase`]: multiplier words and abbreviations (`Mio.`, `тыс.`, `mil
//!   millones`) and ranges (`12 bis 16 Tausend`);
//! - [`compare`](mod@compare): multiset matching of two sides by value.
//!
//! One left-to-right pass over the text; words are lower-cased into one
//! reused buffer, and only words that can be number words are looked up.
//!
//! ```
//! use paralign::Lang;
//! use paralign::score::quantity::quantities;
//!
//! let de = quantities("Rund 22,9 Tausend Besucher kamen am 14. März 2021.", Lang::De);
//! let en = quantities("About 22,900 visitors came on 14 March 2021.", Lang::En);
//! assert_eq!(de[0].key(), "n:22900");
//! assert_eq!(de[0].key(), en[0].key());
//! assert_eq!(de[1].key(), "d:2021-03-14");
//! assert_eq!(de[1].key(), en[1].key());
//! ```

pub mod clock;
pub mod compare;
pub mod dates;
pub mod digits;
pub mod figure;
mod half;
pub mod phrase;
pub mod roman;
mod scan;
mod text;
pub mod words;

use std::fmt;
use std::ops::Range;

use serde::{Serialize, Serializer};

use crate::Lang;

pub use compare::{NumberMatch, compare};

/// One quantity found in a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Quantity {
    /// The value, exact and locale-neutral.
    pub value: Value,
    /// What kind of quantity it is.
    pub kind: QuantityKind,
    /// Byte span in the text, from the first digit or number word to the
    /// last character that belongs to the quantity (a `%`, `Prozent`, a
    /// multiplier, the year of a date).
    pub span: Range<usize>,
    /// Written, at least partly, in words (`thirty`, `dreißigtausend`, `zwei
    /// Millionen`); not for digits with a multiplier (`22,9 Tausend`).
    pub spelled: bool,
    /// The value by the other convention of separators, for a plain number
    /// whose digits read both ways (`1,335`: 1335 in English, 1.335 in
    /// German; see [`digits::Digits::other_reading`]). Two sides that agree
    /// on one of the two readings state the same figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_reading: Option<Value>,
}

/// The kinds of quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuantityKind {
    /// A whole number (`1250`, `zwölf`, `40 тыс.`).
    Cardinal,
    /// A number with decimals (`3,5`, `1.25`).
    Decimal,
    /// An ordinal (`1st`, `2e`, `3.º`, `5-й`, `первый`, German `3.` before a word).
    Ordinal,
    /// A percentage (`5 %`, `5 Prozent`, `cinco por ciento`).
    Percent,
    /// A year: four digits in 1800..=2100, or a number marked as a year (`2021 г.`).
    Year,
    /// A full or partial calendar date.
    Date,
}

/// The value of a quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Value {
    /// A number (for every kind but [`QuantityKind::Date`]).
    Number(Decimal),
    /// A calendar date; partial dates leave fields out.
    Date {
        /// The year, when stated.
        year: Option<u16>,
        /// The month 1..=12, when stated.
        month: Option<u8>,
        /// The day as written, when stated: 1..=31, or up to 39 next to a
        /// month name (a slipped digit, [`dates::written_day`]).
        day: Option<u8>,
    },
}

/// An exact decimal number, held as millionths: `22.9 thousand` and `22900`
/// are the same value. Decimals beyond the sixth are cut off (press releases
/// do not write them; money and percentages have two).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Decimal(pub i128);

impl Decimal {
    /// One, in millionths.
    pub const ONE: i128 = 1_000_000;

    /// The integer `n`.
    pub fn int(n: i128) -> Self {
        Decimal(n * Self::ONE)
    }

    /// The value as an integer, when it is one.
    pub fn as_int(self) -> Option<i128> {
        (self.0 % Self::ONE == 0).then_some(self.0 / Self::ONE)
    }
}

impl fmt::Display for Decimal {
    /// Canonical form: no grouping, `.` before decimals, no trailing zeros.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let (int, frac) = (self.0.abs() / Self::ONE, self.0.abs() % Self::ONE);
        if frac == 0 {
            return write!(f, "{sign}{int}");
        }
        let frac = format!("{frac:06}");
        write!(f, "{sign}{int}.{}", frac.trim_end_matches('0'))
    }
}

impl Serialize for Decimal {
    /// As its canonical text, so that JSON readers see the exact value.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Quantity {
    /// A locale-neutral interning key: `n:22900`, `n:3.5` for every kind of
    /// number (a percentage, an ordinal or a year compare by value like any
    /// number), `d:2021-03-14` for a date, with `?` for unstated fields
    /// (`d:2021-03-??`, `d:????-03-14`).
    pub fn key(&self) -> String {
        match self.value {
            Value::Number(n) => format!("n:{n}"),
            Value::Date { year, month, day } => {
                let part = |v: Option<u16>, w: usize| match v {
                    Some(v) => format!("{v:0w$}"),
                    None => "?".repeat(w),
                };
                let (m, d) = (month.map(u16::from), day.map(u16::from));
                format!("d:{}-{}-{}", part(year, 4), part(m, 2), part(d, 2))
            }
        }
    }

    /// The numeric value, for every kind but dates.
    pub fn number(&self) -> Option<Decimal> {
        match self.value {
            Value::Number(n) => Some(n),
            Value::Date { .. } => None,
        }
    }
}

/// Every quantity in `text`, written by the conventions of `lang`, in text
/// order (spans are increasing and do not overlap).
pub fn quantities(text: &str, lang: Lang) -> Vec<Quantity> {
    scan::Scanner::new(text, lang).run()
}

#[cfg(test)]
mod tests;
