//! Site chrome in the scraped pages, and the cutting of the body into blocks.
//!
//! Chrome seen in the archive's pages: lines holding only no-break spaces,
//! bullet-only lines, a run of lone `x` lines (collapsed widget buttons) at
//! the end, and the localised "additional search tools" link, after which
//! only navigation follows.

/// Invisible characters the scraper leaves on otherwise empty lines; none of
/// them is `char::is_whitespace` except the no-break spaces.
const INVISIBLE: &[char] = &['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'];

const BULLETS: &[char] = &['•', '·', '▪', '◦', '●', '‣', '*', '-', '–', '—', '|'];

/// The "additional search tools" link in the five languages and its common
/// wordings, reduced by [`squash`].
const SEARCH_TOOLS: &[&str] = &[
    "zusätzlichesuchtools",
    "zusätzlichesuchwerkzeuge",
    "weiteresuchtools",
    "additionalsearchtools",
    "moresearchtools",
    "herramientasdebúsquedaadicionales",
    "herramientasadicionalesdebúsqueda",
    "дополнительныеинструментыпоиска",
    "дополнительныепоисковыеинструменты",
    "outilsderecherchesupplémentaires",
    "outilsderechercheadditionnels",
    "outilsderechercheavancée",
];

/// One paragraph of the body before segmentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// 1-based source line of the first line.
    pub line: usize,
    /// The lines, trimmed, joined with `\n`.
    pub text: String,
}

/// True for a line that carries no text: whitespace, no-break spaces,
/// invisible characters, or bullets only.
pub fn is_blank(line: &str) -> bool {
    line.chars()
        .all(|c| c.is_whitespace() || INVISIBLE.contains(&c) || BULLETS.contains(&c))
}

/// A lone `x` (close button of a collapsed widget).
pub fn is_x_line(line: &str) -> bool {
    matches!(trim(line), "x" | "X" | "×")
}

/// The localised "additional search tools" line, tolerant of case, hyphens,
/// spacing and a letter or two of difference (`Zusatzliche Suchtools`).
pub fn is_search_tools(line: &str) -> bool {
    let line = trim(line);
    if line.is_empty() || line.chars().count() > 60 {
        return false;
    }
    let squashed = squash(line);
    SEARCH_TOOLS
        .iter()
        .any(|key| strsim::normalized_levenshtein(&squashed, key) >= 0.85)
}

/// Lowercase letters and digits only.
fn squash(line: &str) -> String {
    line.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Trims whitespace and the invisible characters.
pub fn trim(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || INVISIBLE.contains(&c))
}

/// Cuts numbered body lines into blocks at blank lines, dropping everything
/// from the search-tools line on and the trailing `x` lines.
pub fn blocks<'a>(lines: impl IntoIterator<Item = (usize, &'a str)>) -> Vec<Block> {
    let mut body: Vec<(usize, &str)> = lines
        .into_iter()
        .take_while(|(_, line)| !is_search_tools(line))
        .collect();
    while body
        .last()
        .is_some_and(|(_, line)| is_blank(line) || is_x_line(line))
    {
        body.pop();
    }
    let mut out: Vec<Block> = Vec::new();
    let mut open = false;
    for (number, line) in body {
        if is_blank(line) {
            open = false;
        } else if open && let Some(block) = out.last_mut() {
            block.text.push('\n');
            block.text.push_str(trim(line));
        } else {
            out.push(Block {
                line: number,
                text: trim(line).to_string(),
            });
            open = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(text: &str) -> Vec<(usize, &str)> {
        text.split('\n')
            .enumerate()
            .map(|(i, l)| (i + 1, l))
            .collect()
    }

    #[test]
    fn blank_like_lines() {
        assert!(is_blank("\u{a0}"));
        assert!(is_blank("  \u{a0} \u{200b}"));
        assert!(is_blank("  •"));
        assert!(!is_blank("x"));
        assert!(!is_blank("- 3 %"));
    }

    #[test]
    fn search_tools_in_five_languages_and_variants() {
        for line in [
            "Zusätzliche Such-Tools",
            "Additional search tools",
            "Herramientas de búsqueda adicionales",
            "Дополнительные инструменты поиска",
            "Outils de recherche supplémentaires",
            "  zusatzliche suchtools ",
            "ADDITIONAL SEARCH TOOL",
        ] {
            assert!(is_search_tools(line), "{line}");
        }
        assert!(!is_search_tools(
            "Additional funds for search and rescue tools"
        ));
        assert!(!is_search_tools("Search"));
    }

    #[test]
    fn blocks_keep_line_numbers_and_inner_breaks() {
        let text =
            "first\nstill first\n\u{a0}\n\nsecond\n\u{a0}\nx\nx\nAdditional search tools\nnav";
        let got = blocks(numbered(text));
        assert_eq!(
            got,
            vec![
                Block {
                    line: 1,
                    text: "first\nstill first".into()
                },
                Block {
                    line: 5,
                    text: "second".into()
                },
            ]
        );
    }

    #[test]
    fn x_inside_the_body_stays() {
        let got = blocks(numbered("a\n\nx\n\nb\nx\n"));
        assert_eq!(
            got.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(),
            ["a", "x", "b"]
        );
    }
}
