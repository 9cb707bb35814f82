//! The page's markup (maud: templates checked at compile time, text escaped
//! by default), with the styles and script inlined from `page.css` and `page.js`.

use std::collections::BTreeSet;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{Frame, Page, Placed, ROWS, ReleaseView, SECTIONS, highlight};
use crate::Lang;
use crate::check::{ReleaseSummary, Status, render};
use crate::join::TranslationUnit;

const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// The whole document, with [`ROWS`] where the overview's rows go and
/// [`SECTIONS`] where the release sections go.
pub(super) fn page(page: &Page<'_>) -> Markup {
    let langs = itertools::join(page.frame.columns.iter().map(|l| l.code()), " ");
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "paralign review" }
                style { (PreEscaped(CSS)) }
                style #pair-style {}
            }
            body data-langs=(langs) {
                h1 { "paralign review" }
                p.summary {
                    (page.releases) " releases, "
                    (page.findings) " findings, pivot " (page.frame.pivot)
                    ", rows scored below " (page.frame.min_score) " marked low"
                }
                (filters(page))
                (overview(page))
                @if !page.loose.is_empty() {
                    section.release #unreadable {
                        h2 { "Unreadable files" }
                        (finding_list(&page.loose))
                    }
                }
                (PreEscaped(SECTIONS))
                script { (PreEscaped(JS)) }
            }
        }
    }
}

fn filters(page: &Page<'_>) -> Markup {
    let columns = &page.frame.columns;
    let pairs = columns
        .iter()
        .enumerate()
        .flat_map(|(i, a)| columns[i + 1..].iter().map(move |b| format!("{a}-{b}")));
    html! {
        form.filters onsubmit="return false" {
            label { input #only-findings type="checkbox"; " only rows with findings" }
            label { input #only-low type="checkbox"; " only low scores" }
            label { "languages " select #pair {
                option value="" { "all" }
                @for pair in pairs { option value=(pair) { (pair) } }
            } }
            span.keys { kbd { "n" } " / " kbd { "p" } " next / previous finding" }
        }
    }
}

/// The releases × languages table, as `paralign check` prints it.
fn overview(page: &Page<'_>) -> Markup {
    html! {
        table.overview {
            thead { tr {
                th { "release" } th { "date" } th { "pivot" }
                @for lang in &page.frame.columns { th { (lang) } }
            } }
            tbody {
                (PreEscaped(ROWS))
            }
        }
        p.legend {
            "✓ present, no finding · missing: declared but no file · wrong language (xx): the text \
             reads as xx · n findings: see the release · “·”: neither declared nor filed"
        }
    }
}

/// One release's row of the overview.
pub(super) fn overview_row(page: &Frame, summary: &ReleaseSummary) -> Markup {
    let href = format!("#r-{}", summary.id);
    html! {
        tr {
            th { a href=(href) { (summary.id) } }
            td { (summary.date.as_deref().unwrap_or("-")) }
            td { (summary.pivot.map_or("-", Lang::code)) }
            @for lang in &page.columns {
                @match summary.versions.get(lang) {
                    Some(v) => td class=(format!("st-{}", status_class(v.status))) {
                        a href=(href) { (render::cell(v)) }
                    },
                    None => td.st-absent title="neither declared nor filed" { "·" },
                }
            }
        }
    }
}

fn status_class(status: Status) -> &'static str {
    match status {
        Status::Ok => "ok",
        Status::Missing => "missing",
        Status::Unreadable => "missing",
        Status::WrongLanguage => "wrong-language",
        Status::Empty => "empty",
        Status::Truncated => "truncated",
        Status::Findings => "findings",
        Status::Absent => "absent",
    }
}

/// One release's section: its findings, then its units.
pub(super) fn release(page: &Frame, view: &ReleaseView<'_>) -> Markup {
    let id = &view.release.id;
    let title = view
        .release
        .versions
        .get(&page.pivot)
        .or_else(|| view.release.versions.values().next())
        .map(|d| d.header.title.as_str());
    html! {
        section.release id=(format!("r-{id}")) {
            h2 { (id) @if let Some(t) = title { " — " span dir="auto" { (t) } } }
            @if view.findings.is_empty() { p.clean { "No findings." } }
            @else { (finding_list(&view.findings)) }
            @if view.units.is_empty() { p.clean { "No units: no version to align." } }
            @else { (units_table(page, view)) }
        }
    }
}

