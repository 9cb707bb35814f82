//! Spanish number words: `dieciséis`, `veintiún`, `doscientas`, `mil
//! millones` (10^9, as `millardo`).

use super::{Table, Word};
use Word::{Hundreds, One, Ordinal, Scale, Small};

/// The Spanish table.
pub static TABLE: Table = Table {
    words: WORDS,
    connectors: &["y"],
    percent: &[&["%"], &["por", "ciento"], &["por", "cien"]],
    ordinal_suffixes: &[".º", ".ª", "º", "ª", ".°", "°"],
    year_marks: &[],
};

#[rustfmt::skip]
const WORDS: &[(&str, Word)] = &[
    ("cero", Small(0)), ("un", One), ("uno", One), ("una", One), ("dos", Small(2)),
    ("tres", Small(3)), ("cuatro", Small(4)), ("cinco", Small(5)), ("seis", Small(6)),
    ("siete", Small(7)), ("ocho", Small(8)), ("nueve", Small(9)), ("diez", Small(10)),
    ("once", Small(11)), ("doce", Small(12)), ("trece", Small(13)), ("catorce", Small(14)),
    ("quince", Small(15)), ("dieciséis", Small(16)), ("dieciseis", Small(16)),
    ("diecisiete", Small(17)), ("dieciocho", Small(18)), ("diecinueve", Small(19)),
    ("veinte", Small(20)), ("veintiuno", Small(21)), ("veintiún", Small(21)),
    ("veintiuna", Small(21)), ("veintidós", Small(22)), ("veintidos", Small(22)),
    ("veintitrés", Small(23)), ("veintitres", Small(23)), ("veinticuatro", Small(24)),
    ("veinticinco", Small(25)), ("veintiséis", Small(26)), ("veintiseis", Small(26)),
    ("veintisiete", Small(27)), ("veintiocho", Small(28)), ("veintinueve", Small(29)),
    ("treinta", Small(30)), ("cuarenta", Small(40)), ("cincuenta", Small(50)),
    ("sesenta", Small(60)), ("setenta", Small(70)), ("ochenta", Small(80)),
    ("noventa", Small(90)), ("cien", Hundreds(100)), ("ciento", Hundreds(100)),
    ("doscientos", Hundreds(200)), ("doscientas", Hundreds(200)),
    ("trescientos", Hundreds(300)), ("trescientas", Hundreds(300)),
    ("cuatrocientos", Hundreds(400)), ("cuatrocientas", Hundreds(400)),
    ("quinientos", Hundreds(500)), ("quinientas", Hundreds(500)),
    ("seiscientos", Hundreds(600)), ("seiscientas", Hundreds(600)),
    ("setecientos", Hundreds(700)), ("setecientas", Hundreds(700)),
    ("ochocientos", Hundreds(800)), ("ochocientas", Hundreds(800)),
    ("novecientos", Hundreds(900)), ("novecientas", Hundreds(900)),
    ("mil", Scale { exp: 3, alone: true }), ("miles", Scale { exp: 3, alone: false }),
    ("millón", Scale { exp: 6, alone: true }), ("millon", Scale { exp: 6, alone: true }),
    ("millones", Scale { exp: 6, alone: false }),
    ("millardo", Scale { exp: 9, alone: true }), ("millardos", Scale { exp: 9, alone: false }),
    ("primero", Ordinal(1)), ("primera", Ordinal(1)), ("primer", Ordinal(1)),
    ("segundo", Ordinal(2)), ("segunda", Ordinal(2)), ("tercero", Ordinal(3)),
    ("tercera", Ordinal(3)), ("tercer", Ordinal(3)), ("quinto", Ordinal(5)),
    ("quinta", Ordinal(5)), ("sexto", Ordinal(6)), ("sexta", Ordinal(6)),
    ("séptimo", Ordinal(7)), ("séptima", Ordinal(7)), ("octavo", Ordinal(8)),
    ("octava", Ordinal(8)), ("noveno", Ordinal(9)), ("novena", Ordinal(9)),
    ("décimo", Ordinal(10)), ("décima", Ordinal(10)),
];

/// Stems of the Spanish ordinals above ten, written as one word, before a
/// gender and number ending (`decimocuarto`, `vigésima`, `centésimos`).
const ORDINAL_STEMS: &[(&str, u16)] = &[
    ("undécim", 11),
    ("duodécim", 12),
    ("decimoprimer", 11),
    ("decimosegund", 12),
    ("decimotercer", 13),
    ("decimocuart", 14),
    ("decimoquint", 15),
    ("decimosext", 16),
    ("decimoséptim", 17),
    ("decimoctav", 18),
    ("decimooctav", 18),
    ("decimonoven", 19),
    ("vigésim", 20),
    ("trigésim", 30),
    ("cuadragésim", 40),
    ("quincuagésim", 50),
    ("sexagésim", 60),
    ("septuagésim", 70),
    ("octogésim", 80),
    ("nonagésim", 90),
    ("centésim", 100),
    ("milésim", 1000),
];

/// The value of a Spanish ordinal above ten written as one word.
pub fn ordinal(lower: &str) -> Option<u16> {
    let stem = ["o", "a", "os", "as"]
        .iter()
        .find_map(|e| lower.strip_suffix(e))?;
    ORDINAL_STEMS
        .iter()
        .find_map(|&(s, n)| (s == stem).then_some(n))
}
