//! Renderings of a status [`CoverageReport`]: a terminal table, JSON, Markdown and an HTML page.
//!
//! In: a report. Out: text. The table uses colour only when asked to (the binary decides from
//! the terminal, `NO_COLOR` and `--color`); the HTML page is self-contained (no network, no
//! external assets) and deterministic.

use serde::Serialize;

use super::{Coverage, CoverageReport, FileStatus};

/// The JSON schema name; bump it when a field changes meaning or disappears.
pub const JSON_SCHEMA: &str = "relingo-status/1";

const BAR_WIDTH: usize = 24;

/// The terminal table: one row per locale, or per locale × file with `by_file`.
pub fn table(report: &CoverageReport, by_file: bool, color: bool) -> String {
    let mut out = String::new();
    let name_width = report
        .locales
        .iter()
        .flat_map(|l| {
            let files = l.files.iter().map(|f| f.file.trim_end_matches(".ftl").len() + 2);
            std::iter::once(l.locale.len()).chain(files.filter(|_| by_file))
        })
        .max()
        .unwrap_or(6)
        .max(6);
    out.push_str(&format!(
        "{:<name_width$}  {:<BAR_WIDTH$}  {:>6}  {:>8}  {:>7}  {:>7}  {:>5}  {:>8}  {:>8}\n",
        "locale", "words translated", "%", "words", "stale", "missing", "broken", "obsolete", "approved"
    ));
    for l in &report.locales {
        out.push_str(&row(&l.locale, &l.coverage, name_width, color, true));
        if by_file {
            for f in &l.files {
                let name = format!("  {}", f.file.trim_end_matches(".ftl"));
                out.push_str(&row(&name, &f.coverage, name_width, color, false));
            }
        }
    }
    out.push_str(&format!(
        "{:<name_width$}  {:<BAR_WIDTH$}  {:>5.1}%  {:>8}  {:>7}  {:>7}  {:>5}  {:>8}  {:>8}\n",
        "total",
        "",
        report.coverage.word_percent(),
        report.coverage.total.words,
        report.coverage.stale.words,
        report.coverage.missing.words,
        report.coverage.error.words,
        report.coverage.obsolete.messages,
        report.coverage.approved.words
    ));
    for d in decisions(report) {
        out.push_str(&format!("{} {}/{}: {}\n", d.what, d.locale, d.release, d.why));
    }
    out
}

/// A release that a build would not publish as it is, in one locale.
#[derive(Serialize)]
struct Held<'a> {
    /// `withheld` (below min-coverage) or `blocked` (a required locale incomplete).
    what: &'static str,
    locale: &'a str,
    release: &'a str,
    why: &'a str,
}

/// Every withheld or blocked (locale, release) of the report, in report order.
fn decisions(report: &CoverageReport) -> Vec<Held<'_>> {
    let mut out = Vec::new();
    for l in &report.locales {
        for f in &l.files {
            let release = f.file.trim_end_matches(".ftl");
            for (what, why) in [
                ("withheld", &f.decision.withheld),
                ("blocked", &f.decision.blocked),
            ] {
                if let Some(why) = why {
                    out.push(Held {
                        what,
                        locale: &l.locale,
                        release,
                        why,
                    });
                }
            }
        }
    }
    out
}

fn row(name: &str, c: &Coverage, width: usize, color: bool, bold: bool) -> String {
    let name = if color && bold {
        format!("\x1b[1m{name:<width$}\x1b[0m")
    } else {
        format!("{name:<width$}")
    };
    format!(
        "{name}  {}  {:>5.1}%  {:>8}  {:>7}  {:>7}  {:>5}  {:>8}  {:>8}\n",
        bar(c, color),
        c.word_percent(),
        c.total.words,
        c.stale.words,
        c.missing.words,
        c.error.words,
        c.obsolete.messages,
        c.approved.words
    )
}

/// A progress bar of translated (green), stale (yellow), broken (red) and missing words.
fn bar(c: &Coverage, color: bool) -> String {
    let total = c.total.words.max(1) as f64;
    let cells = |words: usize| ((words as f64 / total) * BAR_WIDTH as f64).round() as usize;
    let translated = cells(c.translated.words).min(BAR_WIDTH);
    let stale = cells(c.stale.words).min(BAR_WIDTH - translated);
    let error = cells(c.error.words).min(BAR_WIDTH - translated - stale);
    let missing = BAR_WIDTH - translated - stale - error;
    if color {
        format!(
            "\x1b[32m{}\x1b[33m{}\x1b[31m{}\x1b[90m{}\x1b[0m",
            "█".repeat(translated),
            "█".repeat(stale),
            "█".repeat(error),
            "░".repeat(missing)
        )
    } else {
        format!(
            "{}{}{}{}",
            "█".repeat(translated),
            "▒".repeat(stale),
            "x".repeat(error),
            "░".repeat(missing)
        )
    }
}

