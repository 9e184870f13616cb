//! `relingo sync`: brings each locale's Fluent files in line with the reference catalogs.
//!
//! In: a reference catalog (messages in document order, with group comments) and the
//! locale's file for the same release, if any, plus the locale's translation memory.
//! Out: the new text of the file, produced by splicing byte ranges of the old one, and what
//! changed. New segments become `# @todo` stubs; an edited segment's old translation moves to
//! its new id marked `# @stale:` with the old source; removed segments go to a `## Obsolete`
//! group. Every line a translator wrote is carried over verbatim, and a file with nothing to
//! change comes out byte-identical.

pub mod memory;
pub mod similarity;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::catalog::{self, Catalog, CommentLine, Entry, Markers, escape};
use crate::check::codes;
use crate::diagnostic::Diagnostic;
use crate::locale::Locale;
use crate::msgid::same_normalized;
use crate::project::Project;
use crate::reference::{self, Group, Message, Reference, group};
use crate::{Error, Result, persist};
pub use memory::{LazyMemory, Memory};

/// Below this similarity an old message is not paired with the new one in its place.
pub const PAIR_IN_PLACE: f64 = 0.5;
/// Below this similarity a moved message is not paired with a new one elsewhere.
pub const PAIR_MOVED: f64 = 0.7;

#[derive(Debug, Clone)]
pub struct Options {
    pub prune: bool,
    pub dry_run: bool,
    pub memory_threshold: f64,
}

/// What sync changed (or would change) in one file, by message id.
#[derive(Debug, Default, Clone, PartialEq, Serialize)]
pub struct Changes {
    /// New `# @todo` stubs.
    pub added: Vec<String>,
    /// Translations carried to an edited segment's new id, marked stale.
    pub stale: Vec<String>,
    /// Filled from translation memory (exact: translated; near: stale).
    pub memory: Vec<String>,
    /// Moved to the `## Obsolete` group.
    pub obsolete: Vec<String>,
    /// Back from the obsolete group because their source text returned.
    pub restored: Vec<String>,
    /// `# @todo` removed because the value no longer copies the source.
    pub finished: Vec<String>,
    /// Deleted by `--prune`, with the translation that was deleted.
    pub pruned: Vec<(String, String)>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        *self == Changes::default()
    }

    /// Adds what changed in another file (for a summary of many files).
    pub fn absorb(&mut self, other: &Changes) {
        self.added.extend(other.added.iter().cloned());
        self.stale.extend(other.stale.iter().cloned());
        self.memory.extend(other.memory.iter().cloned());
        self.obsolete.extend(other.obsolete.iter().cloned());
        self.restored.extend(other.restored.iter().cloned());
        self.finished.extend(other.finished.iter().cloned());
        self.pruned.extend(other.pruned.iter().cloned());
    }

    /// How many messages changed in each way, as `(count, what)`, in a fixed order.
    pub fn counts(&self) -> [(usize, &'static str); 7] {
        [
            (self.added.len(), "to translate"),
            (self.stale.len(), "stale"),
            (self.memory.len(), "from memory"),
            (self.obsolete.len(), "obsolete"),
            (self.restored.len(), "restored"),
            (self.finished.len(), "finished"),
            (self.pruned.len(), "pruned"),
        ]
    }
}

/// The outcome for one file.
#[derive(Debug, Serialize)]
pub struct FileSync {
    pub path: PathBuf,
    pub locale: String,
    pub release: String,
    pub created: bool,
    /// Whether the file's bytes changed (or would, in a dry run).
    pub changed: bool,
    pub changes: Changes,
    /// Why the file was left untouched: syntax errors, duplicate ids, unsafe nesting, or it
    /// could not be read or written (`unreadable`, `not-written`).
    pub diagnostics: Vec<Diagnostic>,
    /// The file this one replaced, until the run settles it ([`persist::settle`]).
    #[serde(skip)]
    displaced: Option<persist::Displaced>,
}

