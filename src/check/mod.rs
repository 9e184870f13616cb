//! `relingo check`: precise, locale-aware diagnostics on translations.
//!
//! In: the reference catalogs and the locales' catalogs. Out: [`Finding`]s placed at
//! `file:line:col` as [`Diagnostic`]s: Fluent structure (syntax, duplicates, placeables,
//! terms) and text (numbers in each locale's notation, links, addresses, punctuation,
//! quotation marks, length). Any check is silenced for one message by `# @allow: name`
//! and everywhere by `allow` in `[check]`. [`message`] with `errors_only` is what
//! [`crate::verdict`] asks before a translation counts as translated and may be published.

pub mod codes;
pub mod facts;
pub mod numbers;
pub mod render;
pub mod rules;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::catalog::{self, Catalog, Entry, MarkerState};
use crate::config::CheckConfig;
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::locale::Locale;
use crate::project::Project;
use crate::reference::{self, Reference};
use crate::verdict::{self, Rules, SharedTerms, Translations};
use crate::{Error, Result};
pub use facts::Facts;
pub use rules::Finding;

/// Runs the checks of one translated message; `errors_only` skips the warnings.
pub fn message(
    source: &reference::Message,
    entry: &Entry,
    locale: &Locale,
    config: &CheckConfig,
    terms: Option<&rules::Terms>,
    errors_only: bool,
) -> Vec<Finding> {
    let translation = entry.value.as_deref().unwrap_or("");
    let translation_facts = Facts::of(translation, rules::decimal_comma(locale));
    let m = rules::Subject {
        source: &source.text,
        source_facts: source.facts(),
        source_references: &source.references,
        kind: source.kind(),
        translation,
        translation_facts: &translation_facts,
        references: &entry.references,
        locale,
        terms,
        config,
    };
    let mut findings = rules::errors(&m);
    if !errors_only {
        findings.extend(rules::warnings(&m));
    }
    let allowed = |code: &str| entry.markers.allow.iter().chain(&config.allow).any(|a| a == code);
    findings.retain(|f| !allowed(f.code.name));
    findings
}

/// One diagnostic of a file, with the message it is about (none for file-level ones).
#[derive(Debug, Clone)]
pub struct Reported {
    pub id: Option<String>,
    pub diagnostic: Diagnostic,
}

/// The check results of one locale file.
#[derive(Debug)]
pub struct FileChecks {
    pub locale: Locale,
    pub release: String,
    pub path: PathBuf,
    /// The file's text, to show offending lines; `None` when the file is missing or unreadable.
    pub text: Option<String>,
    pub diagnostics: Vec<Reported>,
    /// Messages of the reference found in the file and checked.
    pub messages: usize,
}

/// What a whole run found, counted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub messages: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    fn add(&mut self, file: &FileChecks) {
        self.files += 1;
        self.messages += file.messages;
        for r in &file.diagnostics {
            match r.diagnostic.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
            }
        }
    }
}

/// Files checked in parallel before their reports are handed over: enough to keep every
/// thread busy, few enough that memory does not grow with the project.
const FILES_PER_BATCH: usize = 256;

