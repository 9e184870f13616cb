//! `relingo status`: coverage per locale and release, in messages and in source words.
//!
//! In: a reference directory of Fluent files and one directory per target locale (a relingo
//! project, or any Fluent repository laid out as `<root>/<locale>/**/*.ftl`). Out: a
//! [`CoverageReport`] with, for every (locale, file), how many messages and source words are
//! translated, stale, missing, broken or obsolete, the lists of stale and missing messages,
//! and the results of the coverage gates. [`render`] turns it into a table, JSON, Markdown
//! or an HTML page.

pub mod l10n_toml;
pub mod readiness;
pub mod render;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use std::sync::Arc;

use crate::catalog::{self, Catalog};
use crate::check::codes;
use crate::config::CheckConfig;
use crate::diagnostic::Diagnostic;
use crate::locale::Locale;
use crate::project::Project;
use crate::reference::{self, Message, Reference};
use crate::verdict::{self, Rules, SharedTerms, State, Translations};
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
    /// Present but broken: the entry does not parse, fails an error-level check or cannot
    /// be formatted (a build falls back on it).
    pub error: Count,
    /// In the locale but no longer in the reference (words: of their old source, when known).
    pub obsolete: Count,
    /// Translated messages whose value equals the source text.
    pub identical: usize,
    /// Terms (`-term`) defined in the locale's files; not messages, not counted above.
    pub terms: usize,
    /// The reference's terms, counted as the entities they are in a Fluent repository that
    /// is not a relingo project (compare-locales counts them so): translated, missing, and
    /// the locale's terms the reference does not have (obsolete).
    pub reference_terms: TermCount,
    /// What a build publishes from the locale's own file: the translated messages, and the
    /// stale ones where the locale allows it. `min-coverage` is measured on these words.
    pub published: Count,
    /// Stale messages among the published ones (`use-stale`).
    #[serde(skip)]
    pub published_stale: usize,
    /// Translated messages a reviewer approved, for the text they hold now.
    pub approved: Count,
    /// Approval markers that approve nothing any more (the text changed since, or the
    /// message is no longer translated): shown, never trusted.
    pub void_approvals: usize,
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
        self.reference_terms.merge(&other.reference_terms);
        self.published.merge(other.published);
        self.published_stale += other.published_stale;
        self.approved.merge(other.approved);
        self.void_approvals += other.void_approvals;
    }

    /// Counts one message of `words` source words by its verdict's state; `published` when
    /// a build publishes the locale's own text for it.
    pub fn count(&mut self, state: State, published: bool, words: usize) {
        self.count_reviewed(state, &crate::approval::Review::Unreviewed, published, words);
    }

    /// Counts one message by its verdict: its state, its review, and whether a build
    /// publishes the locale's own text for it.
    pub fn count_verdict(&mut self, verdict: &verdict::Verdict, words: usize) {
        self.count_reviewed(verdict.state, &verdict.review, verdict.text.is_some(), words);
    }

    fn count_reviewed(
        &mut self,
        state: State,
        review: &crate::approval::Review,
        published: bool,
        words: usize,
    ) {
        match review {
            crate::approval::Review::Approved { .. } => self.approved.add(words),
            crate::approval::Review::Void { .. } => self.void_approvals += 1,
            crate::approval::Review::Unreviewed => {}
        }
        self.total.add(words);
        match state {
            State::Translated { identical } => {
                self.translated.add(words);
                self.identical += usize::from(identical);
            }
            State::Stale => self.stale.add(words),
            State::Missing => self.missing.add(words),
            State::Broken(_) => self.error.add(words),
        }
        if published {
            self.published.add(words);
            self.published_stale += usize::from(state == State::Stale);
        }
    }

    /// Percent of source words a build publishes from the locale's own file.
    pub fn published_percent(&self) -> f64 {
        percent(self.published.words, self.total.words)
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

    /// Translated messages no reviewer has approved (for the text they hold now).
    pub fn unapproved(&self) -> Count {
        Count {
            messages: self.translated.messages - self.approved.messages,
            words: self.translated.words - self.approved.words,
        }
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

/// The terms of a reference, in one locale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TermCount {
    pub total: usize,
    pub translated: usize,
    pub missing: usize,
    pub obsolete: usize,
}

impl TermCount {
    fn merge(&mut self, other: &TermCount) {
        self.total += other.total;
        self.translated += other.translated;
        self.missing += other.missing;
        self.obsolete += other.obsolete;
    }

    /// The reference's `terms` in `catalog` (none, for a file that does not exist); terms
    /// of the catalog the reference lacks are obsolete. The configuration lets a locale lack,
    /// or have extra, the terms it has `ignored`.
    fn of(terms: &[String], catalog: Option<&Catalog>, ignored: &dyn Fn(&str) -> bool) -> TermCount {
        let defined = |id: &str| catalog.is_some_and(|c| c.entries.iter().any(|e| e.id == id));
        let translated = terms.iter().filter(|t| defined(t)).count();
        let missing = terms.iter().filter(|t| !defined(t) && !ignored(t)).count();
        let obsolete = catalog.map_or(0, |c| {
            c.entries
                .iter()
                .filter(|e| e.is_term() && !terms.contains(&e.id) && !ignored(&e.id))
                .count()
        });
        TermCount {
            total: translated + missing,
            translated,
            missing,
            obsolete,
        }
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
    /// For broken messages: what is wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<std::borrow::Cow<'static, str>>,
}

/// What a build does with one (locale, release): publish it, withhold it (below the
/// locale's `min-coverage`) or fail on it (a `required` locale that is incomplete).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Decision {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withheld: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked: Option<String>,
}

/// What a locale's configuration asks of each of its releases.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Requirements {
    /// Percent of source words below which a release is withheld.
    pub min_coverage: Option<f64>,
    /// Every message must be translated and current, or the build fails.
    pub required: bool,
    /// Stale translations are published instead of falling back.
    pub use_stale: bool,
    /// Only approved translations are published (and count as done for `required`).
    pub require_approval: bool,
}