impl FileSync {
    fn new(path: PathBuf, locale: &Locale, release: &str) -> Self {
        FileSync {
            path,
            locale: locale.to_string(),
            release: release.to_string(),
            created: false,
            changed: false,
            changes: Changes::default(),
            diagnostics: Vec::new(),
            displaced: None,
        }
    }

    /// Whether this file needs a person's attention (exit code 1).
    pub fn is_problem(&self) -> bool {
        !self.diagnostics.is_empty()
    }
}

/// Syncs `locales` × the reference catalogs named in `releases` (all when empty).
pub fn run(
    project: &Project,
    locales: &[Locale],
    releases: &[String],
    options: &Options,
) -> Result<Vec<FileSync>> {
    let ids = project.reference_ids(releases)?;
    if !options.dry_run {
        // Temporary files of a run that was killed mid-write; the project lock says no
        // other run is writing now.
        for locale in locales {
            persist::remove_leftovers(&project.locale_dir(locale), persist::LEFTOVER_AGE);
        }
    }
    let references = ids
        .par_iter()
        .map(|id| reference::read(&project.reference_path(id), id))
        .collect::<Result<Vec<_>>>()?;
    let reports: Vec<Vec<FileSync>> = locales
        .par_iter()
        .map(|locale| sync_locale(project, locale, &references, options))
        .collect::<Result<_>>()?;
    let mut reports: Vec<FileSync> = reports.into_iter().flatten().collect();
    settle(&mut reports);
    Ok(reports)
}

/// Settles the files the run replaced ([`persist::settle`]): a file an editor saved into
/// the instant it was replaced is put back as saved, and reported as left alone.
fn settle(reports: &mut [FileSync]) {
    let displaced: Vec<persist::Displaced> = reports.iter_mut().filter_map(|r| r.displaced.take()).collect();
    for (path, error) in persist::settle(displaced) {
        if let Some(report) = reports.iter_mut().find(|r| r.path == path) {
            report.changed = false;
            report.diagnostics = vec![Diagnostic::of_error(&error, codes::NOT_WRITTEN, &path)];
        }
    }
}

fn sync_locale(
    project: &Project,
    locale: &Locale,
    references: &[Reference],
    options: &Options,
) -> Result<Vec<FileSync>> {
    // Every file of the locale feeds the memory, also those of releases not being synced.
    let ids = project.catalog_ids(locale)?;
    let loaded: Vec<(String, Loaded)> = ids
        .par_iter()
        .map(|id| (id.clone(), load_target(&project.catalog_path(locale, id))))
        .collect();
    let memory = LazyMemory::new(
        loaded
            .iter()
            .filter_map(|(id, c)| c.as_ref().ok().map(|c| (id.as_str(), c)))
            .collect(),
    );
    let by_release: HashMap<&str, &Loaded> = loaded.iter().map(|(id, c)| (id.as_str(), c)).collect();
    let planned: Vec<Planned> = references
        .par_iter()
        .map(|reference| {
            let path = project.catalog_path(locale, &reference.release);
            let loaded = by_release.get(reference.release.as_str()).copied();
            Planned::new(
                FileSync::new(path, locale, &reference.release),
                reference,
                loaded,
                &memory,
                locale,
                options,
            )
        })
        .collect();
    if options.dry_run {
        return Ok(planned.into_iter().map(|p| p.report).collect());
    }
    // The locale's files are written together: one flush to disk for all of them.
    let writes: Vec<persist::Replacement> = planned.iter().filter_map(Planned::replacement).collect();
    let mut outcomes = persist::replace_all(&writes).into_iter();
    let written: Vec<(Planned, Option<Result<persist::Replaced>>)> = planned
        .into_iter()
        .map(|p| {
            let outcome = p.write.is_some().then(|| outcomes.next()).flatten();
            (p, outcome)
        })
        .collect();
    Ok(written
        .into_par_iter()
        .zip(references.par_iter())
        .map(|((planned, outcome), reference)| match outcome {
            None => planned.report,
            Some(outcome) => planned.conclude(outcome, reference, &memory, locale, options),
        })
        .collect())
}

/// How often a file that an editor saved while sync worked on it is read and synced again
/// before sync leaves it alone and reports it.
const ATTEMPTS: usize = 3;

