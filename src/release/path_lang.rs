//! The language a file's path names.
//!
//! Rules, first match wins:
//! 1. the file name: its stem is a code (`de.txt`, `de-DE.txt`), or its last
//!    `.`-, `_`- or `-`-separated part before the extension is one
//!    (`energy.fr.txt`, `energy_fr.txt`, `energy.fr-FR.txt`, `energy-de.txt`);
//! 2. the nearest folder named by a code (`…/ru/…`, `…/ru-RU/…`).
//!
//! A code is a two-letter code of the five languages, alone or with a region
//! (`de`, `DE`, `de-DE`, `de_DE`); three-letter codes are not taken from
//! paths because ordinary words (`eng`, `spa`) would match.

use std::path::Path;

use crate::Lang;

/// The language named by `path`, if any.
pub fn lang_from_path(path: &Path) -> Option<Lang> {
    path.file_name()
        .and_then(|n| n.to_str())
        .and_then(from_file_name)
        .or_else(|| from_folders(path))
}

fn from_file_name(name: &str) -> Option<Lang> {
    let stem = match name.rsplit_once('.') {
        Some((stem, _ext)) if !stem.is_empty() => stem,
        _ => name,
    };
    if let Some(lang) = code(stem) {
        return Some(lang);
    }
    // `energy.fr-FR` and `energy_de_DE` end in a locale; try the last two parts first.
    let parts: Vec<&str> = stem.split(['.', '_', '-']).collect();
    let n = parts.len();
    let locale = (n >= 3).then(|| format!("{}-{}", parts[n - 2], parts[n - 1]));
    locale
        .as_deref()
        .and_then(code)
        .or_else(|| (n >= 2).then(|| code(parts[n - 1])).flatten())
}

/// The name a plain document's release takes: the file name without its
/// extension and without a language part (`report.de.txt`, `report_de.txt`
/// and `de/report.txt` all give `report`); `None` when nothing is left
/// (`de.txt`), so the caller names it after the folder.
pub(crate) fn stem_without_lang(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let stem = match name.rsplit_once('.') {
        Some((stem, _ext)) if !stem.is_empty() => stem,
        _ => name,
    };
    let nonempty = |s: &str| Some(s.to_string()).filter(|s| !s.is_empty());
    if code(stem).is_some() {
        return None;
    }
    const SEP: [char; 3] = ['.', '_', '-'];
    if let Some((head, tail)) = stem.rsplit_once(SEP) {
        if let Some((before, _)) = head.rsplit_once(SEP)
            && code(&stem[before.len() + 1..]).is_some()
        {
            return nonempty(before);
        }
        if code(tail).is_some() {
            return nonempty(head);
        }
    }
    nonempty(stem)
}

/// True when a path component names a language (`de`, `fr-FR`).
pub(crate) fn is_code(s: &str) -> bool {
    code(s).is_some()
}

fn from_folders(path: &Path) -> Option<Lang> {
    path.parent()?
        .components()
        .rev()
        .filter_map(|c| c.as_os_str().to_str())
        .find_map(code)
}

/// `de`, `de-DE`, `de_DE` (any case) -> the language; anything else -> `None`.
fn code(s: &str) -> Option<Lang> {
    let (primary, region) = match s.split_once(['-', '_']) {
        Some((p, r)) => (p, Some(r)),
        None => (s, None),
    };
    let region_ok =
        region.is_none_or(|r| r.len() == 2 && r.chars().all(|c| c.is_ascii_alphabetic()));
    if primary.len() != 2 || !region_ok {
        return None;
    }
    primary.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(p: &str) -> Option<Lang> {
        lang_from_path(Path::new(p))
    }

    #[test]
    fn file_name_forms() {
        assert_eq!(lang("corpus/03-energy/energy.fr.txt"), Some(Lang::Fr));
        assert_eq!(lang("a/release_de.txt"), Some(Lang::De));
        assert_eq!(lang("a/release-ru.txt"), Some(Lang::Ru));
        assert_eq!(lang("a/es.txt"), Some(Lang::Es));
        assert_eq!(lang("a/de-DE.txt"), Some(Lang::De));
        assert_eq!(lang("a/energy.en-GB.txt"), Some(Lang::En));
        assert_eq!(lang("a/energy_fr_FR.txt"), Some(Lang::Fr));
        assert_eq!(lang("a/EN"), Some(Lang::En));
    }

    #[test]
    fn folder_forms_and_precedence() {
        assert_eq!(lang("archive/de/2065.txt"), Some(Lang::De));
        assert_eq!(lang("archive/ru-RU/x/2065.txt"), Some(Lang::Ru));
        assert_eq!(lang("fr/energy.de.txt"), Some(Lang::De));
        assert_eq!(lang("de/fr/page.txt"), Some(Lang::Fr));
    }

    #[test]
    fn stems_lose_their_language() {
        let stem = |p: &str| stem_without_lang(Path::new(p));
        assert_eq!(stem("a/report.de.txt").as_deref(), Some("report"));
        assert_eq!(stem("a/report_fr.txt").as_deref(), Some("report"));
        assert_eq!(stem("a/report.en-GB.txt").as_deref(), Some("report"));
        assert_eq!(stem("de/report.txt").as_deref(), Some("report"));
        assert_eq!(stem("report/de.txt"), None);
        assert_eq!(
            stem("a/annual-report.txt").as_deref(),
            Some("annual-report")
        );
    }

    #[test]
    fn no_false_friends() {
        assert_eq!(lang("a/2065-26-11-2020.txt"), None);
        assert_eq!(lang("a/english.txt"), None);
        assert_eq!(lang("a/spa.txt"), None);
        assert_eq!(lang("a/des-it.txt"), None);
        assert_eq!(lang("a/release.txt"), None);
        assert_eq!(lang("it/release.txt"), None);
    }
}
