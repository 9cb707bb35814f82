//! An external merge sort of serialisable records: sorted runs of a bounded
//! size spilled to temporary files as JSON lines, then a k-way merge
//! (Knuth, TAOCP vol. 3, §5.4.1). The index of a large archive sorts its
//! pages by release ID this way, so memory holds one run, not the archive.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Seek, Write};

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Records held in memory before a run is spilled: a few megabytes of pages.
pub const RUN_RECORDS: usize = 4096;

/// Runs merged at once; more are first merged into one, so the number of
/// open files stays bounded however large the archive.
const MAX_RUNS: usize = 64;

/// Collects records, spilling sorted runs to temporary files.
pub struct Sorter<T> {
    buffer: Vec<T>,
    runs: Vec<File>,
    run_records: usize,
}

impl<T: Ord + Serialize + DeserializeOwned + 'static> Sorter<T> {
    /// An empty sorter spilling every `run_records` records (at least 1).
    pub fn new(run_records: usize) -> Self {
        Sorter {
            buffer: Vec::new(),
            runs: Vec::new(),
            run_records: run_records.max(1),
        }
    }

    /// Adds a record.
    pub fn push(&mut self, record: T) -> io::Result<()> {
        self.buffer.push(record);
        if self.buffer.len() >= self.run_records {
            self.spill()?;
        }
        Ok(())
    }

    fn spill(&mut self) -> io::Result<()> {
        let mut run = std::mem::take(&mut self.buffer);
        run.sort_unstable();
        self.runs.push(write_run(run.into_iter().map(Ok))?);
        if self.runs.len() >= MAX_RUNS {
            let merged = merge::<T>(std::mem::take(&mut self.runs), Vec::new())?;
            self.runs.push(write_run(merged)?);
        }
        Ok(())
    }

    /// Every record pushed, in order.
    pub fn finish(mut self) -> io::Result<impl Iterator<Item = io::Result<T>>> {
        self.buffer.sort_unstable();
        merge(self.runs, self.buffer)
    }
}

fn write_run(records: impl Iterator<Item = io::Result<impl Serialize>>) -> io::Result<File> {
    let mut out = BufWriter::new(tempfile::tempfile()?);
    for record in records {
        serde_json::to_writer(&mut out, &record?)?;
        out.write_all(b"\n")?;
    }
    let mut file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    file.rewind()?;
    Ok(file)
}

/// One run being read back, one record ahead.
struct Run<T> {
    lines: Box<dyn Iterator<Item = io::Result<T>>>,
}

fn read_run<T: DeserializeOwned + 'static>(file: File) -> Run<T> {
    let lines = BufReader::new(file).lines().map(|line| {
        let line = line?;
        serde_json::from_str(&line).map_err(io::Error::from)
    });
    Run {
        lines: Box::new(lines),
    }
}

/// The k-way merge of `runs` (each sorted) and `rest` (sorted, in memory).
fn merge<T: Ord + DeserializeOwned + 'static>(
    runs: Vec<File>,
    rest: Vec<T>,
) -> io::Result<impl Iterator<Item = io::Result<T>>> {
    let mut sources: Vec<Run<T>> = runs.into_iter().map(read_run).collect();
    sources.push(Run {
        lines: Box::new(rest.into_iter().map(Ok)),
    });
    // The heap holds the next record of every source.
    let mut heap = BinaryHeap::new();
    for (i, source) in sources.iter_mut().enumerate() {
        if let Some(record) = source.lines.next() {
            heap.push(Reverse((record?, i)));
        }
    }
    let mut failed = false;
    Ok(std::iter::from_fn(move || {
        if failed {
            return None;
        }
        let Reverse((record, i)) = heap.pop()?;
        match sources[i].lines.next() {
            Some(Ok(next)) => heap.push(Reverse((next, i))),
            Some(Err(e)) => {
                failed = true;
                return Some(Err(e));
            }
            None => {}
        }
        Some(Ok(record))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(values: &[u32], run: usize) -> Vec<u32> {
        let mut sorter = Sorter::new(run);
        for &v in values {
            sorter.push(v).unwrap();
        }
        sorter.finish().unwrap().map(Result::unwrap).collect()
    }

    #[test]
    fn sorts_across_runs_and_merges_of_merges() {
        let values: Vec<u32> = (0..1000u32).map(|i| (i * 7919) % 1009).collect();
        let mut expected = values.clone();
        expected.sort_unstable();
        for run in [1, 3, 4096] {
            assert_eq!(sorted(&values, run), expected, "run of {run}");
        }
        assert!(sorted(&[], 2).is_empty());
    }
}
