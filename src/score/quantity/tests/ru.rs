use super::{is, keys, none, one};
use crate::Lang::Ru;
use crate::score::quantity::QuantityKind::*;

#[test]
fn digits() {
    is("1 250", Ru, "n:1250", Cardinal);
    is("3,5", Ru, "n:3.5", Decimal);
    is("22\u{a0}900", Ru, "n:22900", Cardinal);
}

#[test]
fn multipliers() {
    is("40 тыс.", Ru, "n:40000", Cardinal);
    is("10 млн", Ru, "n:10000000", Cardinal);
    is("3 миллиона", Ru, "n:3000000", Cardinal);
    is("2 млрд", Ru, "n:2000000000", Cardinal);
    is("5 тысяч", Ru, "n:5000", Cardinal);
    assert_eq!(keys("12–16 тыс. рублей", Ru), ["n:12000", "n:16000"]);
    assert_eq!(keys("от 12 до 16 тысяч", Ru), ["n:12000", "n:16000"]);
    // Two figures sharing the multiplier after the second.
    assert_eq!(
        keys("2 и 1,4 миллиарда фунтов", Ru),
        ["n:2000000000", "n:1400000000"]
    );
    assert!(keys("тысячи людей", Ru).is_empty());
}

#[test]
fn words_in_their_cases() {
    is("тридцать", Ru, "n:30", Cardinal);
    is("более тридцати", Ru, "n:30", Cardinal);
    is("двух", Ru, "n:2", Cardinal);
    is("двадцати пяти", Ru, "n:25", Cardinal);
    is("двадцать пять тысяч", Ru, "n:25000", Cardinal);
    is("двух тысяч", Ru, "n:2000", Cardinal);
    is("тысяча", Ru, "n:1000", Cardinal);
    assert!(one("тридцати", Ru).spelled);
    assert!(keys("один из них", Ru).is_empty());
}

#[test]
fn ordinals_and_percentages() {
    is("5-й", Ru, "n:5", Ordinal);
    is("первый", Ru, "n:1", Ordinal);
    is("третьего", Ru, "n:3", Ordinal);
    is("5 %", Ru, "n:5", Percent);
    is("5 процентов", Ru, "n:5", Percent);
    is("пять процентов", Ru, "n:5", Percent);
}

#[test]
fn dates() {
    is("14.03.2021", Ru, "d:2021-03-14", Date);
    is("14 марта 2021 г.", Ru, "d:2021-03-14", Date);
    is("14 марта", Ru, "d:????-03-14", Date);
    // The prepositional case of `в марте` is a month too.
    is("в марте 2021", Ru, "d:2021-03-??", Date);
    is("в октябре 2016 года", Ru, "d:2016-10-??", Date);
    is("в 2021 году", Ru, "n:2021", Year);
}

#[test]
fn ordinals_above_ten_decline() {
    is("в девятнадцатом веке", Ru, "n:19", Ordinal);
    is("шестидесятый юбилей", Ru, "n:60", Ordinal);
    is("в двадцать первом веке", Ru, "n:21", Ordinal);
    is("сороковой день", Ru, "n:40", Ordinal);
    is("сотая годовщина", Ru, "n:100", Ordinal);
    none(Ru, &["сотрудник", "сотни людей"]);
}
