//! Where a corpus goes: checked before any work, created only once the input
//! has been read, written beside the target and renamed into place when
//! complete (see [`super::staged`]).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Component, Path, PathBuf};

use super::Format;
use super::staged::Pending;
use crate::{Error, Result};

/// Where an export goes: standard output, a file, or a folder (for formats
/// writing several files). Preparing one creates nothing.
#[derive(Debug)]
pub enum Output {
    /// Standard output (`-`).
    Stdout,
    /// A file, replaced only when the export completes.
    File(PathBuf),
    /// A folder, created if missing; its files are replaced together.
    Dir(PathBuf),
}

/// A single-file output open for writing: the path naming it in errors, the
/// buffered writer, and the temporary file to commit (none for standard output).
pub(crate) struct Sink {
    pub path: PathBuf,
    pub out: Box<dyn Write>,
    pub pending: Pending,
}

impl Output {
    /// Checks `path` can take `format` without creating anything: `-` means
    /// standard output for single-file formats; a file format refuses an
    /// existing folder, a folder format an existing file, and the nearest
    /// existing ancestor must be a folder.
    pub fn prepare(path: &Path, format: Format) -> Result<Output> {
        let stdout = path.as_os_str() == "-";
        match (format.is_directory(), stdout) {
            (true, true) => Err(Error::Invalid(format!(
                "the {format} format writes a directory of files; give -o DIR, not -"
            ))),
            (false, true) => Ok(Output::Stdout),
            (true, false) if path.exists() && !path.is_dir() => Err(Error::Invalid(format!(
                "{}: the {format} format writes a folder, and this is a file",
                path.display()
            ))),
            (true, false) => {
                check_ancestors(path)?;
                Ok(Output::Dir(path.to_path_buf()))
            }
            (false, false) => {
                check_file_target(path)?;
                Ok(Output::File(path.to_path_buf()))
            }
        }
    }

    /// Refuses an output that is one of `inputs` or lies inside one: written
    /// there it would destroy an input, or be read back as one next time.
    pub fn refuse_inputs(&self, inputs: &[&Path]) -> Result<()> {
        match self {
            Output::Stdout => Ok(()),
            Output::File(path) | Output::Dir(path) => refuse_inputs(path, inputs),
        }
    }

    /// The open writer of a single-file output.
    pub(crate) fn into_sink(self) -> Result<Sink> {
        const CAPACITY: usize = 1 << 16;
        match self {
            Output::Stdout => Ok(Sink {
                path: PathBuf::from("<stdout>"),
                out: Box::new(BufWriter::with_capacity(CAPACITY, io::stdout())),
                pending: Pending::default(),
            }),
            Output::File(path) => {
                let mut pending = Pending::default();
                let file: File = pending.create(&path)?;
                Ok(Sink {
                    path,
                    out: Box::new(BufWriter::with_capacity(CAPACITY, file)),
                    pending,
                })
            }
            Output::Dir(path) => Err(Error::Invalid(format!(
                "{}: expected a file, got a directory",
                path.display()
            ))),
        }
    }

    /// The folder of a folder output.
    pub(crate) fn into_dir(self) -> Result<PathBuf> {
        match self {
            Output::Dir(path) => Ok(path),
            _ => Err(Error::Invalid("this format writes a directory".into())),
        }
    }
}

/// Checks, creating nothing, that a file could be written at `path`: it is not
/// a folder, and its nearest existing ancestor is one.
pub fn check_file_target(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(Error::Invalid(format!(
            "{}: is a folder, not a file",
            path.display()
        )));
    }
    check_ancestors(path)
}

/// The nearest existing ancestor of `path` must be a folder, or nothing could
/// be created there; said now rather than after the work.
fn check_ancestors(path: &Path) -> Result<()> {
    let existing = path
        .ancestors()
        .skip(1)
        .find(|a| a.as_os_str().is_empty() || a.exists());
    match existing {
        Some(a) if !a.as_os_str().is_empty() && !a.is_dir() => Err(Error::Invalid(format!(
            "{}: cannot be created, {} is not a folder",
            path.display(),
            a.display()
        ))),
        _ => Ok(()),
    }
}

