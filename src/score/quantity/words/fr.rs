//! French number words, with the Swiss and Belgian `septante`, `huitante`,
//! `nonante` (the Text+Berg yearbooks are Swiss). `quatre-vingt` multiplies
//! (see [`super::super::phrase`]); `et` joins `vingt et un`.

use super::{Table, Word};
use Word::{Hundred, One, Ordinal, Scale, Small};

/// The French table.
pub static TABLE: Table = Table {
    words: WORDS,
    connectors: &["et"],
    percent: &[&["%"], &["pour", "cent"], &["pourcent"], &["pour-cent"]],
    ordinal_suffixes: &["er", "ère", "re", "ème", "eme", "e", "è"],
    year_marks: &[],
};

#[rustfmt::skip]
const WORDS: &[(&str, Word)] = &[
    ("zéro", Small(0)), ("un", One), ("une", One), ("deux", Small(2)), ("trois", Small(3)),
    ("quatre", Small(4)), ("cinq", Small(5)), ("six", Small(6)), ("sept", Small(7)),
    ("huit", Small(8)), ("neuf", Small(9)), ("dix", Small(10)), ("onze", Small(11)),
    ("douze", Small(12)), ("treize", Small(13)), ("quatorze", Small(14)), ("quinze", Small(15)),
    ("seize", Small(16)), ("vingt", Small(20)), ("vingts", Small(20)), ("trente", Small(30)),
    ("quarante", Small(40)), ("cinquante", Small(50)), ("soixante", Small(60)),
    ("septante", Small(70)), ("huitante", Small(80)), ("octante", Small(80)),
    ("nonante", Small(90)), ("cent", Hundred), ("cents", Hundred),
    ("mille", Scale { exp: 3, alone: true }), ("milliers", Scale { exp: 3, alone: false }),
    ("million", Scale { exp: 6, alone: true }), ("millions", Scale { exp: 6, alone: false }),
    ("milliard", Scale { exp: 9, alone: true }), ("milliards", Scale { exp: 9, alone: false }),
    ("mio", Scale { exp: 6, alone: false }), ("mrd", Scale { exp: 9, alone: false }),
    ("premier", Ordinal(1)), ("première", Ordinal(1)), ("deuxième", Ordinal(2)),
    ("second", Ordinal(2)), ("seconde", Ordinal(2)), ("troisième", Ordinal(3)),
    ("quatrième", Ordinal(4)), ("cinquième", Ordinal(5)), ("sixième", Ordinal(6)),
    ("septième", Ordinal(7)), ("huitième", Ordinal(8)), ("neuvième", Ordinal(9)),
    ("dixième", Ordinal(10)), ("centième", Ordinal(100)), ("unième", Ordinal(1)),
];
