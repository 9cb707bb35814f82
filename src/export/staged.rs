//! Files written beside their targets and renamed into place only when complete,
//! so an existing output is never left half-written.
//!
//! A [`Pending`] set of files is created after the input has been read, filled,
//! then moved into place by [`Pending::commit`] (all its files under one lock, so
//! the Moses pairs of a folder change together). Dropped uncommitted — an error, a
//! panic, an empty run — it removes its temporary files and the folders it
//! created. A target that exists and is not a regular file (`/dev/null`, a
//! named pipe, a terminal) is opened and written directly: renaming a file
//! over it would replace the device for every other program on the machine. Every temporary file is also listed in a process-wide register, so
//! that a signal handler can remove them with [`abandon_all`] before the process
//! exits: the library installs no handler itself.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use tempfile::TempPath;

use crate::{Error, Result};

/// Temporary files and created folders of every uncommitted [`Pending`], in the
/// order they were made.
static REGISTER: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The register, even when a panicking thread held it (a list of paths cannot
/// be left inconsistent by a panic between two pushes).
fn register() -> MutexGuard<'static, Vec<PathBuf>> {
    REGISTER.lock().unwrap_or_else(|e| e.into_inner())
}

/// Removes every temporary file and created folder of the uncommitted outputs,
/// then calls `exit` while still holding the register, so no other thread can
/// start or commit a file in between. Meant for a SIGINT or SIGTERM handler,
/// whose `exit` ends the process.
pub fn abandon_all<T>(exit: impl FnOnce() -> T) -> T {
    let mut paths = register();
    remove_all(&mut paths);
    exit()
}

/// Removes `paths`, newest first: files before the folders holding them.
fn remove_all(paths: &mut Vec<PathBuf>) {
    while let Some(path) = paths.pop() {
        if fs::remove_file(&path).is_err() {
            let _ = fs::remove_dir(&path);
        }
    }
}

/// One temporary file and the target it becomes.
#[derive(Debug)]
struct Staged {
    temp: TempPath,
    target: PathBuf,
}

/// Whether `target` exists and is something other than a regular file or a
/// folder: a device, a named pipe or a socket, written in place.
fn is_special(target: &Path) -> bool {
    fs::metadata(target).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Output files being written, moved into place together by [`Pending::commit`].
#[derive(Debug, Default)]
pub struct Pending {
    files: Vec<Staged>,
    /// Folders created for the targets, outermost first, removed again (when
    /// still empty) if the output is abandoned.
    dirs: Vec<PathBuf>,
}

impl Pending {
    /// Creates `dir` and its missing parents, remembering which were new.
    pub fn create_dir(&mut self, dir: &Path) -> Result<()> {
        let missing: Vec<PathBuf> = dir
            .ancestors()
            .filter(|a| !a.as_os_str().is_empty())
            .take_while(|a| !a.exists())
            .map(Path::to_path_buf)
            .collect();
        let mut reg = register();
        for d in missing.into_iter().rev() {
            fs::create_dir(&d).map_err(|e| Error::io(&d, e))?;
            reg.push(d.clone());
            self.dirs.push(d);
        }
        Ok(())
    }

    /// Creates a temporary file beside `target` (in its folder, created if
    /// missing) and returns it open for writing. A `target` that is a link is
    /// followed, so the link stays and the file it names is replaced. A device
    /// or named pipe is opened as it is and written directly (nothing to
    /// commit).
    pub fn create(&mut self, target: &Path) -> Result<File> {
        if is_special(target) {
            return fs::OpenOptions::new()
                .write(true)
                .open(target)
                .map_err(|e| Error::io(target, e));
        }
        let followed = target
            .is_symlink()
            .then(|| target.canonicalize().ok())
            .flatten();
        let target = followed.as_deref().unwrap_or(target);
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        self.create_dir(dir)?;
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".partial");
        // The mode `File::create` uses (the umask applies): an output is
        // meant to be read like any other file, not only by its writer.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o666));
        }
        // Created and registered under one lock: a signal in between would
        // otherwise leave a file nobody knows of.
        let mut reg = register();
        let (file, temp) = builder
            .tempfile_in(dir)
            .map_err(|e| Error::io(dir, e))?
            .into_parts();
        reg.push(temp.to_path_buf());
        self.files.push(Staged {
            temp,
            target: target.to_path_buf(),
        });
        Ok(file)
    }

    /// Syncs every file to disk and renames each over its target. The register
    /// is held meanwhile, so a signal waits until all files are in place.
    pub fn commit(&mut self) -> Result<()> {
        for staged in &self.files {
            let path: &Path = &staged.temp;
            File::open(path)
                .and_then(|f| f.sync_all())
                .map_err(|e| Error::io(path, e))?;
        }
        let mut reg = register();
        for staged in self.files.drain(..) {
            let temp = staged.temp.to_path_buf();
            reg.retain(|p| *p != temp);
            staged
                .temp
                .persist(&staged.target)
                .map_err(|e| Error::io(&staged.target, e.error))?;
        }
        reg.retain(|p| !self.dirs.contains(p));
        self.dirs.clear();
        Ok(())
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        let mut reg = register();
        let mut mine: Vec<PathBuf> = self.dirs.drain(..).collect();
        for staged in self.files.drain(..) {
            mine.push(staged.temp.to_path_buf());
            // Dropping the `TempPath` removes the file.
        }
        reg.retain(|p| !mine.contains(p));
        remove_all(&mut mine);
    }
}

