//! Where a corpus goes, opened before any work so a bad path fails early.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::Format;
use crate::{Error, Result};

/// An output checked for writability: standard output, a created file, or a
/// created directory (for formats writing several files).
#[derive(Debug)]
pub enum Output {
    /// Standard output (`-`).
    Stdout,
    /// A file, already created (truncated).
    File {
        /// Its path.
        path: PathBuf,
        /// The open file.
        file: File,
    },
    /// A directory that exists and accepts new files.
    Dir(PathBuf),
}

impl Output {
    /// Opens `path` for `format`: creates the file (or the directory, and checks a
    /// file can be created in it); `-` means standard output for single-file formats.
    pub fn prepare(path: &Path, format: Format) -> Result<Output> {
        let stdout = path.as_os_str() == "-";
        match (format.is_directory(), stdout) {
            (true, true) => Err(Error::Invalid(format!(
                "the {format} format writes a directory of files; give -o DIR, not -"
            ))),
            (true, false) => prepare_dir(path).map(Output::Dir),
            (false, true) => Ok(Output::Stdout),
            (false, false) => create_file(path).map(|file| Output::File {
                path: path.to_path_buf(),
                file,
            }),
        }
    }

    /// The buffered writer of a single-file output, and the path naming it in errors.
    pub(crate) fn into_writer(self) -> Result<(PathBuf, Box<dyn Write>)> {
        const CAPACITY: usize = 1 << 16;
        match self {
            Output::Stdout => Ok((
                PathBuf::from("<stdout>"),
                Box::new(BufWriter::with_capacity(CAPACITY, io::stdout())),
            )),
            Output::File { path, file } => {
                Ok((path, Box::new(BufWriter::with_capacity(CAPACITY, file))))
            }
            Output::Dir(path) => Err(Error::Invalid(format!(
                "{}: expected a file, got a directory",
                path.display()
            ))),
        }
    }

    /// The directory of a directory output.
    pub(crate) fn into_dir(self) -> Result<PathBuf> {
        match self {
            Output::Dir(path) => Ok(path),
            _ => Err(Error::Invalid("this format writes a directory".into())),
        }
    }
}

/// Creates `path`, and its missing parent folders, as a user of `-o out/x.json` expects.
fn create_file(path: &Path) -> Result<File> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    File::create(path).map_err(|e| Error::io(path, e))
}

fn prepare_dir(path: &Path) -> Result<PathBuf> {
    fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
    let probe = path.join(".paralign-write-check");
    File::create(&probe).map_err(|e| Error::io(path, e))?;
    fs::remove_file(&probe).map_err(|e| Error::io(&probe, e))?;
    Ok(path.to_path_buf())
}

/// Attaches `path` to an I/O error.
pub(crate) fn at(path: &Path) -> impl Fn(io::Error) -> Error + '_ {
    move |e| Error::io(path, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unwritable_paths_fail_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        fs::write(&file, "x").unwrap();
        let blocked = file.join("dir/out.json");
        let err = Output::prepare(&blocked, Format::TmxJson).unwrap_err();
        assert!(err.to_string().contains("f/dir"), "{err}");
        let err = Output::prepare(&file.join("sub"), Format::Moses).unwrap_err();
        assert!(err.to_string().contains("f/sub"), "{err}");
    }

    #[test]
    fn missing_parent_folders_are_created() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a/b/out.json");
        assert!(matches!(
            Output::prepare(&nested, Format::TmxJson),
            Ok(Output::File { .. })
        ));
        assert!(nested.is_file());
    }

    #[test]
    fn moses_needs_a_directory_not_stdout() {
        let err = Output::prepare(Path::new("-"), Format::Moses).unwrap_err();
        assert!(err.to_string().contains("-o DIR"), "{err}");
        assert!(matches!(
            Output::prepare(Path::new("-"), Format::Tsv),
            Ok(Output::Stdout)
        ));
    }
}
