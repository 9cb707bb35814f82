//! The one error type of the library.

use std::io;
use std::path::PathBuf;

/// Everything that can go wrong in the library. Messages name the file and,
/// where it applies, the line.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder involved.
        path: PathBuf,
        /// The underlying I/O error.
        source: io::Error,
    },
    /// Bytes that are not valid UTF-8.
    #[error("{}:{line}: invalid UTF-8 at byte offset {offset}", path.display())]
    InvalidUtf8 {
        /// The file involved (`-` for standard input).
        path: PathBuf,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 0-based byte offset of the first invalid byte.
        offset: usize,
    },
    /// A file whose content does not have the expected shape.
    #[error("{}:{line}: {message}", path.display())]
    Parse {
        /// The file involved.
        path: PathBuf,
        /// 1-based line (0 when the problem concerns the whole file).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A language code paralign does not know.
    #[error("unknown language '{0}' (supported: de, en, es, ru, fr)")]
    UnknownLang(String),
    /// An option or argument value that cannot be used.
    #[error("{0}")]
    Invalid(String),
}

impl Error {
    /// Builds an [`Error::Io`] for `path`.
    pub fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// Builds an [`Error::Parse`] for `path` at `line`.
    pub fn parse(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Error::Parse {
            path: path.into(),
            line,
            message: message.into(),
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
