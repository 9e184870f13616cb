//! `relingo status`: coverage per locale and release, in messages and in source words.
//!
//! In: a reference directory of Fluent files and one directory per target locale (a relingo
//! project, or any Fluent repository laid out as `<root>/<locale>/**/*.ftl`). Out: a
//! [`Report`] with, for every (locale, file), how many messages and source words are
//! translated, stale, missing, broken or obsolete, the lists of stale and missing messages,
//! and the results of the coverage gates. [`render`] turns it into a table, JSON, Markdown
//! or an HTML page.

pub mod render;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::catalog::{self, Catalog};
use crate::diagnostic::Diagnostic;
use crate::locale::Locale;
use crate::project::Project;
use crate::{Error, Result, words};

/// Messages and the source words they hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Count {
    pub messages: usize,
    pub words: usize,
}

impl Count {
    fn add(&mut self, words: usize) {
        self.messages += 1;
        self.words += words;
    }

    fn merge(&mut self, other: Count) {
        self.messages += other.messages;
        self.words += other.words;
    }
}

/// Where a set of messages stands in one locale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Coverage {
    /// Messages in the reference.
    pub total: Count,
    pub translated: Count,
    pub stale: Count,
    pub missing: Count,
    /// Present but broken: the entry does not parse.
    pub error: Count,
    /// In the locale but no longer in the reference (words: of their old source, when known).
    pub obsolete: Count,
    /// Translated messages whose value equals the source text.
    pub identical: usize,
    /// Terms (`-term`) defined in the locale's files; not messages, not counted above.
    pub terms: usize,
}

impl Coverage {
    fn merge(&mut self, other: &Coverage) {
        self.total.merge(other.total);
        self.translated.merge(other.translated);
        self.stale.merge(other.stale);
        self.missing.merge(other.missing);
        self.error.merge(other.error);
        self.obsolete.merge(other.obsolete);
        self.identical += other.identical;
        self.terms += other.terms;
    }

    /// Percent of source words translated (100 for an empty reference).
    pub fn word_percent(&self) -> f64 {
        percent(self.translated.words, self.total.words)
    }

    pub fn message_percent(&self) -> f64 {
        percent(self.translated.messages, self.total.messages)
    }

    /// Source words that still need a translator: missing, stale and broken.
    pub fn words_left(&self) -> usize {
        self.missing.words + self.stale.words + self.error.words
    }

    pub fn is_complete(&self) -> bool {
        self.translated.messages == self.total.messages
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

/// A message that needs work, for the lists in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pending {
    pub id: String,
    /// Line of the message in the locale's file (none when the message is absent).
    pub line: Option<usize>,
    /// Shared with every locale's report of the same message.
    pub source: std::sync::Arc<str>,
    /// For stale messages: the source text the translation was made for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_source: Option<String>,
}

/// One locale's file for one reference file.
#[derive(Debug, Clone, Serialize)]
pub struct FileStatus {
    /// The reference file's path relative to the reference directory, `/`-separated
    /// (for relingo projects: `<release>.ftl`).
    pub file: String,
    pub path: PathBuf,
    pub exists: bool,
    pub coverage: Coverage,
    pub stale: Vec<Pending>,
    pub missing: Vec<Pending>,
    pub errors: Vec<Diagnostic>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocaleStatus {
    pub locale: String,
    pub coverage: Coverage,
    pub files: Vec<FileStatus>,
    /// Files in the locale that the reference does not have.
    pub extra_files: Vec<PathBuf>,
}

/// A coverage gate that failed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GateFailure {
    pub locale: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub reference_locale: String,
    pub coverage: Coverage,
    pub locales: Vec<LocaleStatus>,
    pub gates: Vec<GateFailure>,
    /// Folders that were skipped, with the reason.
    pub warnings: Vec<String>,
}

/// The Fluent tree to report on.
#[derive(Debug, Clone)]
pub struct Tree {
    pub reference_locale: String,
    pub reference_dir: PathBuf,
    pub locales: Vec<(Locale, PathBuf)>,
    /// Skip files whose name starts with `_` (relingo's shared `_terms.ftl`).
    pub skip_shared: bool,
    pub warnings: Vec<String>,
}

impl Tree {
    /// The tree of a relingo project: its configured locales.
    pub fn of_project(project: &Project, locales: &[Locale]) -> Tree {
        let warnings = project
            .stray_locale_dirs()
            .into_iter()
            .map(|(path, reason)| format!("{}: ignored: {reason}", project.display(&path)))
            .collect();
        Tree {
            reference_locale: project.config.source_locale.to_string(),
            reference_dir: project.locale_dir(&project.config.source_locale),
            locales: locales
                .iter()
                .map(|l| (l.clone(), project.locale_dir(l)))
                .collect(),
            skip_shared: true,
            warnings,
        }
    }