/// One file's sync, planned from the file as read: the report, and the text to write if it
/// changes.
struct Planned {
    report: FileSync,
    /// The file's new text and its text as read (`None`: there was no file).
    write: Option<(String, Option<String>)>,
}

impl Planned {
    /// Plans the sync of one file, `loaded` as read (`None`: there was no file).
    fn new(
        mut report: FileSync,
        reference: &Reference,
        loaded: Option<&Loaded>,
        memory: &LazyMemory,
        locale: &Locale,
        options: &Options,
    ) -> Self {
        let target = match loaded {
            None => None,
            Some(Err(problem)) => {
                report.diagnostics = vec![Diagnostic::clone(problem)];
                return Planned { report, write: None };
            }
            Some(Ok(catalog)) if !catalog.is_clean() => {
                report.diagnostics = catalog.diagnostics.clone();
                return Planned { report, write: None };
            }
            Some(Ok(catalog)) => Some(catalog),
        };
        let (text, changes) = plan(reference, target, memory, locale, options);
        let read = target.map(|t| t.with_bom(&t.text));
        report.created = target.is_none();
        report.changed = read.as_deref() != Some(text.as_str());
        report.changes = changes;
        let write = report.changed.then_some((text, read));
        Planned { report, write }
    }

    fn replacement(&self) -> Option<persist::Replacement<'_>> {
        let (text, read) = self.write.as_ref()?;
        Some(persist::Replacement {
            path: &self.report.path,
            read: read.as_deref().map(str::as_bytes),
            bytes: text.as_bytes(),
        })
    }

    /// The report once the file was written, or found saved by an editor meanwhile: then
    /// it is read and synced again, up to [`ATTEMPTS`] times in all.
    fn conclude(
        self,
        outcome: Result<persist::Replaced>,
        reference: &Reference,
        memory: &LazyMemory,
        locale: &Locale,
        options: &Options,
    ) -> FileSync {
        let (mut planned, mut outcome, mut attempt) = (self, outcome, 1);
        loop {
            let mut report = planned.report;
            match outcome {
                Ok(replaced) => {
                    report.displaced = replaced.displaced;
                    return report;
                }
                Err(Error::ChangedMeanwhile { .. }) if attempt < ATTEMPTS => {
                    attempt += 1;
                    let path = report.path.clone();
                    let again = read_if_present(&path);
                    let fresh = FileSync::new(path, locale, &reference.release);
                    planned = Planned::new(fresh, reference, again.as_ref(), memory, locale, options);
                    let Some(replacement) = planned.replacement() else {
                        return planned.report;
                    };
                    outcome = persist::replace_read(replacement.path, replacement.read, replacement.bytes);
                }
                Err(e) => {
                    report.diagnostics = vec![Diagnostic::of_error(&e, codes::NOT_WRITTEN, &report.path)];
                    report.changed = false;
                    return report;
                }
            }
        }
    }
}

/// A target catalog as read, or why it could not be.
type Loaded = std::result::Result<Catalog, Box<Diagnostic>>;

/// Reads a target catalog (never through a link: see [`crate::input::Links::Refuse`]).
fn load_target(path: &Path) -> Loaded {
    catalog::read(path).map_err(|e| Box::new(Diagnostic::of_error(&e, codes::UNREADABLE, path)))
}

/// Reads a target catalog that may not exist (`None`).
fn read_if_present(path: &Path) -> Option<Loaded> {
    match catalog::read(path) {
        Err(e) if e.is_not_found() => None,
        result => Some(result.map_err(|e| Box::new(Diagnostic::of_error(&e, codes::UNREADABLE, path)))),
    }
}

/// Where a reference message's entry comes from in the new file.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Origin {
    /// The target has this id.
    Current(usize),
    /// The target's entry for an edited version of this segment.
    Paired(usize),
    New,
}

