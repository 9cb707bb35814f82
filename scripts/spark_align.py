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
4. each block goes as one JSON line `{"root": ..., "pages": {path: text}}`
   through `paralign align --input-jsonl - --format jsonl -o -` (RDD.pipe),
   which reads it exactly as a folder holding those pages.

The pivot candidates are ranked by the whole archive's counts of usable
versions (gathered in step 2, passed as --archive-counts), as in a folder
run; --pivot (and --langs) fix them as they do there.
Hadoop's listing leaves out files whose names start with `_` or `.`.
"""

import argparse
import json
import os
import shlex

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
    command = [args.binary, "align", "--input-jsonl", "-", "--format", "jsonl", "-o", "-"]
    if counts:
        command += ["--archive-counts", counts]
    if args.pivot:
        command += ["--pivot", args.pivot]
    if args.langs:
        command += ["--langs", args.langs]
    units = blocks.pipe(" ".join(shlex.quote(c) for c in command), checkCode=True)
    units.saveAsTextFile(args.out)
    spark.stop()


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