/// A compact Markdown table for a pull-request comment.
pub fn markdown(report: &CoverageReport, by_file: bool) -> String {
    let mut out = String::from(
        "| Locale | Translated | Words left | Stale | Missing | Broken | Obsolete | Approved |\n",
    );
    out.push_str("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for l in &report.locales {
        out.push_str(&markdown_row(&format!("**{}**", l.locale), &l.coverage));
        if by_file {
            for f in &l.files {
                out.push_str(&markdown_row(
                    &format!("{} · {}", l.locale, f.file.trim_end_matches(".ftl")),
                    &f.coverage,
                ));
            }
        }
    }
    out.push_str(&markdown_row("**Total**", &report.coverage));
    let held = decisions(report);
    if !held.is_empty() {
        out.push_str("\nNot published as they are:\n\n");
        for d in held {
            out.push_str(&format!(
                "- {} **{}/{}**: {}\n",
                d.what, d.locale, d.release, d.why
            ));
        }
    }
    for gate in &report.gates {
        out.push_str(&format!("\n:x: **{}**: {}", gate.locale, gate.message));
    }
    if !report.gates.is_empty() {
        out.push('\n');
    }
    out
}

fn markdown_row(name: &str, c: &Coverage) -> String {
    format!(
        "| {name} | {:.1}% | {} | {} | {} | {} | {} | {} |\n",
        c.word_percent(),
        c.words_left(),
        c.stale.messages,
        c.missing.messages,
        c.error.messages,
        c.obsolete.messages,
        approved(c)
    )
}

/// Approved messages, and void approvals when there are any.
fn approved(c: &Coverage) -> String {
    match c.void_approvals {
        0 => c.approved.messages.to_string(),
        void => format!("{} ({void} void)", c.approved.messages),
    }
}

#[derive(Serialize)]
struct Percent {
    messages: f64,
    words: f64,
}

#[derive(Serialize)]
struct JsonCoverage<'a> {
    #[serde(flatten)]
    counts: &'a Coverage,
    words_left: usize,
    percent: Percent,
}

impl<'a> JsonCoverage<'a> {
    fn of(counts: &'a Coverage) -> Self {
        let round = |x: f64| (x * 10.0).round() / 10.0;
        JsonCoverage {
            counts,
            words_left: counts.words_left(),
            percent: Percent {
                messages: round(counts.message_percent()),
                words: round(counts.word_percent()),
            },
        }
    }
}

#[derive(Serialize)]
struct JsonFile<'a> {
    file: &'a str,
    path: &'a std::path::Path,
    exists: bool,
    coverage: JsonCoverage<'a>,
    stale: &'a [super::Pending],
    missing: &'a [super::Pending],
    broken: &'a [super::Pending],
    errors: &'a [crate::diagnostic::Diagnostic],
    #[serde(flatten)]
    decision: &'a super::Decision,
}

#[derive(Serialize)]
struct JsonLocale<'a> {
    locale: &'a str,
    coverage: JsonCoverage<'a>,
    files: Vec<JsonFile<'a>>,
    extra_files: &'a [std::path::PathBuf],
}

#[derive(Serialize)]
struct JsonReport<'a> {
    schema: &'static str,
    reference_locale: &'a str,
    coverage: JsonCoverage<'a>,
    locales: Vec<JsonLocale<'a>>,
    gates: &'a [super::GateFailure],
    warnings: &'a [String],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    readiness: &'a [super::readiness::Readiness],
}

/// The report as JSON, schema [`JSON_SCHEMA`] (documented in the README).
pub fn json(report: &CoverageReport) -> String {
    let mut bytes = Vec::new();
    write_json(report, &mut bytes).expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("serde_json writes UTF-8")
}

/// [`json`], streamed into `out`: a large tree's report runs to tens of megabytes, which
/// need not be held (nor grown, copied and zeroed page by page) in memory.
pub fn write_json(report: &CoverageReport, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let view = JsonReport {
        schema: JSON_SCHEMA,
        reference_locale: &report.reference_locale,
        coverage: JsonCoverage::of(&report.coverage),
        locales: report
            .locales
            .iter()
            .map(|l| JsonLocale {
                locale: &l.locale,
                coverage: JsonCoverage::of(&l.coverage),
                files: l
                    .files
                    .iter()
                    .map(|f| JsonFile {
                        file: &f.file,
                        path: &f.path,
                        exists: f.exists,
                        coverage: JsonCoverage::of(&f.coverage),
                        stale: &f.stale,
                        missing: &f.missing,
                        broken: &f.broken,
                        errors: &f.errors,
                        decision: &f.decision,
                    })
                    .collect(),
                extra_files: &l.extra_files,
            })
            .collect(),
        gates: &report.gates,
        warnings: &report.warnings,
        readiness: &report.readiness,
    };
    serde_json::to_writer_pretty(&mut *out, &view)?;
    out.write_all(b"\n")
}

