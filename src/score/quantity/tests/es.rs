use super::{is, keys, one};
use crate::Lang::Es;
use crate::score::quantity::QuantityKind::*;

#[test]
fn digits() {
    is("1.250", Es, "n:1250", Cardinal);
    is("3,5", Es, "n:3.5", Decimal);
    is("22 900", Es, "n:22900", Cardinal);
}

#[test]
fn multipliers() {
    is("10 millones", Es, "n:10000000", Cardinal);
    is("12 mil", Es, "n:12000", Cardinal);
    is("3 mil millones", Es, "n:3000000000", Cardinal);
    is("un millón", Es, "n:1000000", Cardinal);
    is("2 millardos", Es, "n:2000000000", Cardinal);
    assert_eq!(keys("de 12 a 16 mil rublos", Es), ["n:12000", "n:16000"]);
}

#[test]
fn words() {
    is("dieciséis", Es, "n:16", Cardinal);
    is("doce mil", Es, "n:12000", Cardinal);
    is("veintiún años", Es, "n:21", Cardinal);
    is("treinta y cinco", Es, "n:35", Cardinal);
    is("doscientos cincuenta", Es, "n:250", Cardinal);
    is("mil millones", Es, "n:1000000000", Cardinal);
    assert_eq!(
        keys("de doce mil a dieciséis mil rublos", Es),
        ["n:12000", "n:16000"]
    );
    assert!(one("doce mil", Es).spelled);
    assert!(keys("un hombre y una mujer", Es).is_empty());
}

#[test]
fn ordinals_and_percentages() {
    is("3.º", Es, "n:3", Ordinal);
    is("la 3.ª etapa", Es, "n:3", Ordinal);
    is("el primer día", Es, "n:1", Ordinal);
    is("5 por ciento", Es, "n:5", Percent);
    is("cinco por ciento", Es, "n:5", Percent);
    is("5 %", Es, "n:5", Percent);
}

#[test]
fn dates() {
    is("14/03/2021", Es, "d:2021-03-14", Date);
    is("14 de marzo de 2021", Es, "d:2021-03-14", Date);
    is("el 14 de marzo", Es, "d:????-03-14", Date);
    is("en marzo de 2021", Es, "d:2021-03-??", Date);
    is("de junio a agosto del 2010", Es, "d:2010-08-??", Date);
}

#[test]
fn ordinals_above_ten_in_one_word() {
    is("el siglo decimonoveno", Es, "n:19", Ordinal);
    is("la vigésima edición", Es, "n:20", Ordinal);
    is("su sexagésimo aniversario", Es, "n:60", Ordinal);
    is("el decimocuarto piso", Es, "n:14", Ordinal);
    assert!(keys("la décima parte de los centésimos", Es).len() == 2);
    assert!(keys("el cuarto de baño", Es).is_empty());
}