/// See [`Output::refuse_inputs`]; paths are compared once made absolute with
/// links resolved, so `./c/../c/x` and a link to `c` are caught too.
pub fn refuse_inputs(output: &Path, inputs: &[&Path]) -> Result<()> {
    let out = resolve(output);
    for input in inputs {
        let Ok(inp) = input.canonicalize() else {
            continue; // a missing input fails when it is read
        };
        let why = match (inp.is_dir(), out == inp) {
            (false, true) => "is the input file",
            (true, true) => "is the input folder",
            (true, false) if out.starts_with(&inp) => "lies inside the input folder",
            _ => continue,
        };
        return Err(Error::Invalid(format!(
            "the output {} {why} {}: writing there would destroy an input or be read \
             back as one next time; choose a path outside it",
            output.display(),
            input.display(),
        )));
    }
    Ok(())
}

/// `path` made absolute: its nearest existing ancestor canonicalised, and the
/// rest appended as written.
fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut rest = Vec::new();
    let mut base = absolute.as_path();
    loop {
        if let Ok(real) = base.canonicalize() {
            let mut out = real;
            for c in rest.iter().rev() {
                match c {
                    Component::ParentDir => {
                        out.pop();
                    }
                    Component::CurDir => {}
                    c => out.push(c),
                }
            }
            return out;
        }
        match (base.parent(), base.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                base = parent;
            }
            _ => return absolute,
        }
    }
}

/// Attaches `path` to an I/O error.
pub(crate) fn at(path: &Path) -> impl Fn(io::Error) -> Error + '_ {
    move |e| Error::io(path, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn unwritable_paths_fail_naming_the_path_and_create_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        fs::write(&file, "x").unwrap();
        let blocked = file.join("dir/out.json");
        let err = Output::prepare(&blocked, Format::TmxJson).unwrap_err();
        assert!(err.to_string().contains("f/dir"), "{err}");
        let err = Output::prepare(&file, Format::Moses).unwrap_err();
        assert!(err.to_string().contains("is a file"), "{err}");
        let err = Output::prepare(dir.path(), Format::Tsv).unwrap_err();
        assert!(err.to_string().contains("is a folder, not a file"), "{err}");
        let nested = dir.path().join("a/b/out.json");
        assert!(matches!(
            Output::prepare(&nested, Format::TmxJson),
            Ok(Output::File(_))
        ));
        assert!(!dir.path().join("a").exists());
    }

    #[test]
    fn an_existing_file_changes_only_when_the_sink_finishes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        fs::write(&path, "an older corpus").unwrap();
        let mut sink = Output::prepare(&path, Format::TmxJson)
            .unwrap()
            .into_sink()
            .unwrap();
        sink.out.write_all(b"new").unwrap();
        sink.out.flush().unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "an older corpus");
        sink.pending.commit().unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
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

    #[test]
    fn an_output_on_or_inside_an_input_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("corpus");
        fs::create_dir_all(input.join("01")).unwrap();
        let page = input.join("01/a.de.txt");
        fs::write(&page, "x").unwrap();
        let inputs = [input.as_path()];
        for bad in [
            page.clone(),
            input.clone(),
            input.join("new/out.json"),
            input.join("01/../01/../x.json"),
        ] {
            let err = refuse_inputs(&bad, &inputs).unwrap_err().to_string();
            assert!(err.contains("input"), "{bad:?}: {err}");
        }
        assert!(refuse_inputs(&dir.path().join("out.json"), &inputs).is_ok());
        assert!(refuse_inputs(&input.join("../out.json"), &inputs).is_ok());
        let file_inputs = [page.as_path()];
        let err = refuse_inputs(&input.join("./01/a.de.txt"), &file_inputs).unwrap_err();
        assert!(err.to_string().contains("is the input file"), "{err}");
        assert!(refuse_inputs(&input.join("01/b.txt"), &file_inputs).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_the_input_folder_is_seen_through() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("corpus");
        fs::create_dir(&input).unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&input, &link).unwrap();
        assert!(refuse_inputs(&link.join("out.json"), &[input.as_path()]).is_err());
    }
}
