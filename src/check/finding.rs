//! The data a check produces: findings, their kinds and severities, and the report.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::{Error, Lang};

/// How much a finding matters. Ordered: `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A difference the evidence cannot prove to be a flaw (a quantity
    /// paraphrased or spelled out in one version only); listed only on
    /// request.
    Info,
    /// Worth a look; does not block publishing by default.
    Warning,
    /// Content is missing or wrong; blocks publishing by default.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` honours width and alignment, for the report's columns.
        f.pad(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

impl FromStr for Severity {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            _ => Err(Error::Invalid(format!(
                "unknown severity '{s}' (expected info, warning or error)"
            ))),
        }
    }
}

/// What a finding is about. Serialized in kebab-case (`missing-paragraph`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A file the parser could not read or parse.
    UnreadableFile,
    /// A language the release declares but the folder lacks.
    MissingVersion,
    /// A file for a language the release does not declare.
    UndeclaredVersion,
    /// A version whose text is in another language than it is filed as.
    WrongLanguage,
    /// Two files for the same release and language.
    DuplicateVersion,
    /// A version with no body text.
    EmptyVersion,
    /// A version far shorter than the others predict, its tail missing.
    TruncatedVersion,
    /// A version whose body repeats its own text (a page scraped twice into one).
    DuplicatedContent,
    /// A paragraph of the pivot with no counterpart in this version.
    MissingParagraph,
    /// A paragraph of this version with no counterpart in the pivot.
    ExtraParagraph,
    /// A sentence of the pivot with no counterpart in this version.
    MissingSentence,
    /// A sentence of this version with no counterpart in the pivot.
    ExtraSentence,
    /// A sentence this version places elsewhere than the pivot does (a note:
    /// nothing is lost).
    MovedSentence,
    /// A number stated in one version that its aligned counterpart lacks or states differently.
    NumberMismatch,
    /// Header dates or release-ID dates that disagree.
    DateMismatch,
}

impl Kind {
    /// Every kind, in report order.
    pub const ALL: [Kind; 15] = [
        Kind::UnreadableFile,
        Kind::MissingVersion,
        Kind::UndeclaredVersion,
        Kind::WrongLanguage,
        Kind::DuplicateVersion,
        Kind::EmptyVersion,
        Kind::TruncatedVersion,
        Kind::DuplicatedContent,
        Kind::MissingParagraph,
        Kind::ExtraParagraph,
        Kind::MissingSentence,
        Kind::ExtraSentence,
        Kind::MovedSentence,
        Kind::NumberMismatch,
        Kind::DateMismatch,
    ];

    /// The kebab-case name, as serialized.
    pub fn name(self) -> &'static str {
        match self {
            Kind::UnreadableFile => "unreadable-file",
            Kind::MissingVersion => "missing-version",
            Kind::UndeclaredVersion => "undeclared-version",
            Kind::WrongLanguage => "wrong-language",
            Kind::DuplicateVersion => "duplicate-version",
            Kind::EmptyVersion => "empty-version",
            Kind::TruncatedVersion => "truncated-version",
            Kind::DuplicatedContent => "duplicated-content",
            Kind::MissingParagraph => "missing-paragraph",
            Kind::ExtraParagraph => "extra-paragraph",
            Kind::MissingSentence => "missing-sentence",
            Kind::ExtraSentence => "extra-sentence",
            Kind::MovedSentence => "moved-sentence",
            Kind::NumberMismatch => "number-mismatch",
            Kind::DateMismatch => "date-mismatch",
        }
    }

    /// The default severity: errors are content readers of a version would
    /// miss or get wrong (missing text, wrong numbers, wrong language);
    /// warnings are bookkeeping (undeclared or duplicate files, header dates)
    /// and text a version has beyond the pivot, which may be deliberate;
    /// a sentence placed elsewhere is a note.
    pub fn severity(self) -> Severity {
        match self {
            Kind::MovedSentence => Severity::Info,
            Kind::UndeclaredVersion
            | Kind::DuplicateVersion
            | Kind::ExtraParagraph
            | Kind::ExtraSentence
            | Kind::DateMismatch => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl FromStr for Kind {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .into_iter()
            .find(|k| k.name() == s)
            .ok_or_else(|| Error::Invalid(format!("unknown finding kind '{s}'")))
    }
}

/// A place in a version: file, line and a short excerpt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The language of the version.
    pub lang: Lang,
    /// The file.
    pub path: PathBuf,
    /// 1-based line (0 when it concerns the whole file).
    pub line: usize,
    /// A short excerpt of the text there, if any.
    pub excerpt: Option<String>,
}