/// Checks `locales` × the reference catalogs named in `releases` (all when empty) and hands
/// each file's report to `each`, in locale then release order, as batches finish; reports are
/// not kept, so memory stays flat however many files and diagnostics there are. `each` may
/// fail (with its own error type, e.g. writing the output); the run stops there. `each` runs
/// on the calling thread while the rayon pool checks the next batch: call this from outside
/// the pool (a pool of one thread would wait on itself).
pub fn run<E: From<Error>>(
    project: &Project,
    locales: &[Locale],
    releases: &[String],
    mut each: impl FnMut(FileChecks) -> Result<(), E>,
) -> Result<Summary, E> {
    let ids = project.reference_ids(releases)?;
    let references: Vec<Reference> = ids
        .par_iter()
        .map(|id| reference::read(&project.reference_path(id), id))
        .collect::<Result<_>>()?;
    let config = &project.config.check;
    let shared_terms: Vec<Arc<SharedTerms>> = locales
        .par_iter()
        .map(|locale| Arc::new(SharedTerms::load(&project.locale_dir(locale))))
        .collect();
    let pairs: Vec<(usize, &Reference)> = (0..locales.len())
        .flat_map(|l| references.iter().map(move |r| (l, r)))
        .collect();
    let check_batch = |batch: &[(usize, &Reference)]| -> Vec<FileChecks> {
        batch
            .par_iter()
            .map(|&(l, reference)| {
                let locale = &locales[l];
                let path = project.catalog_path(locale, &reference.release);
                check_file(path, locale, reference, shared_terms[l].clone(), config)
            })
            .collect()
    };
    // The next batch is checked while `each` writes out the last one.
    std::thread::scope(|scope| {
        let (sender, receiver) = std::sync::mpsc::sync_channel(1);
        scope.spawn(move || {
            for batch in pairs.chunks(FILES_PER_BATCH) {
                if sender.send(check_batch(batch)).is_err() {
                    break; // `each` failed; nobody is listening any more.
                }
            }
        });
        let mut summary = Summary::default();
        for report in receiver.into_iter().flatten() {
            summary.add(&report);
            each(report)?;
        }
        Ok(summary)
    })
}

fn check_file(
    path: PathBuf,
    locale: &Locale,
    reference: &Reference,
    shared_terms: Arc<SharedTerms>,
    config: &CheckConfig,
) -> FileChecks {
    // A file that cannot be judged: one finding about the file itself.
    let report = |path: PathBuf, diagnostic: Diagnostic| FileChecks {
        locale: locale.clone(),
        release: reference.release.clone(),
        path,
        text: None,
        diagnostics: vec![Reported { id: None, diagnostic }],
        messages: 0,
    };
    let catalog = match std::fs::metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let d = file_diagnostic(
                &path,
                Severity::Warning,
                codes::MISSING_FILE,
                "this locale has no file for the release",
                "run `relingo sync` to create it",
            );
            return report(path, d);
        }
        _ => match catalog::read(&path) {
            Ok(catalog) => catalog,
            Err(e) => {
                let d = file_diagnostic(
                    &path,
                    Severity::Error,
                    codes::UNREADABLE,
                    &e.to_string(),
                    "save the file as UTF-8",
                );
                return report(path, d);
            }
        },
    };
    check_catalog(catalog, locale, reference, shared_terms, config)
}

