//! Russian number words with their case forms (`тридцать`, `тридцати`,
//! `двух`, `тысячи`) and the abbreviations `тыс.`, `млн`, `млрд`. Ordinals
//! are a stem and an adjective ending ([`ordinal`]).

use super::{Table, Word};
use Word::{Hundreds, One, Scale, Small};

/// The Russian table.
pub static TABLE: Table = Table {
    words: WORDS,
    connectors: &[],
    percent: &[
        &["%"],
        &["процент"],
        &["процента"],
        &["процентов"],
        &["процентам"],
        &["процентами"],
        &["процентах"],
        &["проц"],
    ],
    ordinal_suffixes: &[
        "-й", "-я", "-е", "-го", "-му", "-м", "-х", "-ой", "-ый", "-ий", "-ая", "-ое", "-ых",
    ],
    year_marks: &["г", "гг", "года", "году", "год", "годах"],
};

const THOUSAND: Word = Scale {
    exp: 3,
    alone: false,
};
const MILLION: Word = Scale {
    exp: 6,
    alone: false,
};
const BILLION: Word = Scale {
    exp: 9,
    alone: false,
};

// `семью` is left out: it is also "family" (accusative).
#[rustfmt::skip]
const WORDS: &[(&str, Word)] = &[
    ("ноль", Small(0)), ("нуль", Small(0)),
    ("один", One), ("одна", One), ("одно", One), ("одного", One), ("одной", One),
    ("одному", One), ("одним", One), ("одном", One), ("одну", One),
    ("два", Small(2)), ("две", Small(2)), ("двух", Small(2)), ("двум", Small(2)),
    ("двумя", Small(2)), ("три", Small(3)), ("трёх", Small(3)), ("трех", Small(3)),
    ("трём", Small(3)), ("трем", Small(3)), ("тремя", Small(3)), ("четыре", Small(4)),
    ("четырёх", Small(4)), ("четырех", Small(4)), ("четырём", Small(4)),
    ("четырем", Small(4)), ("четырьмя", Small(4)), ("пять", Small(5)), ("пяти", Small(5)),
    ("пятью", Small(5)), ("шесть", Small(6)), ("шести", Small(6)), ("шестью", Small(6)),
    ("семь", Small(7)), ("семи", Small(7)), ("восемь", Small(8)), ("восьми", Small(8)),
    ("восемью", Small(8)), ("девять", Small(9)), ("девяти", Small(9)), ("девятью", Small(9)),
    ("десять", Small(10)), ("десяти", Small(10)), ("десятью", Small(10)),
    ("одиннадцать", Small(11)), ("одиннадцати", Small(11)), ("двенадцать", Small(12)),
    ("двенадцати", Small(12)), ("тринадцать", Small(13)), ("тринадцати", Small(13)),
    ("четырнадцать", Small(14)), ("четырнадцати", Small(14)), ("пятнадцать", Small(15)),
    ("пятнадцати", Small(15)), ("шестнадцать", Small(16)), ("шестнадцати", Small(16)),
    ("семнадцать", Small(17)), ("семнадцати", Small(17)), ("восемнадцать", Small(18)),
    ("восемнадцати", Small(18)), ("девятнадцать", Small(19)), ("девятнадцати", Small(19)),
    ("двадцать", Small(20)), ("двадцати", Small(20)), ("двадцатью", Small(20)),
    ("тридцать", Small(30)), ("тридцати", Small(30)), ("тридцатью", Small(30)),
    ("сорок", Small(40)), ("сорока", Small(40)), ("пятьдесят", Small(50)),
    ("пятидесяти", Small(50)), ("шестьдесят", Small(60)), ("шестидесяти", Small(60)),
    ("семьдесят", Small(70)), ("семидесяти", Small(70)), ("восемьдесят", Small(80)),
    ("восьмидесяти", Small(80)), ("девяносто", Small(90)), ("девяноста", Small(90)),
    ("сто", Hundreds(100)), ("ста", Hundreds(100)), ("двести", Hundreds(200)),
    ("двухсот", Hundreds(200)), ("триста", Hundreds(300)), ("трёхсот", Hundreds(300)),
    ("трехсот", Hundreds(300)), ("четыреста", Hundreds(400)), ("четырёхсот", Hundreds(400)),
    ("четырехсот", Hundreds(400)), ("пятьсот", Hundreds(500)), ("пятисот", Hundreds(500)),
    ("шестьсот", Hundreds(600)), ("шестисот", Hundreds(600)), ("семьсот", Hundreds(700)),
    ("семисот", Hundreds(700)), ("восемьсот", Hundreds(800)), ("восьмисот", Hundreds(800)),
    ("девятьсот", Hundreds(900)), ("девятисот", Hundreds(900)),
    ("тысяча", Scale { exp: 3, alone: true }), ("тысячу", Scale { exp: 3, alone: true }),
    ("тысячи", THOUSAND), ("тысяч", THOUSAND), ("тысяче", THOUSAND), ("тысячей", THOUSAND),
    ("тысячам", THOUSAND), ("тысячами", THOUSAND), ("тысячах", THOUSAND), ("тыс", THOUSAND),
    ("миллион", Scale { exp: 6, alone: true }), ("миллиона", MILLION), ("миллионов", MILLION),
    ("миллиону", MILLION), ("миллионом", MILLION), ("миллионам", MILLION),
    ("миллионами", MILLION), ("миллионах", MILLION), ("млн", MILLION),
    ("миллиард", Scale { exp: 9, alone: true }), ("миллиарда", BILLION),
    ("миллиардов", BILLION), ("миллиарду", BILLION), ("миллиардом", BILLION),
    ("миллиардам", BILLION), ("миллиардами", BILLION), ("миллиардах", BILLION),
    ("млрд", BILLION),
];

