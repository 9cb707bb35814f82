//! Month names of the five languages, for dates written out in words.

use crate::Lang;

const DE: [&[&str]; 12] = [
    &["januar", "jänner"],
    &["februar"],
    &["märz"],
    &["april"],
    &["mai"],
    &["juni"],
    &["juli"],
    &["august"],
    &["september"],
    &["oktober"],
    &["november"],
    &["dezember"],
];

const EN: [&[&str]; 12] = [
    &["january"],
    &["february"],
    &["march"],
    &["april"],
    &["may"],
    &["june"],
    &["july"],
    &["august"],
    &["september"],
    &["october"],
    &["november"],
    &["december"],
];

const ES: [&[&str]; 12] = [
    &["enero"],
    &["febrero"],
    &["marzo"],
    &["abril"],
    &["mayo"],
    &["junio"],
    &["julio"],
    &["agosto"],
    &["septiembre", "setiembre"],
    &["octubre"],
    &["noviembre"],
    &["diciembre"],
];

const FR: [&[&str]; 12] = [
    &["janvier"],
    &["février", "fevrier"],
    &["mars"],
    &["avril"],
    &["mai"],
    &["juin"],
    &["juillet"],
    &["août", "aout"],
    &["septembre"],
    &["octobre"],
    &["novembre"],
    &["décembre", "decembre"],
];

/// Nominative, genitive and prepositional forms (`ноябрь`, `ноября`, `ноябре`).
const RU: [&[&str]; 12] = [
    &["январь", "января", "январе"],
    &["февраль", "февраля", "феврале"],
    &["март", "марта", "марте"],
    &["апрель", "апреля", "апреле"],
    &["май", "мая", "мае"],
    &["июнь", "июня", "июне"],
    &["июль", "июля", "июле"],
    &["август", "августа", "августе"],
    &["сентябрь", "сентября", "сентябре"],
    &["октябрь", "октября", "октябре"],
    &["ноябрь", "ноября", "ноябре"],
    &["декабрь", "декабря", "декабре"],
];

/// The month (1-12) a word names in `lang`, case-insensitively.
pub fn month(word: &str, lang: Lang) -> Option<u32> {
    let table = match lang {
        Lang::De => &DE,
        Lang::En => &EN,
        Lang::Es => &ES,
        Lang::Fr => &FR,
        Lang::Ru => &RU,
    };
    let lower = word.to_lowercase();
    table
        .iter()
        .position(|forms| forms.contains(&lower.as_str()))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_each_language() {
        assert_eq!(month("März", Lang::De), Some(3));
        assert_eq!(month("March", Lang::En), Some(3));
        assert_eq!(month("marzo", Lang::Es), Some(3));
        assert_eq!(month("mars", Lang::Fr), Some(3));
        assert_eq!(month("марта", Lang::Ru), Some(3));
        assert_eq!(month("Monday", Lang::En), None);
    }
}