impl Requirements {
    /// What `relingo.toml` asks of `locale` (nothing, for a locale it does not configure).
    pub fn of(config: &crate::config::Config, locale: &Locale) -> Requirements {
        config
            .locale(locale)
            .map_or_else(Requirements::default, |l| Requirements {
                min_coverage: l.min_coverage,
                required: l.required,
                use_stale: l.use_stale,
                require_approval: l.require_approval,
            })
    }
}

/// Decides what a build does with a release whose messages `coverage` counts, in `locale`:
/// the one decision `build` acts on and `status` reports.
pub fn decide(coverage: &Coverage, locale: &str, requirements: &Requirements) -> Decision {
    let percent = coverage.published_percent();
    let withheld = requirements.min_coverage.and_then(|min| {
        (percent + 1e-9 < min)
            .then(|| format!("{percent:.1}% of words translated, below min-coverage {min}%"))
    });
    // Where approval is required, a message is done once it is approved.
    let done = if requirements.require_approval {
        coverage.approved.messages
    } else {
        coverage.translated.messages
    };
    let not_done = coverage.total.messages - done;
    let blocked = (requirements.required && not_done > 0).then(|| {
        let mut why = Vec::new();
        let unapproved = if requirements.require_approval {
            coverage.unapproved().messages
        } else {
            0
        };
        for (count, what) in [
            (coverage.missing.messages, "missing"),
            (coverage.stale.messages, "stale"),
            (coverage.error.messages, "broken"),
            (unapproved, "unapproved"),
        ] {
            if count > 0 {
                why.push(format!("{count} {what}"));
            }
        }
        let done = if requirements.require_approval {
            "approved"
        } else {
            "translated"
        };
        format!(
            "`{locale}` is required to be complete, but {not_done} of its {} {} not {done} ({})",
            coverage.total.messages,
            plural(coverage.total.messages, "message is", "messages are"),
            why.join(", ")
        )
    });
    Decision { withheld, blocked }
}

/// `one` or `many`, as `n` asks.
pub fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
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
    /// Messages present but broken, with why: a build falls back on them.
    pub broken: Vec<Pending>,
    pub errors: Vec<Diagnostic>,
    /// What a build does with this release in this locale.
    pub decision: Decision,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocaleStatus {
    pub locale: String,
    pub coverage: Coverage,
    pub files: Vec<FileStatus>,
    /// Files in the locale that the reference does not have.
    pub extra_files: Vec<PathBuf>,
    /// What the configuration asks of the locale.
    #[serde(skip)]
    pub requirements: Requirements,
}

/// A coverage gate that failed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GateFailure {
    pub locale: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CoverageReport {
    pub reference_locale: String,
    pub coverage: Coverage,
    pub locales: Vec<LocaleStatus>,
    pub gates: Vec<GateFailure>,
    /// Folders that were skipped, with the reason.
    pub warnings: Vec<String>,
    /// Whether each release can go out in every required locale (relingo projects only).
    pub readiness: Vec<readiness::Readiness>,
}

