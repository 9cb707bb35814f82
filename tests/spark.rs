//! scripts/spark_align.py in Spark's local mode: its corpus equals a folder
//! run's. Skips, saying why, when `pyspark` or a Java runtime is missing
//! (`pip install pyspark`; Debian: `apt-get install default-jre-headless`).

use std::fs;
use std::path::Path;
use std::process::Command;

fn available(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

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
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let binary = assert_cmd::cargo::cargo_bin("paralign");
    let out = tempfile::tempdir().unwrap();
    let parts = out.path().join("units");
    let run = Command::new("python3")
        .arg(root.join("scripts/spark_align.py"))
        .arg("corpus")
        .arg(&parts)
        .arg("--binary")
        .arg(&binary)
        .args(["--master", "local[2]"])
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
        .args(["align", "corpus", "--format", "jsonl", "-o", "-"])
        .current_dir(root)
        .output()
        .unwrap();
    assert!(folder.status.success());
    assert!(!folder.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&spark),
        String::from_utf8_lossy(&folder.stdout)
    );
}
