//! hunalign's dictionary format: one entry a line, `target @ source`, each
//! side one or more words (Varga et al. 2005, the `hu-en.dic` shipped with
//! hunalign).

use std::path::Path;

use super::single_word;
use crate::Error;

/// Passes the (source, target) one-word entries of the file at `path` to
/// `add`; lines without ` @ ` are a parse error, multi-word entries are
/// skipped.
pub(super) fn read(path: &Path, add: &mut dyn FnMut(&str, &str)) -> Result<(), Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    for (k, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Some((tgt, src)) = line.split_once(" @ ") else {
            return Err(Error::Parse {
                path: path.to_path_buf(),
                line: k + 1,
                message: "expected 'target @ source'".into(),
            });
        };
        if let (Some(s), Some(t)) = (single_word(src), single_word(tgt)) {
            add(s, t);
        }
    }
    Ok(())
}
