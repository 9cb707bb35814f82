//! What the archive-wide choices need to know of all releases, gathered
//! one release at a time: by [`Index`](super::Index) in its first pass,
//! or from releases held in memory.

use std::collections::{BTreeMap, BTreeSet};

use super::Release;
use crate::{Lang, join};

/// What the archive-wide choices need to know of all releases: the pivot
/// ranking, the languages of the output, the TMX creation date.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Census {
    /// Releases in the archive.
    pub releases: usize,
    /// Per language, releases with a usable version ([`join::is_usable`]).
    pub usable: BTreeMap<Lang, usize>,
    /// Languages some release has a version in.
    pub present: BTreeSet<Lang>,
    /// Languages some release has or declares.
    pub seen: BTreeSet<Lang>,
    /// The distinct release dates (ISO); at most one per day of the archive.
    pub dates: BTreeSet<String>,
}

impl Census {
    /// The census of releases held in memory.
    pub fn of(releases: &[Release]) -> Census {
        let mut census = Census::default();
        for r in releases {
            let versions = r.versions.iter().map(|(l, d)| (*l, join::is_usable(d)));
            census.add(r.date.as_deref(), &r.declared, versions);
        }
        census
    }

    pub(super) fn add(
        &mut self,
        date: Option<&str>,
        declared: &[Lang],
        versions: impl Iterator<Item = (Lang, bool)>,
    ) {
        self.releases += 1;
        self.seen.extend(declared);
        for (lang, usable) in versions {
            self.present.insert(lang);
            self.seen.insert(lang);
            *self.usable.entry(lang).or_default() += usize::from(usable);
        }
        if let Some(d) = date {
            self.dates.insert(d.to_string());
        }
    }
}