/// Writes `bytes` to `target` through a temporary file, renamed when complete.
pub fn write_atomically(target: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut pending = Pending::default();
    let mut file = pending.create(target)?;
    file.write_all(bytes)
        .and_then(|()| file.flush())
        .map_err(|e| Error::io(target, e))?;
    pending.commit()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_committed_file_replaces_its_target_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        fs::write(&target, "old").unwrap();
        let mut pending = Pending::default();
        let mut file = pending.create(&target).unwrap();
        file.write_all(b"new").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(names(dir.path()).len(), 2, "the temporary file sits beside");
        pending.commit().unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(names(dir.path()), ["out.json"]);
    }

    #[test]
    fn an_abandoned_output_leaves_the_old_file_and_no_new_folder() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        fs::write(&target, "old").unwrap();
        {
            let mut pending = Pending::default();
            pending.create(&target).unwrap().write_all(b"x").unwrap();
            pending.create(&dir.path().join("a/b/c.txt")).unwrap();
            assert!(dir.path().join("a/b").is_dir());
        }
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(names(dir.path()), ["out.json"]);
        assert!(register().iter().all(|p| !p.starts_with(dir.path())));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_followed_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        let link = dir.path().join("link.json");
        fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(link.is_symlink());
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
    }

    /// A named pipe stands for `/dev/null` and other devices: renamed over,
    /// it would stop being one (as root, `-o /dev/null` replaced the
    /// machine's `/dev/null` with a regular file).
    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_written_in_place_not_replaced() {
        use std::io::Read;
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipping: mkfifo is unavailable");
            return;
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                let mut text = String::new();
                File::open(&fifo)
                    .unwrap()
                    .read_to_string(&mut text)
                    .unwrap();
                text
            })
        };
        write_atomically(&fifo, b"through the pipe").unwrap();
        // Checked before joining: had the pipe been replaced, the reader
        // would wait for a writer forever.
        assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
        assert_eq!(reader.join().unwrap(), "through the pipe");
        assert_eq!(names(dir.path()), ["pipe"], "no temporary file left");
    }

    #[test]
    fn write_atomically_creates_missing_folders() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("x/page.html");
        write_atomically(&target, b"<html>").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "<html>");
        assert_eq!(names(&dir.path().join("x")), ["page.html"]);
    }
}