/// Checks a catalog already parsed (a file as read, or an editor's unsaved buffer) against
/// `reference`: the same findings, codes and places as `relingo check` reports for a file.
pub fn check_catalog(
    catalog: Catalog,
    locale: &Locale,
    reference: &Reference,
    shared_terms: Arc<SharedTerms>,
    config: &CheckConfig,
) -> FileChecks {
    let report =
        |path: PathBuf, text: Option<String>, diagnostics: Vec<Reported>, messages: usize| FileChecks {
            locale: locale.clone(),
            release: reference.release.clone(),
            path,
            text,
            diagnostics,
            messages,
        };
    let mut out: Vec<Reported> = catalog
        .diagnostics
        .iter()
        .map(|d| Reported {
            id: None,
            diagnostic: d.clone(),
        })
        .collect();
    out.extend(allow_problems(&catalog));
    let path = catalog.path.clone();
    let translations = Translations::new(locale, path, verdict::File::Read(catalog), shared_terms);
    let catalog = translations.catalog().expect("read above");
    let terms = translations.terms();
    let rules = Rules {
        check: config,
        use_stale: false,
        require_approval: false,
    };
    let index = catalog.index();
    // An approval of a message the release does not have approves nothing.
    let ids: std::collections::HashSet<&str> = reference.messages.iter().map(|m| m.id.as_str()).collect();
    for entry in catalog
        .entries
        .iter()
        .filter(|e| !e.is_term() && !ids.contains(e.id.as_str()))
    {
        let allowed = |code: &str| entry.markers.allow.iter().chain(&config.allow).any(|a| a == code);
        out.extend(void_approval(
            catalog,
            entry,
            &crate::approval::review_of_stray(entry),
            &allowed,
        ));
    }
    let mut checked = 0;
    for source in &reference.messages {
        let Some(entry) = index.get(source.id.as_str()) else {
            continue;
        };
        checked += 1;
        let allowed = |code: &str| entry.markers.allow.iter().chain(&config.allow).any(|a| a == code);
        let findings = match entry.state(&source.text) {
            MarkerState::Missing if !allowed("todo") => vec![marker_finding(
                codes::TODO,
                "not translated yet (`# @todo`)",
                "translate the value and delete the `# @todo` line",
            )],
            MarkerState::Stale if entry.markers.conflict.is_some() && !allowed("conflict") => {
                vec![marker_finding(
                    codes::CONFLICT,
                    "two translations of this message met and neither was dropped (`# @conflict:`)",
                    "keep the value, or put the `# @conflict:` text in its place; then delete the `# @conflict:` line",
                )]
            }
            MarkerState::Stale if !allowed("stale") => vec![marker_finding(
                codes::STALE,
                "translated for an earlier source text (`# @stale:`)",
                "compare `# @stale:` with `# @source:`, update the translation, then delete the `# @stale:` line",
            )],
            MarkerState::Translated { .. } => {
                let mut findings = message(source, entry, locale, config, Some(&terms), false);
                let first_error = findings
                    .iter()
                    .find(|f| f.severity == Severity::Error)
                    .map(|f| f.code);
                let verdict = translations.judge_with(source, &rules, |_| first_error);
                if verdict.state == verdict::State::Broken(verdict::Broken::Format) {
                    findings.push(format_finding());
                }
                out.extend(void_approval(catalog, entry, &verdict.review, &allowed));
                findings
            }
            _ => {
                let review = crate::approval::review(&source.text, entry, false);
                out.extend(void_approval(catalog, entry, &review, &allowed));
                Vec::new()
            }
        };
        for finding in findings {
            out.push(Reported {
                id: Some(entry.id.clone()),
                diagnostic: place(catalog, entry, finding),
            });
        }
    }
    let path = translations.path.clone();
    let text = translations.into_catalog().map(|c| c.text);
    report(path, text, out, checked)
}

/// An approval marker that approves nothing, pointed at on its own line.
fn void_approval(
    catalog: &Catalog,
    entry: &Entry,
    review: &crate::approval::Review,
    allowed: &dyn Fn(&str) -> bool,
) -> Option<Reported> {
    let why = review.void_reason()?;
    if allowed(codes::APPROVAL.name) {
        return None;
    }
    let marker = "# @approved:";
    let offset = entry.comment.start + catalog.text[entry.comment.clone()].find(marker)?;
    Some(Reported {
        id: Some(entry.id.clone()),
        diagnostic: Diagnostic {
            severity: Severity::Warning,
            code: codes::APPROVAL,
            // Above the message, where the body's line count does not reach.
            at: Location::of_offset(&catalog.path, &catalog.text, offset),
            message: format!("this approval is void: {why}").into(),
            help: Some(
                "review the message again and run `relingo approve`, which writes a new seal; an approval is never carried over an edit"
                    .into(),
            ),
            span: Some(offset..offset + marker.len()),
        },
    })
}

/// A translation that passes every check but that fluent-bundle cannot format (a message
/// reference or variable with nothing to resolve it): a build falls back on it.
fn format_finding() -> Finding {
    Finding {
        severity: Severity::Error,
        code: crate::check::codes::FORMAT,
        message: "Fluent cannot format this translation; a build publishes the fallback instead".into(),
        help: Some("remove the placeable that refers to nothing, or define what it refers to".into()),
        needle: None,
    }
}