/// The list at the top of a release: links down to rows, or, for findings
/// about a whole version, the navigation target itself.
fn finding_list(findings: &[Placed<'_>]) -> Markup {
    html! {
        ul.findings {
            @for p in findings {
                @let sev = format!("finding sev-{}", p.finding.severity);
                @if p.row.is_some() {
                    li class=(sev) {
                        a href=(format!("#f{}", p.id)) { (p.finding.kind) }
                        " " (langs(p)) ": " span dir="auto" { (p.finding.message) }
                        " " span.loc { (p.finding.location()) }
                    }
                } @else {
                    li class=(sev) id=(format!("f{}", p.id)) data-finding {
                        strong { (p.finding.kind) }
                        " " (langs(p)) ": " span dir="auto" { (p.finding.message) }
                        " " span.loc { (p.finding.location()) }
                    }
                }
            }
        }
    }
}

fn langs(p: &Placed<'_>) -> String {
    itertools::join(p.finding.langs.iter().map(|l| l.code()), ",")
}

fn units_table(page: &Frame, view: &ReleaseView<'_>) -> Markup {
    html! {
        table.units {
            colgroup { col.meta; @for lang in &page.columns { col class=(format!("l-{lang}")); } }
            thead { tr {
                th.meta { "# · bead · score" }
                @for lang in &page.columns { th class=(format!("l-{lang}")) { (lang) } }
            } }
            tbody {
                @for (row, unit) in view.units.iter().enumerate() { (unit_row(page, view, row, unit)) }
            }
        }
    }
}

fn unit_row(page: &Frame, view: &ReleaseView<'_>, row: usize, unit: &TranslationUnit) -> Markup {
    let low = unit.score.is_some_and(|s| s < page.min_score);
    let here: Vec<&Placed<'_>> = view.on_row(row).collect();
    let mut class = String::from("unit");
    if low {
        class.push_str(" low");
    }
    if !here.is_empty() {
        class.push_str(" has-finding");
    }
    let marks = view.marks(row);
    let outside = here
        .iter()
        .filter(|p| !p.finding.lang().is_some_and(|l| page.columns.contains(&l)));
    html! {
        tr class=(class) id=(format!("u-{}", unit.tuid())) {
            td.meta {
                span.n { (unit.index + 1) }
                span.bead { (unit.bead_summary()) }
                span.score { @match unit.score { Some(s) => (format!("{s:.3}")), None => "–" } }
                @if low { span.lowflag { "low" } }
                @for p in outside { (note(p)) }
            }
            @for &lang in &page.columns {
                (cell(unit, lang, marks.get(&lang), &here))
            }
        }
    }
}

fn cell(
    unit: &TranslationUnit,
    lang: Lang,
    marks: Option<&BTreeSet<String>>,
    here: &[&Placed<'_>],
) -> Markup {
    let notes = here.iter().filter(|p| p.finding.lang() == Some(lang));
    let empty = BTreeSet::new();
    let class = match unit.side(lang) {
        Some(_) => format!("text l-{lang}"),
        None if unit.langs.contains(&lang) => format!("text gap l-{lang}"),
        None => format!("text absent l-{lang}"),
    };
    html! {
        td class=(class) dir="auto" lang=(lang) {
            @match unit.side(lang) {
                Some(side) => {
                    @for (piece, marked) in highlight::split(&side.text, marks.unwrap_or(&empty)) {
                        @if marked { mark.num { (piece) } } @else { (piece) }
                    }
                },
                None if unit.langs.contains(&lang) => span.gapnote { "no counterpart" },
                None => span.gapnote { "no version" },
            }
            @for p in notes { (note(p)) }
        }
    }
}

/// A finding shown in place: a navigation target.
fn note(p: &Placed<'_>) -> Markup {
    html! {
        div class=(format!("finding sev-{}", p.finding.severity)) id=(format!("f{}", p.id)) data-finding dir="auto" {
            strong { (p.finding.kind) } " " (langs(p)) ": " (p.finding.message)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::join::{Level, Side};

    fn unit(text: &str) -> TranslationUnit {
        TranslationUnit {
            release: "r".into(),
            index: 0,
            level: Level::Sentence,
            pivot: Lang::De,
            langs: vec![Lang::De, Lang::Fr],
            sides: vec![Side {
                lang: Lang::De,
                sentences: 0..1,
                paragraphs: 0..1,
                text: text.into(),
            }],
            score: Some(0.2),
        }
    }

    #[test]
    fn cell_text_is_escaped() {
        let html = cell(
            &unit("<script>alert(1)</script> & 1.250"),
            Lang::De,
            None,
            &[],
        )
        .into_string();
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; 1.250"),
            "{html}"
        );
        assert!(!html.contains("<script>"));
        assert!(html.contains(r#"dir="auto""#));
    }

    #[test]
    fn marked_numbers_and_gaps_show() {
        let wanted = BTreeSet::from(["1.250".to_string()]);
        let html = cell(&unit("mit 1.250 t"), Lang::De, Some(&wanted), &[]).into_string();
        assert!(html.contains(r#"<mark class="num">1.250</mark>"#), "{html}");
        let gap = cell(&unit("x"), Lang::Fr, None, &[]).into_string();
        assert!(
            gap.contains("gap") && gap.contains("no counterpart"),
            "{gap}"
        );
        let absent = cell(&unit("x"), Lang::Ru, None, &[]).into_string();
        assert!(absent.contains("absent"), "{absent}");
    }
}
