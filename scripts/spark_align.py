#!/usr/bin/env python3
"""Align a press-release archive with Apache Spark, the paralign binary as mapper.

    spark-submit scripts/spark_align.py ARCHIVE OUT [--binary PATH] [--partitions N]
    python3 scripts/spark_align.py ARCHIVE OUT --master 'local[2]'   # no cluster needed

ARCHIVE is a folder (local, or any Hadoop file system: hdfs://, s3a://, ...);
OUT receives the units as JSON lines in part files, in release order, so that
`cat OUT/part-*` equals `paralign align ARCHIVE --format jsonl -o -`.

Steps, all run on the executors:
1. the pages are read as bytes (SparkContext.binaryFiles, recursively);
2. the binary keys each page by release (`paralign align --input-jsonl -
   --group-keys`): the header is parsed by the same code as a folder run,
   never a second time here;
3. Spark groups the pages by key, sorts the groups into release order and
   gathers them in blocks of WINDOW consecutive releases, the blocks over
   which a folder run measures the length each language is expected to
   have (so a page cut short is aligned on its kept text, as in a folder run);
4. the archive lexicon, as a folder run learns it before aligning: each
   block goes as one JSON line `{"root": ..., "pages": {path: text}}`
   through `paralign align --input-jsonl - --confident-beads` (the first
   pass: the 1-1 sentence beads it is confident of), and the beads of all
   blocks, in release order, through one `paralign lexicon --beads -`; the
   table (bounded: a few MB) is shipped to every executor (addFile);
5. each block goes through `paralign align --input-jsonl - --format jsonl
   -o - --lexicon TABLE`, which reads it exactly as a folder holding those
   pages, and aligns it with the table, as the folder run's second pass.

--no-archive-lexicon skips steps 4 and the table (as `align
--no-archive-lexicon` does); --lexicon FILE (a table saved before, at a
path every executor can read) replaces them. --installed-dicts has both
passes read the FreeDict databases installed on each executor.

The pivot candidates are ranked by the whole archive's counts of usable
versions (gathered in step 2, passed as --archive-counts), as in a folder
run; --pivot (and --langs) fix them as they do there.
Hadoop's listing leaves out files whose names start with `_` or `.`.
"""

import argparse
import json
import os
import shlex
import subprocess
import tempfile
import threading

from pyspark.sql import SparkSession

# Pages sent to the binary per input line when keying: enough to keep each
# process busy, few enough to keep a line small.
KEY_BATCH = 64

# Releases per mapper line: paralign's `join::WINDOW`, the block of releases
# over which a folder run measures each language's expected length. The
# Spark test (`cargo test --test spark`) fails if the two drift apart.
WINDOW = 64


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("archive", help="folder of scraped pages, read recursively")
    p.add_argument("out", help="output folder for the part files (must not exist)")
    p.add_argument("--binary", default="paralign",
                   help="paralign on every executor (default: on PATH; on a cluster, "
                        "ship it with spark-submit --files and give ./paralign)")
    p.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    p.add_argument("--partitions", type=int, help="partitions of the grouped releases")
    p.add_argument("--pivot", help="pivot language for every release")
    p.add_argument("--langs", help="languages to export, comma-separated")
    p.add_argument("--lexicon",
                   help="a saved word translation table (`paralign lexicon`, `align "
                        "--lexicon-out`) at a path every executor reads, instead of "
                        "learning one over the archive")
    p.add_argument("--installed-dicts", action="store_true",
                   help="read the FreeDict databases installed on each executor, as "
                        "`align --installed-dicts` does (install the same dict-freedict-* "
                        "packages on every node)")
    p.add_argument("--no-archive-lexicon", action="store_true",
                   help="align in one pass, without learning word translations "
                        "over the archive first")
    return p.parse_args()


