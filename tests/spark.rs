//! scripts/spark_align.py in Spark's local mode: its corpus equals a folder
//! run's. Skips, saying why, when `pyspark` or a Java runtime is missing
//! (`pip install pyspark`; Debian: `apt-get install default-jre-headless`).

mod pud5;

use std::fs;
use std::path::Path;
use std::process::Command;

fn available(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs the Spark job and a folder run on `archive` with `flags`, and
/// asserts they write the same units.
fn assert_spark_equals_folder(archive: &Path, flags: &[&str]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let binary = assert_cmd::cargo::cargo_bin("paralign");
    let out = tempfile::tempdir().unwrap();
    let parts = out.path().join("units");
    let run = Command::new("python3")
        .arg(root.join("scripts/spark_align.py"))
        .arg(archive)
        .arg(&parts)
        .arg("--binary")
        .arg(&binary)
        .args(["--master", "local[2]"])
        .args(flags)
        .current_dir(root)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "spark_align.py failed:\n{stderr}");
    let mut names: Vec<_> = fs::read_dir(&parts)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("part-")
        })
        .collect();
    names.sort();
    let spark: Vec<u8> = names.iter().flat_map(|p| fs::read(p).unwrap()).collect();
    let folder = Command::new(&binary)
        .arg("align")
        .arg(archive)
        .args(["--format", "jsonl", "-o", "-"])
        .args(flags)
        .current_dir(root)
        .output()
        .unwrap();
    assert!(folder.status.success());
    assert!(!folder.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&spark),
        String::from_utf8_lossy(&folder.stdout),
        "{}",
        archive.display()
    );
}

/// On `corpus/`, and on an archive of 150 releases and 20 empty pages:
/// more than two of the blocks of 64 over which a folder run measures each
/// language's expected length, which the job must gather the same way (one
/// release a line gives other units there, and so do pages of no release
/// counted in a block). Without `--pivot`, every block ranks the pivot
/// candidates by the whole archive's counts, as the folder run does.
#[test]
fn the_spark_job_writes_what_a_folder_run_writes() {
    if !available("java", &["-version"]) {
        eprintln!("skipped: no Java runtime (Debian: apt-get install default-jre-headless)");
        return;
    }
    if !available("python3", &["-c", "import pyspark"]) {
        eprintln!("skipped: pyspark is not installed (pip install pyspark)");
        return;
    }
    // By default both learn the archive lexicon in a first pass (the Spark
    // job in a pass of its own over every block) and align with it.
    assert_spark_equals_folder(Path::new("corpus"), &[]);
    assert_spark_equals_folder(Path::new("corpus"), &["--no-archive-lexicon"]);
    if Path::new("/usr/share/dictd/freedict-deu-fra.index").exists() {
        // Both passes read the installed dictionaries (on this one node).
        let flags = ["--installed-dicts", "--langs", "de,fr"];
        assert_spark_equals_folder(Path::new("corpus"), &flags);
    }
    // Hadoop's listing skips names that start with a dot, as tempdir's do.
    let synth = tempfile::Builder::new().prefix("synth").tempdir().unwrap();
    let made = Command::new(assert_cmd::cargo::cargo_bin("paralign"))
        .args(["synth", "--releases", "150", "-q", "-o"])
        .arg(synth.path())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(made.status.success());
    // Pages that belong to no release (empty files) count in no block.
    for k in 0..20 {
        let broken = synth.path().join(format!("0000/empty-{k:02}.de.txt"));
        fs::write(&broken, "").unwrap();
    }
    assert_spark_equals_folder(synth.path(), &[]);
    // PUD releases with planted flaws: cut pages, whose alignment reads the
    // block's expected lengths, and releases without the pivot language,
    // aligned against the next one the whole archive ranks.
    if let Some(pud) = pud5::load(&pud5::default_dir()) {
        let archive = pud5::build::build(&pud, &pud5::build::Spec::default());
        let dir = tempfile::Builder::new().prefix("pud").tempdir().unwrap();
        pud5::build::write(&archive, dir.path()).unwrap();
        assert_spark_equals_folder(dir.path(), &[]);
    }
}