/// The Fluent tree to report on.
#[derive(Debug, Clone)]
pub struct Tree {
    pub reference_locale: String,
    pub reference_dir: PathBuf,
    pub locales: Vec<TreeLocale>,
    /// Skip files whose name starts with `_` (relingo's shared `_terms.ftl`).
    pub skip_shared: bool,
    /// The checks whose errors make a message broken.
    pub check: CheckConfig,
    pub warnings: Vec<String>,
    /// Which files of the reference (and of the locales) count, by relative path; all
    /// when `None`.
    pub files: Option<FileFilter>,
}

/// The files a configuration selects (`[[paths]]`), and those a locale may lack or have
/// extra (`[[filters]]` that ignore a file, as compare-locales reads them: a file that is
/// there is still checked).
#[derive(Debug, Clone)]
pub struct FileFilter {
    pub include: globset::GlobSet,
    pub optional: globset::GlobSet,
    /// `[[filters]]` on single keys, in the configuration's order.
    pub keys: Vec<KeyRule>,
}

/// A `[[filters]]` rule on keys: whether the messages and terms whose id `key` matches
/// (from its start, as compare-locales matches), in the files `path` matches, are ignored:
/// neither missing when a locale lacks them, nor obsolete when it has them extra.
/// compare-locales' `error` and `warning` change how loud a missing message is, not that it
/// is missing (its report lists both), so for counting they are rules that do not ignore.
#[derive(Debug, Clone)]
pub struct KeyRule {
    pub path: globset::GlobMatcher,
    pub key: regex::Regex,
    pub ignore: bool,
}

impl FileFilter {
    /// Whether the id `key` in the file at `relative` is ignored: the last rule that
    /// matches both decides, as compare-locales reads its rules.
    fn ignores(&self, relative: &str, key: &str) -> bool {
        self.keys
            .iter()
            .rev()
            .find(|rule| rule.path.is_match(relative) && rule.key.is_match(key))
            .is_some_and(|rule| rule.ignore)
    }
}

/// Whether `filter` (if any) selects the file at `relative` (`/`-separated).
fn kept(filter: Option<&FileFilter>, relative: &str) -> bool {
    filter.is_none_or(|f| f.include.is_match(relative))
}

/// Whether a locale may lack the file at `relative`, or have it though the reference does not.
fn optional(filter: Option<&FileFilter>, relative: &str) -> bool {
    filter.is_some_and(|f| f.optional.is_match(relative))
}

/// A locale of the tree: its folder and what its configuration asks of its releases.
#[derive(Debug, Clone)]
pub struct TreeLocale {
    pub locale: Locale,
    pub dir: PathBuf,
    pub requirements: Requirements,
    /// The reference's terms are entities to translate (any Fluent repository; not a
    /// relingo project, whose translators define their own terms).
    pub terms_are_entities: bool,
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
                .map(|l| TreeLocale {
                    locale: l.clone(),
                    dir: project.locale_dir(l),
                    requirements: Requirements::of(&project.config, l),
                    terms_are_entities: false,
                })
                .collect(),
            skip_shared: true,
            check: project.config.check.clone(),
            warnings,
            files: None,
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
        let reference_files = ftl_files(reference_dir, false)?;
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
            // A folder whose name reads as a language code (`configs`, `images`) is a locale
            // only if it holds a file of the reference.
            let holds_reference_file = || {
                ftl_files(&path, false)
                    .is_ok_and(|files| files.iter().any(|f| reference_files.binary_search(f).is_ok()))
            };
            match Locale::parse(name) {
                Ok(locale) if holds_reference_file() => locales.push(TreeLocale {
                    locale,
                    dir: path,
                    requirements: Requirements::default(),
                    terms_are_entities: true,
                }),
                Ok(_) => warnings.push(format!(
                    "{}: ignored: it holds no .ftl file that the reference has",
                    path.display()
                )),
                Err(reason) => warnings.push(format!("{}: ignored: {reason}", path.display())),
            }
        }
        locales.sort_by(|a, b| a.locale.cmp(&b.locale));
        warnings.sort();
        Ok(Tree {
            reference_locale: reference_name.to_string(),
            reference_dir: reference_dir.to_path_buf(),
            locales,
            skip_shared: false,
            check: CheckConfig::default(),
            warnings,
            files: None,
        })
    }
}

