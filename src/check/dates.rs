//! Header dates that disagree between versions, or with the release ID.
//!
//! The release's date is the one its versions' headers agree on, as
//! ingest settled it ([`Release::date`]: ties go to the ID's date); a
//! version whose header states another date is reported. When the versions
//! agree with each other but not with the date in the release ID, the
//! release is reported once, at the pivot's ID line.

use super::{Config, Finding, Kind, Place};
use crate::Lang;
use crate::release::Release;

/// Date findings of one release; `pivot` is where a release-wide one points.
pub fn check(release: &Release, pivot: Option<Lang>, config: &Config) -> Vec<Finding> {
    let dated: Vec<(Lang, &str)> = release
        .versions
        .iter()
        .filter_map(|(l, d)| Some((*l, d.header.date.as_deref()?)))
        .collect();
    let id_date = release
        .versions
        .values()
        .find_map(|d| d.header.id_date.as_deref());
    let Some(agreed) = release.date.as_deref().filter(|_| !dated.is_empty()) else {
        return Vec::new();
    };
    let mut out: Vec<Finding> = dated
        .iter()
        .filter(|(l, d)| *d != agreed && config.wants(*l))
        .map(|&(lang, date)| odd_version(release, lang, date, agreed))
        .collect();
    if let Some(id_date) = id_date.filter(|d| *d != agreed) {
        let lang = pivot
            .filter(|p| release.versions.contains_key(p))
            .unwrap_or(dated[0].0);
        let doc = &release.versions[&lang];
        let langs = dated
            .iter()
            .filter(|(_, d)| *d == agreed)
            .map(|(l, _)| *l)
            .collect();
        let msg = format!(
            "the release ID {} says {id_date}, but the headers say {agreed}",
            release.id
        );
        out.push(
            Finding::new(Kind::DateMismatch, &release.id, langs, msg).at(
                &doc.path,
                doc.header.id_line,
                Some(release.id.clone()),
            ),
        );
    }
    out
}

fn odd_version(release: &Release, lang: Lang, date: &str, agreed: &str) -> Finding {
    let doc = &release.versions[&lang];
    let witness = release
        .versions
        .iter()
        .find(|(_, d)| d.header.date.as_deref() == Some(agreed))
        .map(|(l, d)| Place {
            lang: *l,
            path: d.path.clone(),
            line: date_line(d),
            excerpt: Some(agreed.to_string()),
        });
    let msg = format!("the {lang} header is dated {date}, the other versions {agreed}");
    let mut f = Finding::new(Kind::DateMismatch, &release.id, vec![lang], msg).at(
        &doc.path,
        date_line(doc),
        Some(date.to_string()),
    );
    f.counterpart = witness;
    f
}

/// The header keeps no line for the date; it opens a scraped page.
fn date_line(_doc: &crate::Document) -> usize {
    1
}
