use super::{is, keys, none, one};
use crate::Lang::De;
use crate::score::quantity::QuantityKind::*;

#[test]
fn digits() {
    is("1.250", De, "n:1250", Cardinal);
    is("3,5", De, "n:3.5", Decimal);
    is("22 900", De, "n:22900", Cardinal);
    is("1'000", De, "n:1000", Cardinal);
    is("im Jahr 1956", De, "n:1956", Year);
}

#[test]
fn multipliers() {
    is("22,9 Tausend", De, "n:22900", Cardinal);
    is("10 Mio. Franken", De, "n:10000000", Cardinal);
    is("3 Millionen", De, "n:3000000", Cardinal);
    is("1,5 Mrd.", De, "n:1500000000", Cardinal);
    is("2 Milliarden", De, "n:2000000000", Cardinal);
    assert!(!one("22,9 Tausend", De).spelled);
}

#[test]
fn ranges_share_their_multiplier() {
    assert_eq!(keys("12 bis 16 Tausend Rubel", De), ["n:12000", "n:16000"]);
    assert_eq!(keys("12–16 Tausend", De), ["n:12000", "n:16000"]);
}

#[test]
fn words_and_compounds() {
    is("dreißigtausend", De, "n:30000", Cardinal);
    is("einundzwanzig", De, "n:21", Cardinal);
    is("zweihundertfünfzig", De, "n:250", Cardinal);
    is("zwölf Tage", De, "n:12", Cardinal);
    is("eine Million", De, "n:1000000", Cardinal);
    assert!(one("dreißigtausend", De).spelled);
    // Articles are no numbers.
    assert!(keys("Das ist ein Berg und eine Hütte.", De).is_empty());
}

#[test]
fn ordinals_and_percentages() {
    is("der 3. Platz", De, "n:3", Ordinal);
    is("die dritte Etappe", De, "n:3", Ordinal);
    is("5 %", De, "n:5", Percent);
    is("5%", De, "n:5", Percent);
    is("5 Prozent", De, "n:5", Percent);
    is("fünf Prozent", De, "n:5", Percent);
    // A sentence-final number is no ordinal.
    is("im Jahr 1956.", De, "n:1956", Year);
}

#[test]
fn dates() {
    is("14.03.2021", De, "d:2021-03-14", Date);
    is("am 14. März 2021", De, "d:2021-03-14", Date);
    is("am 3. Mai", De, "d:????-05-03", Date);
    is("im März 2021", De, "d:2021-03-??", Date);
    is("2021-03-14", De, "d:2021-03-14", Date);
}

#[test]
fn regular_ordinals_from_compounds() {
    is("im neunzehnten Jahrhundert", De, "n:19", Ordinal);
    is("im einundzwanzigsten Jahrhundert", De, "n:21", Ordinal);
    is("zum sechzigsten Geburtstag", De, "n:60", Ordinal);
    is("der hundertste Besucher", De, "n:100", Ordinal);
    is("die zwölfte Runde", De, "n:12", Ordinal);
    // Words that only look like ordinals.
    none(
        De,
        &[
            "Wir achten darauf.",
            "Die Hunderte kamen.",
            "Der beste Dienst.",
            "Die Elfen.",
        ],
    );
}
