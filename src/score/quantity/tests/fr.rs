use super::{is, keys, none, one};
use crate::Lang::Fr;
use crate::score::quantity::QuantityKind::*;

#[test]
fn digits() {
    is("1 250", Fr, "n:1250", Cardinal);
    is("1\u{202f}250", Fr, "n:1250", Cardinal);
    is("3,5", Fr, "n:3.5", Decimal);
    is("22 900", Fr, "n:22900", Cardinal);
}

#[test]
fn multipliers() {
    is("1,168 mille", Fr, "n:1168", Cardinal);
    is("10 millions", Fr, "n:10000000", Cardinal);
    is("2 milliards", Fr, "n:2000000000", Cardinal);
    assert_eq!(keys("de 12 à 16 mille", Fr), ["n:12000", "n:16000"]);
    assert!(keys("des milliers de personnes", Fr).is_empty());
}

#[test]
fn words() {
    is("soixante-dix", Fr, "n:70", Cardinal);
    is("quatre-vingt-treize", Fr, "n:93", Cardinal);
    is("quatre-vingts", Fr, "n:80", Cardinal);
    is("deux cents", Fr, "n:200", Cardinal);
    is("vingt et un", Fr, "n:21", Cardinal);
    is("dix-sept", Fr, "n:17", Cardinal);
    is("nonante-trois", Fr, "n:93", Cardinal);
    is("deux mille", Fr, "n:2000", Cardinal);
    assert!(one("deux cents", Fr).spelled);
    assert!(keys("un guide et une cordée", Fr).is_empty());
}

#[test]
fn ordinals_and_percentages() {
    is("2e", Fr, "n:2", Ordinal);
    is("la 2ème étape", Fr, "n:2", Ordinal);
    is("le troisième jour", Fr, "n:3", Ordinal);
    is("5 %", Fr, "n:5", Percent);
    is("5 pour cent", Fr, "n:5", Percent);
}

#[test]
fn dates() {
    is("14.03.2021", Fr, "d:2021-03-14", Date);
    is("le 14 mars", Fr, "d:????-03-14", Date);
    is("1er mars", Fr, "d:????-03-01", Date);
    is("le 14 mars 2021", Fr, "d:2021-03-14", Date);
    is("en mars 2021", Fr, "d:2021-03-??", Date);
}

#[test]
fn regular_ordinals_and_compounds() {
    is("le quatorzième siècle", Fr, "n:14", Ordinal);
    is("le dix-neuvième siècle", Fr, "n:19", Ordinal);
    is("son soixantième anniversaire", Fr, "n:60", Ordinal);
    is("la vingt et unième fois", Fr, "n:21", Ordinal);
    is("la soixante-dixième édition", Fr, "n:70", Ordinal);
    is("le millième visiteur", Fr, "n:1000", Ordinal);
    none(Fr, &["un problème de barème", "pour la énième fois"]);
}
