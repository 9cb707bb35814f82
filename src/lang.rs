//! The closed set of languages paralign works with.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::Error;

/// A language a release can be published in.
///
/// The order of the variants is the fixed tie-break order used wherever a
/// language has to be chosen deterministically (pivot choice, output order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// German.
    De,
    /// English.
    En,
    /// Spanish.
    Es,
    /// Russian.
    Ru,
    /// French.
    Fr,
}

impl Lang {
    /// Every supported language, in the fixed tie-break order.
    pub const ALL: [Lang; 5] = [Lang::De, Lang::En, Lang::Es, Lang::Ru, Lang::Fr];

    /// The ISO 639-1 code, e.g. `"de"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ru => "ru",
            Lang::Fr => "fr",
        }
    }

    /// The English name of the language, e.g. `"German"`.
    pub fn name(self) -> &'static str {
        match self {
            Lang::De => "German",
            Lang::En => "English",
            Lang::Es => "Spanish",
            Lang::Ru => "Russian",
            Lang::Fr => "French",
        }
    }

    /// The BCP 47 tag used in TMX output, e.g. `"de-DE"`.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::De => "de-DE",
            Lang::En => "en-GB",
            Lang::Es => "es-ES",
            Lang::Ru => "ru-RU",
            Lang::Fr => "fr-FR",
        }
    }

    /// True for languages written in Cyrillic script.
    pub fn is_cyrillic(self) -> bool {
        self == Lang::Ru
    }

    /// True for languages that capitalise every noun (German), where a
    /// capitalised word is no sign of a name.
    pub fn capitalises_nouns(self) -> bool {
        self == Lang::De
    }

    /// The supported codes joined for messages: `"de, en, es, ru, fr"`.
    pub fn supported_list() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }

    /// Parses a comma-separated list such as `"de,fr"`.
    pub fn parse_list(list: &str) -> Result<Vec<Lang>, Error> {
        list.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::parse)
            .collect()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = Error;

    /// Accepts `de`, `DE`, `de-DE`, `de_DE` and the ISO 639-2 codes (`deu`, `ger`, …).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let primary = s
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "de" | "deu" | "ger" => Ok(Lang::De),
            "en" | "eng" => Ok(Lang::En),
            "es" | "spa" => Ok(Lang::Es),
            "ru" | "rus" => Ok(Lang::Ru),
            "fr" | "fra" | "fre" => Ok(Lang::Fr),
            _ => Err(Error::UnknownLang(s.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_locales() {
        assert_eq!("de".parse::<Lang>().unwrap(), Lang::De);
        assert_eq!("fr-FR".parse::<Lang>().unwrap(), Lang::Fr);
        assert_eq!("RU".parse::<Lang>().unwrap(), Lang::Ru);
        assert_eq!("spa".parse::<Lang>().unwrap(), Lang::Es);
    }

    #[test]
    fn unknown_code_lists_supported() {
        let err = "xx".parse::<Lang>().unwrap_err().to_string();
        assert!(
            err.contains("xx") && err.contains("de, en, es, ru, fr"),
            "{err}"
        );
    }

    #[test]
    fn display_round_trips() {
        for lang in Lang::ALL {
            assert_eq!(lang.to_string().parse::<Lang>().unwrap(), lang);
        }
    }

    #[test]
    fn parse_list_keeps_order() {
        assert_eq!(
            Lang::parse_list("fr, de").unwrap(),
            vec![Lang::Fr, Lang::De]
        );
        assert!(Lang::parse_list("de,xx").is_err());
    }
}