/// The new text of a target file (BOM included) and what changed.
pub fn plan(
    reference: &Reference,
    target: Option<&Catalog>,
    memory: &LazyMemory,
    locale: &Locale,
    options: &Options,
) -> (String, Changes) {
    match target {
        // Most files of a tree are already in step: say so without rebuilding them.
        Some(catalog) if up_to_date(reference, catalog) => {
            (catalog.with_bom(&catalog.text), Changes::default())
        }
        Some(catalog) => Splicer::new(reference, catalog, memory, options).run(),
        None => new_file(reference, memory, locale, options),
    }
}

/// Whether a file already holds exactly what [`Splicer`] would write: the reference's
/// messages in order, each with its current `# @source:`, no stub that a translator
/// finished, no message that left the source, and the group comments in place.
fn up_to_date(reference: &Reference, catalog: &Catalog) -> bool {
    let gaps = catalog.gaps();
    let mut items = reference.messages.iter();
    for (entry, gap) in catalog.entries.iter().zip(&gaps) {
        if entry.is_term() {
            continue;
        }
        let Some(item) = items.next() else { return false };
        let m = &entry.markers;
        let current = entry.id == item.id
            && m.source.as_deref() == Some(&*item.text)
            && !m.obsolete
            && (!m.todo || entry.value.as_deref() == Some(&*item.text))
            && gap_is_current(&catalog.text[gap.clone()], item.group_comment());
        if !current {
            return false;
        }
    }
    items.next().is_none()
}

/// Whether a gap holds exactly the relingo group comment `group` (and no other).
fn gap_is_current(gap: &str, group: Option<Group>) -> bool {
    let mut labels = group::managed_in(gap);
    let first_is_current = match (labels.next(), group) {
        (None, None) => true,
        (Some(label), Some(group)) => group.is_written_as(label),
        _ => false,
    };
    first_is_current && labels.next().is_none()
}

fn new_file(
    reference: &Reference,
    memory: &LazyMemory,
    locale: &Locale,
    options: &Options,
) -> (String, Changes) {
    let mut changes = Changes::default();
    let mut out = format!(
        "### Release `{}`, translated into {locale}.\n\
         ### Translate the text after `=`. Lines starting with `# @` are managed by relingo\n\
         ### (see the README, section \"For translators\"); your own comments are kept.\n",
        reference.release
    );
    for item in &reference.messages {
        out.push_str(&new_gap(group_label(item).as_deref(), "\n"));
        out.push_str(&new_entry(
            item,
            &reference.release,
            memory,
            options,
            &mut changes,
            "\n",
        ));
    }
    (out, changes)
}

/// The group comment a message's entry is written under, when it opens its block.
fn group_label(message: &Message) -> Option<String> {
    message.group_comment().map(|g| g.to_string())
}

fn new_gap(group: Option<&str>, le: &str) -> String {
    match group {
        Some(label) => format!("{le}## {label}{le}"),
        None => le.to_string(),
    }
}

/// A message for a segment the file does not have: from memory, or a `# @todo` stub.
fn new_entry(
    item: &Message,
    release: &str,
    memory: &LazyMemory,
    options: &Options,
    changes: &mut Changes,
    le: &str,
) -> String {
    let mut markers = Markers {
        source: Some(item.text.to_string()),
        ..Markers::default()
    };
    let memory = memory.get();
    let body = if let Some(hit) = memory.exact(&item.text, release) {
        markers.memory = Some(format!("{}/{} (exact match)", hit.release, hit.id));
        changes.memory.push(item.id.clone());
        rename_body(&hit.body, &hit.id, &item.id)
    } else if let Some((hit, score)) = memory.near(&item.text, options.memory_threshold, release) {
        markers.stale = Some(hit.source.clone());
        markers.memory = Some(format!(
            "{}/{} ({:.0}% match)",
            hit.release,
            hit.id,
            score * 100.0
        ));
        changes.memory.push(item.id.clone());
        rename_body(&hit.body, &hit.id, &item.id)
    } else {
        markers.todo = true;
        changes.added.push(item.id.clone());
        stub_body(item)
    };
    let mut out = String::new();
    for line in markers.lines() {
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(&body);
    ensure_line_end(&mut out);
    convert_line_ends(out, le)
}

fn stub_body(item: &Message) -> String {
    format!("{} = {}\n", item.id, escape::value(&item.text))
}

fn rename_body(body: &str, old_id: &str, new_id: &str) -> String {
    format!("{new_id}{}", body.strip_prefix(old_id).unwrap_or(body))
}

fn ensure_line_end(text: &mut String) {
    if !text.ends_with('\n') {
        text.push('\n');
    }
}

fn convert_line_ends(text: String, le: &str) -> String {
    if le == "\n" {
        text
    } else {
        text.replace("\r\n", "\n").replace('\n', le)
    }
}

/// Rebuilds an existing file from its own byte ranges.
struct Splicer<'a> {
    reference: &'a Reference,
    catalog: &'a Catalog,
    memory: &'a LazyMemory<'a>,
    options: &'a Options,
    gaps: Vec<std::ops::Range<usize>>,
    le: &'static str,
    changes: Changes,
    out: String,
}