/// Ordinal stems 1..=19, the tens, 100 and 1000 (`третий` takes the soft endings `-ий`, `-ьего`, …).
const STEMS: &[(&str, u16)] = &[
    ("перв", 1),
    ("втор", 2),
    ("трет", 3),
    ("четвёрт", 4),
    ("четверт", 4),
    ("пят", 5),
    ("шест", 6),
    ("седьм", 7),
    ("восьм", 8),
    ("девят", 9),
    ("десят", 10),
    ("одиннадцат", 11),
    ("двенадцат", 12),
    ("тринадцат", 13),
    ("четырнадцат", 14),
    ("пятнадцат", 15),
    ("шестнадцат", 16),
    ("семнадцат", 17),
    ("восемнадцат", 18),
    ("девятнадцат", 19),
    ("двадцат", 20),
    ("тридцат", 30),
    ("сороков", 40),
    ("пятидесят", 50),
    ("шестидесят", 60),
    ("семидесят", 70),
    ("восьмидесят", 80),
    ("девяност", 90),
    ("сот", 100),
    ("тысячн", 1000),
];

/// Adjective endings of the ordinals, in every case, gender and number.
const ENDINGS: &[&str] = &[
    "ый", "ий", "ой", "ая", "ое", "ого", "ому", "ым", "ом", "ую", "ые", "ых", "ыми", "ей", "ья",
    "ье", "ьего", "ьему", "ьим", "ьем", "ью", "ьи", "ьих", "ьей",
];

/// The value of a Russian ordinal word (`первый`, `пятой`, `третьего`).
pub fn ordinal(lower: &str) -> Option<u16> {
    STEMS.iter().find_map(|&(stem, n)| {
        let ending = lower.strip_prefix(stem)?;
        ENDINGS.contains(&ending).then_some(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_decline() {
        for (w, n) in [
            ("первый", 1),
            ("второго", 2),
            ("третий", 3),
            ("третьего", 3),
        ] {
            assert_eq!(ordinal(w), Some(n), "{w}");
        }
        assert_eq!(ordinal("пятой"), Some(5));
        assert_eq!(ordinal("пяти"), None);
        assert_eq!(ordinal("первенство"), None);
    }
}
