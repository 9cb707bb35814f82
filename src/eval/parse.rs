//! Reading bead files: one bead per line, `[i, j]:[k]` with 0-based indices,
//! optionally followed by `:score` (the output of `paralign align-lines`).
//! Blank lines are ignored; anything else that does not parse is an error
//! naming the file and the 1-based line.

use std::path::Path;

use super::Link;
use crate::{Error, Result};

/// Parses the text of a bead file; `path` is only used in error messages.
pub fn parse_beads(text: &str, path: &Path) -> Result<Vec<Link>> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(k, line)| parse_line(line.trim()).map_err(|msg| Error::parse(path, k + 1, msg)))
        .collect()
}

/// Reads and parses a bead file.
pub fn read_beads(path: &Path) -> Result<Vec<Link>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        Error::InvalidUtf8 {
            path: path.to_path_buf(),
            line,
            offset,
        }
    })?;
    parse_beads(&text, path)
}

fn parse_line(line: &str) -> std::result::Result<Link, String> {
    let (src, rest) = list(line).ok_or_else(|| expected(line))?;
    let rest = rest.strip_prefix(':').ok_or_else(|| expected(line))?;
    let (tgt, rest) = list(rest).ok_or_else(|| expected(line))?;
    if let Some(score) = rest.strip_prefix(':') {
        score
            .trim()
            .parse::<f64>()
            .map_err(|_| format!("bad score '{}' in '{line}'", score.trim()))?;
    } else if !rest.trim().is_empty() {
        return Err(expected(line));
    }
    // Gold files may hold gapped beads (Text+Berg has `[250]:[291, 293, 294]`),
    // so the indices are taken as a set, not checked for contiguity.
    Ok(Link { src, tgt })
}

fn expected(line: &str) -> String {
    format!("expected a bead like '[0, 1]:[2]' or '[0]:[1]:0.9', found '{line}'")
}

/// Parses `[1, 2]` at the start of `text`; returns the indices and the rest.
fn list(text: &str) -> Option<(Vec<usize>, &str)> {
    let body = text.trim_start().strip_prefix('[')?;
    let close = body.find(']')?;
    let inner = body[..close].trim();
    let indices = if inner.is_empty() {
        Vec::new()
    } else {
        inner
            .split(',')
            .map(|n| n.trim().parse().ok())
            .collect::<Option<Vec<usize>>>()?
    };
    Some((indices, &body[close + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> std::result::Result<Link, String> {
        parse_line(line)
    }

    #[test]
    fn parses_gold_and_scored_lines() {
        let l = one("[6, 7]:[9, 10]").unwrap();
        assert_eq!((l.src, l.tgt), (vec![6, 7], vec![9, 10]));
        let l = one("[]:[22]:0.25").unwrap();
        assert!(l.src.is_empty() && l.tgt == [22]);
        assert_eq!(one("[3]:[]").unwrap().tgt, Vec::<usize>::new());
    }

    #[test]
    fn rejects_malformed_lines() {
        for bad in [
            "[1:[2]",
            "[1]-[2]",
            "[a]:[2]",
            "[1]:[2]:x",
            "[1]:[2] junk",
            "[1,]:[2]",
        ] {
            assert!(one(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = parse_beads("[0]:[0]\n\n[1]:[x]\n", Path::new("gold.txt")).unwrap_err();
        assert!(err.to_string().starts_with("gold.txt:3:"), "{err}");
    }
}