    /// Any Fluent repository: every folder of `locales_dir` named by a locale code, except
    /// the reference folder itself.
    pub fn of_directories(reference_dir: &Path, locales_dir: &Path) -> Result<Tree> {
        let reference_name = reference_dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("reference");
        let entries = std::fs::read_dir(locales_dir).map_err(|e| Error::io(locales_dir, "read", e))?;
        let mut locales = Vec::new();
        let mut warnings = Vec::new();
        let reference = std::path::absolute(reference_dir).unwrap_or_else(|_| reference_dir.to_path_buf());
        for path in entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_dir())
        {
            if std::path::absolute(&path).is_ok_and(|p| p == reference) {
                continue;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            match Locale::parse(name) {
                Ok(locale) => locales.push((locale, path)),
                Err(reason) => warnings.push(format!("{}: ignored: {reason}", path.display())),
            }
        }
        locales.sort();
        warnings.sort();
        Ok(Tree {
            reference_locale: reference_name.to_string(),
            reference_dir: reference_dir.to_path_buf(),
            locales,
            skip_shared: false,
            warnings,
        })
    }
}

/// A reference message with its word count.
struct RefMessage {
    id: String,
    text: std::sync::Arc<str>,
    words: usize,
}

struct RefFile {
    file: String,
    messages: Vec<RefMessage>,
}

/// Computes the report; a reference file that does not parse is fatal.
pub fn compute(tree: &Tree) -> Result<Report> {
    let files = ftl_files(&tree.reference_dir, tree.skip_shared)?;
    let references = files
        .par_iter()
        .map(|file| read_reference(&tree.reference_dir, file))
        .collect::<Result<Vec<_>>>()?;
    let locales: Vec<LocaleStatus> = tree
        .locales
        .par_iter()
        .map(|(locale, dir)| locale_status(locale, dir, &references, &files, tree.skip_shared))
        .collect::<Result<_>>()?;
    let mut coverage = Coverage::default();
    for l in &locales {
        coverage.merge(&l.coverage);
    }
    // A file that could not be read counts as broken; the table alone would not say why.
    let unreadable = locales
        .iter()
        .flat_map(|l| &l.files)
        .flat_map(|f| &f.errors)
        .filter(|d| d.code == "unreadable")
        .map(|d| format!("{} (counted as broken)", d.message));
    let warnings = tree.warnings.iter().cloned().chain(unreadable).collect();
    Ok(Report {
        reference_locale: tree.reference_locale.clone(),
        coverage,
        locales,
        gates: Vec::new(),
        warnings,
    })
}

/// `.ftl` files under `dir`, relative, `/`-separated, sorted.
fn ftl_files(dir: &Path, skip_shared: bool) -> Result<Vec<String>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let entries = match std::fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && current != dir => continue,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(files),
            Err(e) => return Err(Error::io(&current, "read", e)),
        };
        for entry in entries {
            let path = entry.map_err(|e| Error::io(&current, "read", e))?.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                stack.push(path);
            } else if name.ends_with(".ftl") && !(skip_shared && name.starts_with('_')) {
                let relative = path.strip_prefix(dir).unwrap_or(&path);
                let parts: Vec<_> = relative.iter().map(|p| p.to_string_lossy()).collect();
                files.push(parts.join("/"));
            }
        }
    }
    files.sort();
    Ok(files)
}

fn read_reference(dir: &Path, file: &str) -> Result<RefFile> {
    let path = dir.join(file);
    let catalog = catalog::read(&path)?;
    if let Some(d) = catalog.diagnostics.first() {
        return Err(Error::at(
            d.at.clone(),
            format!("reference file: {}", d.message),
            Some("the reference must parse before coverage can be counted".into()),
        ));
    }
    let messages = catalog
        .entries
        .iter()
        .filter(|e| !e.is_term())
        .map(|e| {
            let text: std::sync::Arc<str> = e.value.as_deref().unwrap_or("").into();
            RefMessage {
                id: e.id.clone(),
                words: words::count(&text),
                text,
            }
        })
        .collect();
    Ok(RefFile {
        file: file.to_string(),
        messages,
    })
}

fn locale_status(
    locale: &Locale,
    dir: &Path,
    references: &[RefFile],
    reference_files: &[String],
    skip_shared: bool,
) -> Result<LocaleStatus> {
    let files: Vec<FileStatus> = references
        .par_iter()
        .map(|r| file_status(dir, r))
        .collect::<Result<_>>()?;
    let mut coverage = Coverage::default();
    for f in &files {
        coverage.merge(&f.coverage);
    }
    let extra_files = ftl_files(dir, skip_shared)?
        .into_iter()
        .filter(|f| reference_files.binary_search(f).is_err())
        .map(|f| dir.join(f))
        .collect();
    Ok(LocaleStatus {
        locale: locale.to_string(),
        coverage,
        files,
        extra_files,
    })
}