impl<'a> Splicer<'a> {
    fn new(
        reference: &'a Reference,
        catalog: &'a Catalog,
        memory: &'a LazyMemory<'a>,
        options: &'a Options,
    ) -> Self {
        Splicer {
            reference,
            catalog,
            memory,
            options,
            gaps: catalog.gaps(),
            le: catalog.line_ending,
            changes: Changes::default(),
            out: String::with_capacity(catalog.text.len() + 256),
        }
    }

    fn run(mut self) -> (String, Changes) {
        let origins = self.origins();
        let mut used = vec![false; self.entries().len()];
        for k in origins.iter().filter_map(anchor) {
            used[k] = true;
        }
        let text = &self.catalog.text;
        self.out.push_str(&text[self.catalog.header.clone()]);
        self.emit_leading_terms();
        for (item, origin) in self.reference.messages.iter().zip(&origins) {
            match *origin {
                Origin::Current(k) => self.emit_current(item, k),
                Origin::Paired(k) => self.emit_paired(item, k),
                Origin::New => {
                    self.out.push_str(&new_gap(group_label(item).as_deref(), self.le));
                    let entry = new_entry(
                        item,
                        &self.reference.release,
                        self.memory,
                        self.options,
                        &mut self.changes,
                        self.le,
                    );
                    self.out.push_str(&entry);
                }
            }
        }
        self.emit_orphans(&used);
        let trailing = self.gaps.last().cloned().unwrap_or(0..0);
        self.out.push_str(&text[trailing]);
        let original = text.as_str();
        // A file whose last line had no line end got one only because something followed it.
        if self.out.len() == original.len() + self.le.len()
            && self.out.starts_with(original)
            && !original.ends_with('\n')
        {
            self.out.truncate(original.len());
        }
        (self.catalog.with_bom(&self.out), self.changes)
    }