#[derive(Serialize)]
struct HtmlCell {
    percent: String,
    class: &'static str,
    words_left: usize,
    title: String,
}

#[derive(Serialize)]
struct HtmlLocale {
    locale: String,
    rtl: bool,
    percent: String,
    translated: f64,
    stale: f64,
    error: f64,
    words_left: usize,
    total_words: usize,
    stale_messages: usize,
    missing_messages: usize,
    broken_messages: usize,
    approved_messages: usize,
    translated_messages: usize,
    void_approvals: usize,
    cells: Vec<HtmlCell>,
    stale_list: Vec<HtmlStale>,
}

#[derive(Serialize)]
struct HtmlStale {
    file: String,
    id: String,
    line: Option<usize>,
    old: Vec<Piece>,
    new: Vec<Piece>,
}

/// A run of words of a stale message, marked when it differs between old and new source.
#[derive(Serialize)]
pub(crate) struct Piece {
    pub text: String,
    pub changed: bool,
}

/// Word-level difference of the old and new source, so a coordinator sees what changed.
pub(crate) fn word_diff(old: &str, new: &str) -> (Vec<Piece>, Vec<Piece>) {
    let diff = similar::TextDiff::from_words(old, new);
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for change in diff.iter_all_changes() {
        let text = change.value().to_string();
        match change.tag() {
            similar::ChangeTag::Equal => {
                before.push(Piece {
                    text: text.clone(),
                    changed: false,
                });
                after.push(Piece { text, changed: false });
            }
            similar::ChangeTag::Delete => before.push(Piece { text, changed: true }),
            similar::ChangeTag::Insert => after.push(Piece { text, changed: true }),
        }
    }
    (before, after)
}

/// The coordinators' dashboard: one self-contained HTML page.
pub fn html(report: &CoverageReport) -> String {
    let files: Vec<String> = report
        .locales
        .first()
        .map(|l| {
            l.files
                .iter()
                .map(|f| f.file.trim_end_matches(".ftl").to_string())
                .collect()
        })
        .unwrap_or_default();
    let locales: Vec<HtmlLocale> = report.locales.iter().map(html_locale).collect();
    let mut env = minijinja::Environment::new();
    env.add_template("status.html", include_str!("../../templates/status.html"))
        .expect("the status template is valid");
    let template = env.get_template("status.html").expect("added above");
    template
        .render(minijinja::context! {
            reference_locale => report.reference_locale,
            files => files,
            locales => locales,
            total_percent => format!("{:.1}", report.coverage.word_percent()),
            total_words_left => report.coverage.words_left(),
            gates => report.gates,
            held => decisions(report),
            readiness => report.readiness,
        })
        .expect("the status template renders")
}

fn html_locale(l: &super::LocaleStatus) -> HtmlLocale {
    let c = &l.coverage;
    let share = |words: usize| (words as f64 * 1000.0 / c.total.words.max(1) as f64).round() / 10.0;
    let rtl = crate::locale::Locale::parse(&l.locale).is_ok_and(|l| l.is_rtl());
    HtmlLocale {
        locale: l.locale.clone(),
        rtl,
        percent: format!("{:.1}", c.word_percent()),
        translated: share(c.translated.words),
        stale: share(c.stale.words),
        error: share(c.error.words),
        words_left: c.words_left(),
        total_words: c.total.words,
        stale_messages: c.stale.messages,
        missing_messages: c.missing.messages,
        broken_messages: c.error.messages,
        approved_messages: c.approved.messages,
        translated_messages: c.translated.messages,
        void_approvals: c.void_approvals,
        cells: l.files.iter().map(html_cell).collect(),
        stale_list: l
            .files
            .iter()
            .flat_map(|f| {
                f.stale.iter().map(|s| {
                    let (old, new) = word_diff(s.previous_source.as_deref().unwrap_or(""), &s.source);
                    HtmlStale {
                        file: f.file.trim_end_matches(".ftl").to_string(),
                        id: s.id.clone(),
                        line: s.line,
                        old,
                        new,
                    }
                })
            })
            .collect(),
    }
}

fn html_cell(f: &FileStatus) -> HtmlCell {
    let c = &f.coverage;
    let p = c.word_percent();
    let class = match p {
        _ if c.error.messages > 0 => "broken",
        p if p >= 100.0 => "done",
        p if p >= 80.0 => "high",
        p if p >= 40.0 => "mid",
        p if p > 0.0 => "low",
        _ => "none",
    };
    HtmlCell {
        percent: format!("{p:.0}"),
        class,
        words_left: c.words_left(),
        title: format!(
            "{}: {} translated, {} stale, {} missing, {} broken messages",
            f.file, c.translated.messages, c.stale.messages, c.missing.messages, c.error.messages
        ),
    }
}