fn marker_finding(code: codes::Code, message: &'static str, help: &'static str) -> Finding {
    Finding {
        severity: Severity::Warning,
        code,
        message: message.into(),
        help: Some(help.into()),
        needle: None,
    }
}

fn file_diagnostic(
    path: &Path,
    severity: Severity,
    code: codes::Code,
    message: &str,
    help: &str,
) -> Diagnostic {
    Diagnostic {
        severity,
        code,
        at: Location::new(path, 1, 1),
        message: message.to_string().into(),
        help: Some(help.to_string().into()),
        span: None,
    }
}

/// `# @allow:` lines that would silence nothing: names that are no check, and lines that a
/// blank line cuts off from the message below (Fluent attaches no comment across one).
fn allow_problems(catalog: &Catalog) -> Vec<Reported> {
    let mut found = Vec::new();
    // Built only for a file with such a line.
    let lines = std::cell::OnceCell::new();
    let mut report = |id: Option<&str>, offset: usize, message: String, help: &str| {
        let lines = lines.get_or_init(|| crate::diagnostic::LineIndex::new(&catalog.text));
        found.push(Reported {
            id: id.map(str::to_string),
            diagnostic: Diagnostic {
                severity: Severity::Warning,
                code: crate::check::codes::ALLOW,
                at: lines.location(&catalog.path, &catalog.text, offset),
                message: message.into(),
                help: Some(help.to_string().into()),
                span: Some(offset..offset + "# @allow".len()),
            },
        });
    };
    for entry in &catalog.entries {
        for name in entry.markers.allow.iter().filter(|n| codes::find(n).is_none()) {
            let offset =
                entry.comment.start + catalog.text[entry.comment.clone()].find("# @allow").unwrap_or(0);
            report(
                Some(&entry.id),
                offset,
                codes::unknown(name),
                "use a check's name; this line silences nothing",
            );
        }
    }
    for gap in catalog.gaps() {
        let mut offset = gap.start;
        for line in catalog.text[gap.clone()].split_inclusive('\n') {
            if line.trim_end().starts_with("# @allow") {
                report(
                    None,
                    offset,
                    "this `# @allow:` is attached to no message: a blank line separates them".into(),
                    "delete the blank line between it and the message it is for",
                );
            }
            offset += line.len();
        }
    }
    found
}

/// The location of `offset` inside `entry`, counted from the entry's known line rather than
/// from the start of the file.
fn location_in_entry(catalog: &Catalog, entry: &Entry, offset: usize) -> Location {
    let within = &catalog.text[entry.body.start..offset];
    let line = entry.line + within.matches('\n').count();
    let line_start = within.rfind('\n').map_or(0, |i| i + 1);
    Location::new(&catalog.path, line, within[line_start..].chars().count() + 1)
}

/// Gives a finding its position: the offending text in the message's value when it can be
/// found there, otherwise the start of the value.
fn place(catalog: &Catalog, entry: &Entry, finding: Finding) -> Diagnostic {
    let body = &catalog.text[entry.body.clone()];
    let value_start = body.find('=').map_or(0, |i| i + 1);
    let value_start =
        value_start + body[value_start..].len() - body[value_start..].trim_start_matches(' ').len();
    let span = finding
        .needle
        .as_deref()
        .and_then(|needle| {
            body[value_start..]
                .find(needle)
                .map(|i| (value_start + i, needle.len()))
        })
        .map_or(
            value_start..body.trim_end().len().max(value_start),
            |(start, len)| start..start + len,
        );
    let span = entry.body.start + span.start..entry.body.start + span.end;
    Diagnostic {
        severity: finding.severity,
        code: finding.code,
        at: location_in_entry(catalog, entry, span.start),
        message: finding.message,
        help: finding.help,
        span: Some(span),
    }
}

#[cfg(test)]
mod tests;