/// Computes the report; a reference file that does not parse is fatal.
pub fn compute(tree: &Tree) -> Result<CoverageReport> {
    let mut files = ftl_files(&tree.reference_dir, tree.skip_shared)?;
    files.retain(|f| kept(tree.files.as_ref(), f));
    let references = files
        .par_iter()
        .map(|file| reference::read(&tree.reference_dir.join(file), file))
        .collect::<Result<Vec<_>>>()?;
    let locales: Vec<LocaleStatus> = tree
        .locales
        .par_iter()
        .map(|l| locale_status(l, tree, &references, &files))
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
        .filter(|d| d.code == codes::UNREADABLE)
        .map(|d| format!("{}: {} (counted as broken)", d.at.path.display(), d.message));
    let warnings = tree.warnings.iter().cloned().chain(unreadable).collect();
    Ok(CoverageReport {
        reference_locale: tree.reference_locale.clone(),
        coverage,
        locales,
        gates: Vec::new(),
        readiness: Vec::new(),
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
            let entry = entry.map_err(|e| Error::io(&current, "read", e))?;
            let path = entry.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            // The listing tells a folder from a file without asking each entry (a tree of
            // 20,000 files); only a link is followed to see what it leads to.
            let is_dir = match entry.file_type() {
                Ok(kind) if kind.is_symlink() => path.is_dir(),
                Ok(kind) => kind.is_dir(),
                Err(_) => path.is_dir(),
            };
            if is_dir {
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

fn locale_status(
    l: &TreeLocale,
    tree: &Tree,
    references: &[Reference],
    reference_files: &[String],
) -> Result<LocaleStatus> {
    let (check, skip_shared) = (&tree.check, tree.skip_shared);
    let terms = Arc::new(SharedTerms::load(&l.dir));
    let rules = Rules {
        check,
        use_stale: l.requirements.use_stale,
        require_approval: l.requirements.require_approval,
    };
    let files: Vec<FileStatus> = references
        .par_iter()
        .map(|r| file_status(l, r, terms.clone(), &rules, tree.files.as_ref()))
        .filter(|f| f.exists || !optional(tree.files.as_ref(), &f.file))
        .collect();
    let mut coverage = Coverage::default();
    for f in &files {
        coverage.merge(&f.coverage);
    }
    let extra_files = ftl_files(&l.dir, skip_shared)?
        .into_iter()
        .filter(|f| {
            reference_files.binary_search(f).is_err()
                && kept(tree.files.as_ref(), f)
                && !optional(tree.files.as_ref(), f)
        })
        .map(|f| l.dir.join(f))
        .collect();
    Ok(LocaleStatus {
        locale: l.locale.to_string(),
        coverage,
        files,
        extra_files,
        requirements: l.requirements,
    })
}

/// The coverage of one locale file: every reference message counted by its verdict, but
/// those the configuration's key rules (`filter`) ignore.
fn file_status(
    l: &TreeLocale,
    reference: &Reference,
    terms: Arc<SharedTerms>,
    rules: &Rules,
    filter: Option<&FileFilter>,
) -> FileStatus {
    let ignored = |key: &str| filter.is_some_and(|f| f.ignores(&reference.release, key));
    let path = l.dir.join(&reference.release);
    // A file that cannot be read (invalid UTF-8, no permission) is broken as a whole: it is
    // reported with the rest of the tree instead of stopping the report.
    let file = match catalog::read(&path) {
        Err(e) if e.is_not_found() => verdict::File::Absent,
        Ok(catalog) => verdict::File::Read(catalog),
        Err(e) => verdict::File::Unreadable(Diagnostic::of_error(&e, codes::UNREADABLE, &path)),
    };
    let exists = !matches!(file, verdict::File::Absent);
    let translations = Translations::new(&l.locale, path.clone(), file, terms);
    let mut status = FileStatus {
        file: reference.release.clone(),
        exists,
        path,
        coverage: Coverage::default(),
        stale: Vec::new(),
        missing: Vec::new(),
        broken: Vec::new(),
        errors: Vec::new(),
        decision: Decision::default(),
    };
    if let Some(problem) = translations.unreadable() {
        status.errors.push(problem.clone());
    }
    for message in &reference.messages {
        let verdict = translations.judge(message, rules);
        if matches!(verdict.state, State::Missing) && ignored(&message.id) {
            continue;
        }
        status.coverage.count_verdict(&verdict, message.words);
        let line = verdict.entry.map(|e| e.line);
        match verdict.state {
            State::Missing => status.missing.push(pending(message, line)),
            State::Stale => status.stale.push(Pending {
                previous_source: verdict.entry.and_then(|e| e.markers.stale.clone()),
                ..pending(message, line)
            }),
            State::Broken(why) => status.broken.push(Pending {
                reason: Some(why.reason()),
                ..pending(message, line)
            }),
            State::Translated { .. } => {}
        }
    }
    if let Some(catalog) = translations.catalog() {
        status.errors.extend(catalog.diagnostics.iter().cloned());
        count_extra_entries(&mut status.coverage, reference, catalog, &ignored);
    }
    // relingo's references have no terms: translators define their own, which are not
    // obsolete. Elsewhere the reference's terms are entities like messages.
    if l.terms_are_entities {
        status.coverage.reference_terms = TermCount::of(&reference.terms, translations.catalog(), &ignored);
    }
    status.decision = decide(&status.coverage, l.locale.as_str(), &l.requirements);
    status
}

/// Terms of the file, and messages the reference no longer has (obsolete, unless
/// `ignored`).
fn count_extra_entries(
    coverage: &mut Coverage,
    reference: &Reference,
    catalog: &Catalog,
    ignored: &dyn Fn(&str) -> bool,
) {
    for entry in &catalog.entries {
        if entry.is_term() {
            coverage.terms += 1;
        } else if reference.get(&entry.id).is_none() && !ignored(&entry.id) {
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

fn pending(message: &Message, line: Option<usize>) -> Pending {
    Pending {
        id: message.id.clone(),
        line,
        source: message.text.clone(),
        previous_source: None,
        reason: None,
    }
}

/// The gates a run adds to what the configuration asks (`required` locales are always
/// gated, as `build` fails on them).
#[derive(Debug, Clone, Default)]
pub struct Gates {
    /// `--min-coverage`: every locale needs this percent of words translated.
    pub min_coverage: Option<f64>,
    /// `--deny stale`.
    pub deny_stale: bool,
    /// `--deny unapproved`: every translated message must be approved for its text.
    pub deny_unapproved: bool,
}

/// Checks the gates; failures are recorded in the report, one per locale and reason. A
/// release that `build` would refuse (a `required` locale incomplete) fails here too; one
/// it would withhold (below `min-coverage`) is reported in the file's decision, and fails
/// nothing, as it fails no build.
pub fn apply_gates(report: &mut CoverageReport, gates: &Gates) {
    let mut failures = Vec::new();
    for l in &report.locales {
        let c = &l.coverage;
        let fail = |message: String| GateFailure {
            locale: l.locale.clone(),
            message,
        };
        if let Some(threshold) = gates.min_coverage.filter(|t| c.word_percent() + 1e-9 < *t) {
            let needed = (threshold / 100.0 * c.total.words as f64).ceil() as usize;
            failures.push(fail(format!(
                "{:.1}% of words translated, below --min-coverage {threshold}%: {} more words needed",
                c.word_percent(),
                needed.saturating_sub(c.translated.words)
            )));
        }
        let blocked = l.files.iter().filter(|f| f.decision.blocked.is_some()).count();
        if blocked > 0 {
            let unapproved = if l.requirements.require_approval {
                format!(", {} unapproved", c.unapproved().messages)
            } else {
                String::new()
            };
            failures.push(fail(format!(
                "required locale is incomplete: {} missing, {} stale, {} broken{unapproved} messages ({} words) in {blocked} {}",
                c.missing.messages,
                c.stale.messages,
                c.error.messages,
                c.words_left(),
                plural(blocked, "file", "files")
            )));
        }
        let unapproved = c.unapproved();
        if gates.deny_unapproved && unapproved.messages > 0 {
            let void = match c.void_approvals {
                0 => String::new(),
                n => format!(", {n} of them with a void approval"),
            };
            failures.push(fail(format!(
                "{} translated {} ({} words) not approved{void}, and --deny unapproved",
                unapproved.messages,
                plural(unapproved.messages, "message", "messages"),
                unapproved.words
            )));
        }
        if gates.deny_stale && c.stale.messages > 0 {
            failures.push(fail(format!(
                "{} stale {} ({} words) and --deny stale",
                c.stale.messages,
                plural(c.stale.messages, "message", "messages"),
                c.stale.words
            )));
        }
    }
    report.gates = failures;
}

#[cfg(test)]
mod tests;