    fn entries(&self) -> &'a [Entry] {
        &self.catalog.entries
    }

    /// Decides, for every reference message, which target entry (if any) it takes.
    fn origins(&self) -> Vec<Origin> {
        let position: rustc_hash::FxHashMap<&str, usize> = self
            .entries()
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.is_term())
            .rev()
            .map(|(k, e)| (e.id.as_str(), k))
            .collect();
        let mut origins: Vec<Origin> = self
            .reference
            .messages
            .iter()
            .map(|item| {
                position
                    .get(item.id.as_str())
                    .map_or(Origin::New, |&k| Origin::Current(k))
            })
            .collect();
        let referenced: rustc_hash::FxHashSet<&str> =
            self.reference.messages.iter().map(|i| i.id.as_str()).collect();
        let mut orphans: Vec<(usize, Vec<String>)> = self
            .entries()
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.is_term() && !referenced.contains(e.id.as_str()))
            .filter_map(|(k, e)| old_source(e).map(|s| (k, similarity::words(&s))))
            .collect();
        self.pair_in_place(&mut origins, &mut orphans);
        self.pair_moved(&mut origins, &mut orphans);
        origins
    }

    /// An edited block sits where the old one sat: between the same neighbours.
    fn pair_in_place(&self, origins: &mut [Origin], orphans: &mut Vec<(usize, Vec<String>)>) {
        for j in 0..origins.len() {
            if origins[j] != Origin::New {
                continue;
            }
            let before = origins[..j]
                .iter()
                .rev()
                .find_map(anchor)
                .map_or(-1, |k| k as isize);
            let after = origins[j + 1..]
                .iter()
                .find_map(anchor)
                .map_or(isize::MAX, |k| k as isize);
            let words = similarity::words(&self.reference.messages[j].text);
            let best = orphans
                .iter()
                .enumerate()
                .filter(|(_, (k, _))| (*k as isize) > before && (*k as isize) < after)
                .map(|(o, (_, old))| (o, similarity::score(&words, old)))
                .filter(|(_, score)| *score >= PAIR_IN_PLACE)
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            if let Some((o, _)) = best {
                origins[j] = Origin::Paired(orphans.remove(o).0);
            }
        }
    }

    /// A moved (or split) block: the best remaining matches anywhere in the file.
    fn pair_moved(&self, origins: &mut [Origin], orphans: &mut Vec<(usize, Vec<String>)>) {
        let mut candidates = Vec::new();
        for (j, origin) in origins.iter().enumerate() {
            if *origin != Origin::New {
                continue;
            }
            let words = similarity::words(&self.reference.messages[j].text);
            for (o, (_, old)) in orphans.iter().enumerate() {
                let score = similarity::score(&words, old);
                if score >= PAIR_MOVED {
                    candidates.push((score, j, o));
                }
            }
        }
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut taken = vec![false; orphans.len()];
        for (_, j, o) in candidates {
            if origins[j] == Origin::New && !taken[o] {
                taken[o] = true;
                origins[j] = Origin::Paired(orphans[o].0);
            }
        }
        let mut o = 0;
        orphans.retain(|_| {
            o += 1;
            !taken[o - 1]
        });
    }

    /// Terms before the first message stay right after the header.
    fn emit_leading_terms(&mut self) {
        let leading = self.entries().iter().take_while(|e| e.is_term()).count();
        for k in 0..leading {
            self.push_gap(k);
            self.push_entry_text(k);
        }
    }

    /// Terms written after a message travel with it.
    fn emit_attached_terms(&mut self, k: usize) {
        let mut t = k + 1;
        while self.entries().get(t).is_some_and(Entry::is_term) {
            self.push_gap(t);
            self.push_entry_text(t);
            t += 1;
        }
    }

    fn push_gap(&mut self, k: usize) {
        let gap = &self.catalog.text[self.gaps[k].clone()];
        self.out.push_str(gap);
    }

    fn push_retargeted_gap(&mut self, k: usize, group: Option<&str>) {
        let gap = &self.catalog.text[self.gaps[k].clone()];
        self.out.push_str(&retarget_gap(gap, group, self.le));
    }

    fn push_entry_text(&mut self, k: usize) {
        let entry = &self.entries()[k];
        self.out.push_str(&self.catalog.text[entry.range()]);
        if !self.out.ends_with('\n') {
            self.out.push_str(self.le);
        }
    }

    fn emit_current(&mut self, item: &Message, k: usize) {
        let entry = &self.entries()[k];
        let mut markers = entry.markers.clone();
        let mut body = None;
        markers.source = Some(item.text.to_string());
        if std::mem::take(&mut markers.obsolete) {
            self.changes.restored.push(item.id.clone());
        }
        if markers.todo {
            let value = entry.value.as_deref().unwrap_or("");
            let copies_source = value == &*item.text
                || same_normalized(value, &item.text)
                || entry
                    .markers
                    .source
                    .as_deref()
                    .is_some_and(|s| same_normalized(s, value));
            if !copies_source {
                markers.todo = false;
                self.changes.finished.push(item.id.clone());
            } else if value != &*item.text && self.is_single_line(entry) {
                body = Some(convert_line_ends(stub_body(item), self.le));
            }
        }
        self.push_retargeted_gap(k, group_label(item).as_deref());
        self.push_rewritten(entry, &markers, body);
        self.emit_attached_terms(k);
    }

    fn emit_paired(&mut self, item: &Message, k: usize) {
        let entry = &self.entries()[k];
        let old = old_source(entry).unwrap_or_default();
        let untranslated =
            entry.markers.todo && entry.value.as_deref().is_some_and(|v| same_normalized(v, &old));
        let mut markers = entry.markers.clone();
        markers.source = Some(item.text.to_string());
        markers.obsolete = false;
        let body = if untranslated {
            markers.todo = true;
            markers.stale = None;
            markers.memory = None;
            self.changes.added.push(item.id.clone());
            stub_body(item)
        } else {
            markers.todo = false;
            markers.stale = markers.stale.or(Some(old));
            self.changes.stale.push(item.id.clone());
            rename_body(&self.catalog.text[entry.body.clone()], &entry.id, &item.id)
        };
        self.push_retargeted_gap(k, group_label(item).as_deref());
        self.push_rewritten(entry, &markers, Some(convert_line_ends(body, self.le)));
        self.emit_attached_terms(k);
    }

    /// Entries of the file that no reference message took: obsolete, pruned, or dropped stubs.
    fn emit_orphans(&mut self, used: &[bool]) {
        let mut first = true;
        for (k, entry) in self.entries().iter().enumerate() {
            if entry.is_term() || used[k] {
                continue;
            }
            let is_pure_stub = entry.markers.todo
                && old_source(entry)
                    .zip(entry.value.as_deref())
                    .is_some_and(|(s, v)| same_normalized(&s, v))
                && !entry
                    .comment_lines
                    .iter()
                    .any(|l| matches!(l, CommentLine::Translator(_)));
            if is_pure_stub {
                // A copy of an old source text and nothing the translator wrote.
                continue;
            }
            if self.options.prune {
                let value = entry.value.clone().unwrap_or_default();
                self.changes.pruned.push((entry.id.clone(), value));
                continue;
            }
            let mut markers = entry.markers.clone();
            if !markers.obsolete {
                markers.obsolete = true;
                self.changes.obsolete.push(entry.id.clone());
            }
            let group = if first { Some(group::OBSOLETE) } else { None };
            first = false;
            self.push_retargeted_gap(k, group);
            self.push_rewritten(entry, &markers, None);
            self.emit_attached_terms(k);
        }
    }

    fn is_single_line(&self, entry: &Entry) -> bool {
        let body = &self.catalog.text[entry.body.clone()];
        body.trim_end().lines().count() == 1
    }

    /// An entry with new markers (and maybe a new body); unchanged entries are copied.
    fn push_rewritten(&mut self, entry: &Entry, markers: &Markers, body: Option<String>) {
        self.catalog
            .write_entry(&mut self.out, entry, markers, body.as_deref());
    }
}

fn anchor(origin: &Origin) -> Option<usize> {
    match origin {
        Origin::Current(k) | Origin::Paired(k) => Some(*k),
        Origin::New => None,
    }
}

/// The source text an entry was last synced with: its `# @source:` line.
fn old_source(entry: &Entry) -> Option<String> {
    entry.markers.source.clone()
}

/// The gap before an entry with its relingo group comment set to `group` (or removed).
/// Everything else in the gap (blank lines, the translator's comments) is kept.
fn retarget_gap(gap: &str, group: Option<&str>, le: &str) -> String {
    let mut out = String::with_capacity(gap.len() + 32);
    let mut placed = false;
    for line in gap.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let is_group = content.strip_prefix("## ").is_some_and(group::is_managed);
        if !is_group {
            out.push_str(line);
            continue;
        }
        if let (Some(label), false) = (group, placed) {
            placed = true;
            if content.strip_prefix("## ") == Some(label) {
                out.push_str(line);
            } else {
                out.push_str(&format!("## {label}{le}"));
            }
        }
    }
    if let (Some(label), false) = (group, placed) {
        if out.is_empty() {
            out.push_str(le);
        }
        out.push_str(&format!("## {label}{le}"));
    }
    out
}

#[cfg(test)]
mod tests;