def page_text(data):
    """The page as JSON can carry it: text when UTF-8, else its bytes."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return list(data)


def relative(uri, root):
    """The path of `uri` below the archive, `/`-separated."""
    at = uri.find(root)
    return uri[at + len(root):].lstrip("/") if at >= 0 else uri


def main():
    args = parse_args()
    builder = (SparkSession.builder.appName("paralign")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false"))
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    sc._jsc.hadoopConfiguration().set(
        "mapreduce.input.fileinputformat.input.dir.recursive", "true")

    archive = args.archive.rstrip("/") or "/"
    root = archive_uri_part(archive)
    # binaryFiles names files by URI (file:/abs/...); the binary must see the
    # paths a walk of ARCHIVE gives, ARCHIVE as the user wrote it.
    pages = sc.binaryFiles(archive).map(
        lambda kv: (os.path.join(archive, relative(kv[0], root)), page_text(kv[1])))
    pages.cache()

    # A page that cannot be parsed has no key: it belongs to no release, so
    # it counts in no block; it goes through the binary alone (block -1),
    # which reports it as a folder run does.
    records = pages.mapPartitions(key_lines(archive)).pipe(
        f"{shlex.quote(args.binary)} align --input-jsonl - --group-keys -o -",
        checkCode=True,
    ).map(json.loads)
    records.cache()
    keyed = records.map(lambda r: (r["path"], r["key"] and tuple(r["key"])))
    joined = pages.join(keyed)
    counts = archive_counts(records)

    releases = (joined.filter(lambda kv: kv[1][1] is not None)
                .map(lambda kv: (kv[1][1], (kv[0], kv[1][0])))
                .groupByKey()
                .sortByKey())
    unreadable = (joined.filter(lambda kv: kv[1][1] is None)
                  .map(lambda kv: (-1, [(kv[0], kv[1][0])])))
    blocks = (releases.zipWithIndex()
              .map(lambda r: (r[1] // WINDOW, list(r[0][1])))
              .union(unreadable)
              .reduceByKey(lambda a, b: a + b)
              .sortByKey(numPartitions=args.partitions)
              .map(lambda kv: json.dumps({"root": archive, "pages": dict(kv[1])},
                                         ensure_ascii=False)))
    mapper = [args.binary, "align", "--input-jsonl", "-"]
    if counts:
        mapper += ["--archive-counts", counts]
    if args.pivot:
        mapper += ["--pivot", args.pivot]
    if args.langs:
        mapper += ["--langs", args.langs]
    if args.installed_dicts:
        mapper += ["--installed-dicts"]
    command = mapper + ["--format", "jsonl", "-o", "-"]
    if args.lexicon:
        units = blocks.pipe(shell(command + ["--lexicon", args.lexicon]), checkCode=True)
    elif args.no_archive_lexicon:
        units = blocks.pipe(shell(command), checkCode=True)
    else:
        blocks.cache()
        name = learn_lexicon(sc, blocks, mapper, args.binary)
        units = blocks.mapPartitions(pipe_with_file(command, "--lexicon", name))
    units.saveAsTextFile(args.out)
    spark.stop()


def shell(command):
    """`command` as the one string RDD.pipe splits again."""
    return " ".join(shlex.quote(c) for c in command)


def learn_lexicon(sc, blocks, mapper, binary):
    """The archive lexicon of a folder run: the confident beads of the first
    pass over every block, counted in release order by one `paralign
    lexicon` (blocks are in release order, and coalescing to one partition
    keeps that order); the table is written on the driver and shipped to
    every executor. Returns its name for SparkFiles.get."""
    beads = blocks.pipe(shell(mapper + ["--confident-beads", "-o", "-"]), checkCode=True)
    table = (beads.coalesce(1)
             .pipe(shell([binary, "lexicon", "--beads", "-", "-o", "-"]), checkCode=True)
             .collect())
    path = os.path.join(tempfile.mkdtemp(prefix="paralign-"), "archive-lexicon.tsv")
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(line + "\n" for line in table)
    sc.addFile(path)
    return os.path.basename(path)


def pipe_with_file(command, flag, name):
    """RDD.pipe of `command` with `flag PATH` added, PATH the executor's copy
    of the file shipped as `name` (known only on the executor); fails the
    task when the command fails, as pipe(checkCode=True) does."""
    def run(lines):
        from pyspark import SparkFiles
        proc = subprocess.Popen(command + [flag, SparkFiles.get(name)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE)

        def feed():
            with proc.stdin:
                for line in lines:
                    proc.stdin.write(line.encode("utf-8") + b"\n")
        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        for out in proc.stdout:
            yield out.decode("utf-8").rstrip("\n")
        writer.join()
        if proc.wait() != 0:
            raise RuntimeError(f"{command[0]} exited with {proc.returncode}")
    return run


def archive_counts(records):
    """`--archive-counts`: per language, the releases with a usable version,
    as a folder run's census counts them, so that every block ranks the pivot
    candidates as the folder run of the whole archive does."""
    usable = (records.filter(lambda r: r["key"] is not None and r["usable"])
              .map(lambda r: (r["lang"], tuple(r["key"])))
              .distinct()
              .countByKey())
    return ",".join(f"{lang}={n}" for lang, n in sorted(usable.items()))


def archive_uri_part(archive):
    """What stands for ARCHIVE inside the URIs binaryFiles gives."""
    if "://" in archive or archive.startswith("file:"):
        return archive.split(":", 1)[1].lstrip("/")
    return os.path.abspath(archive).lstrip("/")


def key_lines(archive):
    """Pages of a partition as mapper lines of KEY_BATCH pages each."""
    def lines(items):
        batch = {}
        for path, text in items:
            batch[path] = text
            if len(batch) >= KEY_BATCH:
                yield json.dumps({"root": archive, "pages": batch}, ensure_ascii=False)
                batch = {}
        if batch:
            yield json.dumps({"root": archive, "pages": batch}, ensure_ascii=False)
    return lines


if __name__ == "__main__":
    main()
