//! English number words (British usage: `two hundred and five`, `bn`).

use super::{Table, Word};
use Word::{Hundred, One, Ordinal, Scale, Small};

/// The English table.
pub static TABLE: Table = Table {
    words: WORDS,
    connectors: &["and"],
    percent: &[&["%"], &["percent"], &["per", "cent"], &["pc"]],
    ordinal_suffixes: &["st", "nd", "rd", "th"],
    year_marks: &[],
};

#[rustfmt::skip]
const WORDS: &[(&str, Word)] = &[
    ("zero", Small(0)), ("a", One), ("one", One), ("two", Small(2)), ("three", Small(3)), ("four", Small(4)),
    ("five", Small(5)), ("six", Small(6)), ("seven", Small(7)), ("eight", Small(8)),
    ("nine", Small(9)), ("ten", Small(10)), ("eleven", Small(11)), ("twelve", Small(12)),
    ("thirteen", Small(13)), ("fourteen", Small(14)), ("fifteen", Small(15)),
    ("sixteen", Small(16)), ("seventeen", Small(17)), ("eighteen", Small(18)),
    ("nineteen", Small(19)), ("twenty", Small(20)), ("thirty", Small(30)), ("forty", Small(40)),
    ("fifty", Small(50)), ("sixty", Small(60)), ("seventy", Small(70)), ("eighty", Small(80)),
    ("ninety", Small(90)), ("hundred", Hundred),
    ("thousand", Scale { exp: 3, alone: true }), ("thousands", Scale { exp: 3, alone: false }),
    ("million", Scale { exp: 6, alone: true }), ("millions", Scale { exp: 6, alone: false }),
    ("billion", Scale { exp: 9, alone: true }), ("billions", Scale { exp: 9, alone: false }),
    ("bn", Scale { exp: 9, alone: false }), ("m", Scale { exp: 6, alone: false }),
    ("first", Ordinal(1)), ("second", Ordinal(2)), ("third", Ordinal(3)), ("fourth", Ordinal(4)),
    ("fifth", Ordinal(5)), ("sixth", Ordinal(6)), ("seventh", Ordinal(7)), ("eighth", Ordinal(8)),
    ("ninth", Ordinal(9)), ("tenth", Ordinal(10)), ("eleventh", Ordinal(11)),
    ("twelfth", Ordinal(12)), ("twentieth", Ordinal(20)), ("hundredth", Ordinal(100)),
];