/// Longest excerpt, in characters, before it is cut with an ellipsis.
const MAX_CHARS: usize = 90;

/// `text` with runs of whitespace collapsed, cut at a word boundary near
/// [`MAX_CHARS`] characters.
pub(super) fn short(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for word in words {
        let len = out.chars().count() + word.chars().count() + 1;
        if len > MAX_CHARS && !out.is_empty() {
            out.push_str(" …");
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().take(MAX_CHARS));
    }
    out
}

/// A figure a finding names, as one version writes it (`1 520`,
/// `dreißig Jahre`, `14 марта 2021 г.`): what a reviewer's eye should land on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    /// The version that writes it.
    pub lang: Lang,
    /// The figure as written there, the aligner's quantity span of its sentence.
    pub written: String,
}

/// One problem found by the check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// What it is about.
    pub kind: Kind,
    /// How much it matters.
    pub severity: Severity,
    /// The release ID (`None` for a file that could not be read).
    pub release: Option<String>,
    /// The language(s) concerned, the faulty version first.
    pub langs: Vec<Lang>,
    /// The file the finding points at, if there is one.
    pub path: Option<PathBuf>,
    /// 1-based line in `path` (0 when it concerns the whole file).
    pub line: usize,
    /// A short excerpt of the text at `path:line`.
    pub excerpt: Option<String>,
    /// The corresponding place in the version compared with (usually the pivot).
    pub counterpart: Option<Place>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// The figures a number finding sets against each other, as each
    /// version writes them (empty for other kinds).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
}

impl Finding {
    /// A finding of `kind` at its default severity, with no place yet.
    pub fn new(kind: Kind, release: &str, langs: Vec<Lang>, message: impl Into<String>) -> Self {
        Finding {
            kind,
            severity: kind.severity(),
            release: Some(release.to_string()),
            langs,
            path: None,
            line: 0,
            excerpt: None,
            counterpart: None,
            message: message.into(),
            figures: Vec::new(),
        }
    }

    /// Adds a figure the finding names, as `lang` writes it (an empty
    /// `written` is skipped).
    pub fn naming(mut self, lang: Lang, written: impl Into<String>) -> Self {
        let written = written.into();
        if !written.is_empty() {
            self.figures.push(Figure { lang, written });
        }
        self
    }

    /// Sets the place the finding points at.
    pub fn at(mut self, path: impl Into<PathBuf>, line: usize, excerpt: Option<String>) -> Self {
        self.path = Some(path.into());
        self.line = line;
        self.excerpt = excerpt;
        self
    }

    /// Sets the counterpart place.
    pub fn against(mut self, place: Place) -> Self {
        self.counterpart = Some(place);
        self
    }

    /// Points the finding at `here`, set against the counterpart `there`.
    pub fn between(self, here: Place, there: Place) -> Self {
        self.at(here.path, here.line, here.excerpt).against(there)
    }

    /// The main language concerned, if any.
    pub fn lang(&self) -> Option<Lang> {
        self.langs.first().copied()
    }

