//! Printing a judgement: the tables, every finding that is not a hit with
//! the texts of both languages there, and every missed flaw.

use std::path::{Path, PathBuf};

use paralign::Lang;
use paralign::check::Finding;

use super::build::{Archive, Built};
use super::score::{Judgement, MAIN, Verdict, ratio};

/// Prints recall per planted kind (also of the flaws planted in `pivot`)
/// and precision per finding kind.
pub fn print_table(j: &Judgement<'_>, archive: &Archive, pivot: Option<Lang>) {
    let code = pivot.map_or("-", Lang::code);
    eprintln!(
        "\nrecall by planted kind (found by an error or warning); of those in the pivot ({code})"
    );
    let in_pivot = j.recall_if(archive, |p| Some(p.lang) == pivot);
    let (mut sum, mut sum_pivot) = ((0, 0), (0, 0));
    for (kind, (found, total)) in j.recall(archive) {
        let (pf, pt) = in_pivot.get(&kind).copied().unwrap_or_default();
        eprintln!(
            "  {:<20} {found:>3} / {total:<3} {:.3}   {pf:>2} / {pt:<2}",
            kind.name(),
            ratio(found, total)
        );
        sum = (sum.0 + found, sum.1 + total);
        sum_pivot = (sum_pivot.0 + pf, sum_pivot.1 + pt);
    }
    eprintln!(
        "  {:<20} {:>3} / {:<3} {:.3}   {:>2} / {:<2}",
        "all",
        sum.0,
        sum.1,
        ratio(sum.0, sum.1),
        sum_pivot.0,
        sum_pivot.1
    );
    eprintln!(
        "\nprecision by finding kind: hit / excused / unmatched (precision counts excused as right)"
    );
    for ((bucket, kind), t) in j.precision() {
        let main = if MAIN.contains(&bucket.as_str()) {
            ""
        } else {
            "  (not in the main figure)"
        };
        eprintln!(
            "  {bucket:<8} {kind:<20} {:>3} / {:>3} / {:>3}  {:.3}{main}",
            t.hit,
            t.excused,
            t.unmatched,
            t.precision()
        );
    }
    eprintln!("\nmissed flaws, by what the check said instead");
    for ((kind, why), n) in j.missed(archive) {
        eprintln!("  {:<20} {n:>3}  {why}", kind.name());
    }
    eprintln!("\nexcused and unmatched findings by category");
    for ((bucket, cat, kind), n) in j.categories() {
        eprintln!("  {bucket:<8} {kind:<20} {n:>3}  {cat}");
    }
}

/// Prints every unmatched finding with the texts of both languages there,
/// and every planted flaw nothing found.
pub fn print_details(j: &Judgement<'_>, archive: &Archive, root: &Path) {
    for judged in &j.judged {
        let (label, why) = match &judged.verdict {
            Verdict::Unmatched(why) => ("UNMATCHED", *why),
            Verdict::Excused(why) => ("EXCUSED", why.as_str()),
            Verdict::Hit(_) => continue,
        };
        let f = judged.finding;
        eprintln!("\n{label} ({why}): {f}");
        let built = f
            .release
            .as_deref()
            .and_then(|id| archive.releases.iter().find(|r| r.head.id == id));
        for (path, line) in sides(f, built, root) {
            let text = line_of(&path, line).unwrap_or_else(|| "-".into());
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            eprintln!("  {}:{line}: {text}", name.unwrap_or_default());
        }
    }
    for (p, _) in archive.planted.iter().zip(&j.found).filter(|(_, f)| !**f) {
        eprintln!(
            "\nMISSED {} {} {}: paragraph {:?} sentence {:?}: {}",
            p.release,
            p.lang,
            p.kind.name(),
            p.paragraph,
            p.sentence,
            p.note
        );
        let about = j
            .judged
            .iter()
            .filter(|x| x.finding.release.as_deref() == Some(&p.release));
        for x in about {
            eprintln!("  the check said: {}", x.finding);
        }
    }
}

/// The finding's place and its counterpart's (the same line of the second
/// language's file when no counterpart is given).
fn sides(f: &Finding, built: Option<&Built>, root: &Path) -> Vec<(PathBuf, usize)> {
    let mut out: Vec<(PathBuf, usize)> = f.path.iter().map(|p| (p.clone(), f.line)).collect();
    match (&f.counterpart, f.langs.get(1), built) {
        (Some(c), _, _) => out.push((c.path.clone(), c.line)),
        (None, Some(&l), Some(b)) => out.push((root.join(b.file(l)), f.line)),
        _ => {}
    }
    out.retain(|&(_, line)| line > 0);
    out
}

fn line_of(path: &Path, line: usize) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().nth(line.checked_sub(1)?).map(str::to_string)
}