fn file_status(dir: &Path, reference: &RefFile) -> Result<FileStatus> {
    let path = dir.join(&reference.file);
    let exists =
        !matches!(std::fs::symlink_metadata(&path), Err(e) if e.kind() == std::io::ErrorKind::NotFound);
    // A file that cannot be read (invalid UTF-8, no permission) is broken as a whole: it is
    // reported with the rest of the tree instead of stopping the report.
    let (catalog, unreadable) = match exists.then(|| catalog::read(&path)) {
        None => (None, None),
        Some(Ok(catalog)) => (Some(catalog), None),
        Some(Err(e)) => (None, Some(e)),
    };
    let mut status = FileStatus {
        file: reference.file.clone(),
        exists,
        path,
        coverage: Coverage::default(),
        stale: Vec::new(),
        missing: Vec::new(),
        errors: Vec::new(),
    };
    match (&catalog, unreadable) {
        (Some(catalog), _) => count_file(&mut status, reference, catalog),
        (None, Some(error)) => {
            status.errors.push(Diagnostic {
                severity: crate::diagnostic::Severity::Error,
                code: "unreadable",
                at: crate::diagnostic::Location::new(&status.path, 1, 1),
                message: error.to_string().into(),
                help: None,
                span: None,
            });
            for message in &reference.messages {
                status.coverage.total.add(message.words);
                status.coverage.error.add(message.words);
            }
        }
        (None, None) => {
            for message in &reference.messages {
                status.coverage.total.add(message.words);
                status.coverage.missing.add(message.words);
                status.missing.push(pending(message, None, None));
            }
        }
    }
    Ok(status)
}

fn count_file(status: &mut FileStatus, reference: &RefFile, catalog: &Catalog) {
    status.errors = catalog.diagnostics.clone();
    // A file refused before parsing (unsafe nesting) is broken as a whole.
    let unreadable = catalog.diagnostics.iter().any(|d| d.code == "nesting");
    let entries = catalog.index();
    let coverage = &mut status.coverage;
    for message in &reference.messages {
        coverage.total.add(message.words);
        let Some(entry) = entries.get(message.id.as_str()) else {
            if unreadable || catalog.junk_ids.contains(&message.id) {
                coverage.error.add(message.words);
            } else {
                coverage.missing.add(message.words);
                status.missing.push(pending(message, None, None));
            }
            continue;
        };
        match entry.state(&message.text) {
            catalog::State::Missing => {
                coverage.missing.add(message.words);
                status.missing.push(pending(message, Some(entry.line), None));
            }
            catalog::State::Stale => {
                coverage.stale.add(message.words);
                status
                    .stale
                    .push(pending(message, Some(entry.line), entry.markers.stale.clone()));
            }
            catalog::State::Translated { identical } => {
                coverage.translated.add(message.words);
                coverage.identical += usize::from(identical);
            }
        }
    }
    let referenced: std::collections::HashSet<&str> =
        reference.messages.iter().map(|m| m.id.as_str()).collect();
    for entry in &catalog.entries {
        if entry.is_term() {
            coverage.terms += 1;
        } else if !referenced.contains(entry.id.as_str()) {
            let old = entry
                .markers
                .source
                .as_deref()
                .or(entry.value.as_deref())
                .unwrap_or("");
            coverage.obsolete.add(words::count(old));
        }
    }
}

fn pending(message: &RefMessage, line: Option<usize>, previous_source: Option<String>) -> Pending {
    Pending {
        id: message.id.clone(),
        line,
        source: message.text.clone(),
        previous_source,
    }
}

/// The coverage gates of a run.
#[derive(Debug, Clone, Default)]
pub struct Gates {
    /// `--min-coverage`: every locale needs this percent of words.
    pub min_coverage: Option<f64>,
    /// `--deny stale`.
    pub deny_stale: bool,
    /// Per locale from relingo.toml: (min-coverage, required).
    pub per_locale: HashMap<String, (Option<f64>, bool)>,
}

/// Checks the gates; failures are recorded in the report, one per locale and reason.
pub fn apply_gates(report: &mut Report, gates: &Gates) {
    let mut failures = Vec::new();
    for l in &report.locales {
        let c = &l.coverage;
        let (configured, required) = gates.per_locale.get(&l.locale).copied().unwrap_or((None, false));
        for (threshold, origin) in [
            (gates.min_coverage, "--min-coverage"),
            (configured, "min-coverage"),
        ] {
            let Some(threshold) = threshold else { continue };
            if c.word_percent() + 1e-9 < threshold {
                let needed = (threshold / 100.0 * c.total.words as f64).ceil() as usize;
                failures.push(GateFailure {
                    locale: l.locale.clone(),
                    message: format!(
                        "{:.1}% of words translated, below {origin} {threshold}%: {} more words needed",
                        c.word_percent(),
                        needed.saturating_sub(c.translated.words)
                    ),
                });
            }
        }
        if required && !c.is_complete() {
            let incomplete = l.files.iter().filter(|f| !f.coverage.is_complete()).count();
            failures.push(GateFailure {
                locale: l.locale.clone(),
                message: format!(
                    "required locale is incomplete: {} missing, {} stale, {} broken messages ({} words) in {incomplete} files",
                    c.missing.messages,
                    c.stale.messages,
                    c.error.messages,
                    c.words_left()
                ),
            });
        }
        if gates.deny_stale && c.stale.messages > 0 {
            failures.push(GateFailure {
                locale: l.locale.clone(),
                message: format!(
                    "{} stale messages ({} words) and --deny stale",
                    c.stale.messages, c.stale.words
                ),
            });
        }
    }
    report.gates = failures;
}

#[cfg(test)]
mod tests;