    /// `path:line`, or the release ID when there is no file.
    pub fn location(&self) -> String {
        match (&self.path, self.line) {
            (Some(p), 0) => p.display().to_string(),
            (Some(p), line) => format!("{}:{line}", p.display()),
            (None, _) => self.release.clone().unwrap_or_default(),
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let langs: Vec<&str> = self.langs.iter().map(|l| l.code()).collect();
        write!(
            f,
            "{}: {}[{}] {}: {}",
            self.location(),
            self.severity,
            self.kind,
            langs.join(","),
            self.message
        )
    }
}

/// The state of one language version in the summary table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Present, no findings.
    Ok,
    /// Declared but absent.
    Missing,
    /// Its file is there but could not be read (see the unreadable-file finding).
    Unreadable,
    /// Present but written in another language.
    WrongLanguage,
    /// Present with no body text.
    Empty,
    /// Present but truncated.
    Truncated,
    /// Present with findings of other kinds.
    Findings,
    /// Neither declared nor present.
    Absent,
}

/// One cell of the summary table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionSummary {
    /// The state of the version.
    pub status: Status,
    /// The findings about this version.
    pub findings: usize,
    /// The language detected in the body, when it differs from the filed one.
    pub detected: Option<Lang>,
}

/// One row of the summary table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleaseSummary {
    /// The release ID.
    pub id: String,
    /// The release date (ISO), if known.
    pub date: Option<String>,
    /// The pivot used for this release, if any version could serve.
    pub pivot: Option<Lang>,
    /// The state of each checked language.
    pub versions: BTreeMap<Lang, VersionSummary>,
}

/// The outcome of a check: one summary row per release, then the findings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The pivot language chosen for the archive.
    pub pivot: Option<Lang>,
    /// The languages shown in the summary.
    pub langs: Vec<Lang>,
    /// One row per release, sorted by ID.
    pub releases: Vec<ReleaseSummary>,
    /// The findings, grouped by release (in release order), unreadable files first.
    pub findings: Vec<Finding>,
    /// Findings below the configured least severity, counted but not listed.
    #[serde(default)]
    pub hidden: usize,
}

impl Report {
    /// The most severe finding's severity, `None` when there are no findings.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// Number of findings at `severity` or above.
    pub fn count_at_least(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity >= severity)
            .count()
    }

    /// The findings about release `id`.
    pub fn findings_for<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Finding> {
        self.findings
            .iter()
            .filter(move |f| f.release.as_deref() == Some(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_collapses_space_and_cuts_at_words() {
        assert_eq!(short("  a \n b  "), "a b");
        let long = "word ".repeat(40);
        let cut = short(&long);
        assert!(
            cut.ends_with(" …") && cut.chars().count() <= MAX_CHARS + 2,
            "{cut}"
        );
    }

    #[test]
    fn kinds_serialize_in_kebab_case_and_parse_back() {
        for kind in Kind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.name()));
            assert_eq!(kind.name().parse::<Kind>().unwrap(), kind);
            assert_eq!(kind.to_string(), kind.name());
        }
        assert!("missing".parse::<Kind>().is_err());
    }

    #[test]
    fn severities_are_ordered() {
        assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
        assert_eq!("info".parse::<Severity>().unwrap(), Severity::Info);
        assert_eq!(Kind::MissingParagraph.severity(), Severity::Error);
        assert_eq!(Kind::DuplicateVersion.severity(), Severity::Warning);
    }

    #[test]
    fn display_names_place_kind_and_langs() {
        let f = Finding::new(
            Kind::NumberMismatch,
            "1-01-01-2020",
            vec![Lang::Fr, Lang::De],
            "x",
        )
        .at("a/b.fr.txt", 7, None);
        assert_eq!(
            f.to_string(),
            "a/b.fr.txt:7: error[number-mismatch] fr,de: x"
        );
    }

    #[test]
    fn report_counts_by_severity() {
        let mut report = Report::default();
        assert_eq!(report.worst(), None);
        report.findings.push(Finding::new(
            Kind::DuplicateVersion,
            "r",
            vec![Lang::De],
            "d",
        ));
        assert_eq!(report.worst(), Some(Severity::Warning));
        assert_eq!(report.count_at_least(Severity::Error), 0);
        assert_eq!(report.count_at_least(Severity::Warning), 1);
    }
}
