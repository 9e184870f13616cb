//! Interchange with translation vendors and CAT tools: XLIFF 1.2 and gettext PO.
//!
//! In (export): the reference and a locale's catalogs. Out: [`Unit`]s (id, source, current
//! translation, state, notes) written as XLIFF or PO. In (import): such a file. Out: the
//! locale's `.ftl` files edited surgically and atomically, a translated unit becoming
//! translated, a unit whose source changed since export, or that is fuzzy / needs review,
//! becoming stale, never silently current. The `.ftl` files stay the single source of truth.

pub mod po;
pub mod sentences;
pub mod tmx;
pub mod xliff;
pub mod xliff2;
mod xml;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::catalog::pieces::{self, Piece};
use crate::catalog::{self, Catalog, CommentLine, MarkerState, Markers};
use crate::check::codes::{self, Code};
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::locale::Locale;
use crate::msgid::{normalize, same_normalized};
use crate::project::Project;
use crate::reference::{self, Reference};
use crate::sync;
use crate::verdict::{self, Rules, State, Translations};
use crate::{Error, Result, persist};

/// Where a message stands, as exchanged with vendors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitState {
    Missing,
    Stale,
    Translated,
    /// Translated, but failing an error-level check: a build falls back on it.
    Broken,
}

impl UnitState {
    pub fn parse_list(text: &str) -> std::result::Result<Vec<UnitState>, String> {
        text.split(',')
            .map(|s| match s.trim() {
                "missing" => Ok(UnitState::Missing),
                "stale" => Ok(UnitState::Stale),
                "translated" => Ok(UnitState::Translated),
                "broken" => Ok(UnitState::Broken),
                other => Err(format!(
                    "`{other}` is not a state: use missing, stale, translated or broken"
                )),
            })
            .collect()
    }
}

/// One message for a vendor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unit {
    pub release: String,
    pub id: String,
    pub source: String,
    /// The current translation as text and protected placeables (for a stale unit: the
    /// one made for `previous_source`).
    pub target: Option<Vec<Piece>>,
    pub previous_source: Option<String>,
    pub state: UnitState,
    /// Context for the vendor: the release, the block kind and position, and why a broken
    /// unit is broken (PO `#.` lines, XLIFF notes from relingo).
    pub notes: Vec<String>,
    /// The translator's own comments on the message (PO `# ` lines, XLIFF notes from the
    /// translator).
    pub comments: Vec<String>,
    /// A fingerprint of the translation as exported ([`fingerprint`]), so that import can
    /// tell who changed what since: the vendor, the file, or both.
    pub base: String,
    /// A reviewer approved this translation for this source (XLIFF says so; PO cannot).
    pub approved: bool,
    /// The unit's sentences, when the export carries them as XLIFF segments
    /// ([`sentences::segment`]); `None` travels whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<sentences::Sentence>>,
}

impl Unit {
    /// `release/id`: how a unit is named in PO `msgctxt`.
    pub fn context(&self) -> String {
        format!("{}/{}", self.release, self.id)
    }

    /// The note relingo reads back on import: which message the unit is (for converters
    /// that drop PO's msgctxt or XLIFF's ids) and what it was exported from.
    pub fn machine_note(&self) -> String {
        format!("{MACHINE_NOTE}{} base={}", self.context(), self.base)
    }
}

/// How the machine note starts.
pub const MACHINE_NOTE: &str = "relingo: ";

/// What a machine note says: the unit's release and id, and its base.
/// Converters may join it with the unit's other notes, one per line.
pub fn read_machine_note(note: &str) -> Option<(String, String, String)> {
    let line = note
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with(MACHINE_NOTE))?;
    let rest = line.strip_prefix(MACHINE_NOTE)?;
    let (name, base) = rest.split_once(" base=")?;
    let (release, id) = name.split_once('/')?;
    Some((release.to_string(), id.to_string(), base.trim().to_string()))
}

/// A short fingerprint of a translation's text ("" for none): 12 hex digits of its SHA-256.
pub fn fingerprint(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes())[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The units of `locale` for `releases` (all when empty) in the given states.
pub fn collect(
    project: &Project,
    locale: &Locale,
    releases: &[String],
    states: &[UnitState],
) -> Result<Vec<Unit>> {
    let mut ids = project.catalog_ids(&project.config.source_locale)?;
    if !releases.is_empty() {
        ids.retain(|id| releases.contains(id));
    }
    let terms = std::sync::Arc::new(verdict::SharedTerms::load(&project.locale_dir(locale)));
    let rules = Rules {
        check: &project.config.check,
        use_stale: false,
        require_approval: false,
    };
    let mut units = Vec::new();
    for release in ids {
        let reference = reference::read(&project.reference_path(&release), &release)?;
        let path = project.catalog_path(locale, &release);
        let file = if path.exists() {
            verdict::File::Read(catalog::read(&path)?)
        } else {
            verdict::File::Absent
        };
        if let verdict::File::Read(c) = &file
            && !c.is_clean()
        {
            let d = &c.diagnostics[0];
            return Err(Error::at(
                d.at.clone(),
                d.message.clone(),
                Some("fix the file before exporting it".into()),
            ));
        }
        let translations = Translations::new(locale, path, file, terms.clone());
        units.extend(
            release_units(&reference, &translations, &rules)
                .into_iter()
                .filter(|u| states.contains(&u.state)),
        );
    }
    Ok(units)
}

/// The units of one release, each in the state its verdict gives.
fn release_units(reference: &Reference, translations: &Translations, rules: &Rules) -> Vec<Unit> {
    reference
        .messages
        .iter()
        .map(|item| {
            let position = item.group.map_or(String::new(), |g| g.to_string());
            let verdict = translations.judge(item, rules);
            let mut notes = vec![format!("{}: {position}", reference.release)];
            let comments = verdict.entry.map_or_else(Vec::new, |e| {
                e.comment_lines
                    .iter()
                    .filter_map(|l| match l {
                        CommentLine::Translator(text) => {
                            Some(text.trim_start_matches('#').trim().to_string())
                        }
                        CommentLine::Managed => None,
                    })
                    .collect()
            });
            let value = || {
                let catalog = translations.catalog()?;
                let entry = verdict.entry?;
                pieces::of_entry(&catalog.text[entry.range()], &entry.id)
            };
            let (state, target, previous_source): (_, Option<Vec<Piece>>, _) = match verdict.state {
                State::Translated { .. } => (UnitState::Translated, value(), None),
                State::Stale => (
                    UnitState::Stale,
                    value(),
                    verdict.entry.and_then(|e| e.markers.stale.clone()),
                ),
                State::Broken(why) => {
                    notes.push(format!("relingo: this translation {}", why.reason()));
                    (UnitState::Broken, value(), None)
                }
                State::Missing => (UnitState::Missing, None, None),
            };
            Unit {
                release: reference.release.clone(),
                id: item.id.clone(),
                source: item.text.to_string(),
                base: fingerprint(&target.as_deref().map(pieces::plain).unwrap_or_default()),
                target,
                previous_source,
                approved: state == UnitState::Translated && verdict.review.is_approved(),
                state,
                notes,
                comments,
                sentences: None,
            }
        })
        .collect()
}

/// The exchange formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExchangeFormat {
    Xliff,
    /// XLIFF 2.1.
    Xliff2,
    Po,
    /// Translation memory: the translated messages only, whatever `--state` says.
    Tmx,
}

impl ExchangeFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExchangeFormat::Xliff | ExchangeFormat::Xliff2 => "xlf",
            ExchangeFormat::Po => "po",
            ExchangeFormat::Tmx => "tmx",
        }
    }

    fn write(self, units: &[Unit], locale: &Locale, source: &Locale) -> String {
        match self {
            ExchangeFormat::Xliff => xliff::write(units, locale, source),
            ExchangeFormat::Xliff2 => xliff2::write(units, locale, source),
            ExchangeFormat::Po => po::write(units, locale, source),
            ExchangeFormat::Tmx => tmx::write(units, locale, source),
        }
    }
}

/// What an export wrote.
#[derive(Debug)]
pub struct Exported {
    pub units: usize,
    /// Source words of the units: the figure a vendor quotes on.
    pub words: usize,
    pub files: Vec<PathBuf>,
}

/// Writes `units` to `output` in `format`: one file, or with `per_release` one file per
/// release named `<release>.<ext>` in the directory `output`. Unchanged files are not
/// rewritten.
pub fn export(
    units: &[Unit],
    format: ExchangeFormat,
    locale: &Locale,
    source: &Locale,
    output: &Path,
    per_release: bool,
) -> Result<Exported> {
    let mut files = Vec::new();
    if per_release {
        for part in units.chunk_by(|a, b| a.release == b.release) {
            let path = output.join(format!("{}.{}", part[0].release, format.extension()));
            persist::write_if_changed(&path, format.write(part, locale, source).as_bytes())?;
            files.push(path);
        }
    } else {
        persist::write_if_changed(output, format.write(units, locale, source).as_bytes())?;
        files.push(output.to_path_buf());
    }
    Ok(Exported {
        units: units.len(),
        words: words(units),
        files,
    })
}

/// Source words of the units: the figure a vendor quotes on.
pub fn words(units: &[Unit]) -> usize {
    units.iter().map(|u| crate::words::count(&u.source)).sum()
}

/// A translation coming back from a vendor.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub release: String,
    pub id: String,
    /// The source text as it was exported.
    pub source: String,
    /// The translation: text, and the placeables that came back as protected codes.
    pub target: Vec<Piece>,
    /// The vendor marked it fuzzy or needing review.
    pub needs_review: bool,
    /// The file marks it approved, signed off or final: approved on import only when the
    /// import is told who approves (`--approve-by`).
    pub approved: bool,
    /// The fingerprint of the translation it was exported with, when the file says.
    pub base: Option<String>,
    /// The exchange file it came from, and its line there (for messages).
    pub file: std::sync::Arc<Path>,
    pub line: usize,
    /// For a unit the file cuts into sentences, how many it has and how many are translated.
    pub segments: Segments,
}

/// The sentence segments of an incoming unit (none counted where the file does not cut it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Segments {
    /// The source's sentences (XLIFF 1.2 `<seg-source>` markers, XLIFF 2 `<segment>`s).
    pub source: usize,
    /// The target's sentence markers, empty ones included (XLIFF 1.2).
    pub target: usize,
    /// The target's sentences that hold a translation.
    pub translated: usize,
}

impl Segments {
    /// How many sentences the unit has, by whichever side names more.
    pub fn total(self) -> usize {
        self.source.max(self.target)
    }

    /// Some sentences translated and others not (left empty, or left out by the tool): the
    /// translation of the block is not whole.
    pub fn partly_translated(self) -> bool {
        self.translated > 0 && self.translated < self.total()
    }
}

impl Incoming {
    /// The translation as text, codes as their Fluent source.
    pub fn target_text(&self) -> String {
        pieces::plain(&self.target)
    }

    /// A problem with this unit, placed at its line in the exchange file.
    fn problem(&self, code: Code, message: String) -> Diagnostic {
        Diagnostic {
            at: Location::new(&*self.file, self.line, 1),
            ..Diagnostic::file(&self.file, code, message, None)
        }
    }

    fn not_imported(&self, message: String) -> Diagnostic {
        self.problem(codes::NOT_IMPORTED, message)
    }
}

/// What an import did (or would do).
#[derive(Debug, Default, Serialize)]
pub struct ImportReport {
    pub translated: Vec<String>,
    pub stale: Vec<String>,
    pub unchanged: usize,
    /// Units that could not be imported, and files that were left alone, with the reason.
    pub skipped: Vec<Diagnostic>,
    /// Imported translations that fail an error-level check (a build falls back on them).
    pub failing_checks: Vec<Diagnostic>,
    /// Messages changed in the file and by the vendor since the export: the file keeps its
    /// translation, the vendor's is kept beside it (`# @conflict:`).
    pub conflicts: Vec<Diagnostic>,
    /// What changed, message by message (what `--dry-run` lists).
    pub changes: Vec<Change>,
    pub written: Vec<PathBuf>,
}

/// One message an import changes.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// `release/id`.
    pub name: String,
    pub old: String,
    pub new: String,
    /// What the message is afterwards: `translated`, `stale` or `conflict`.
    pub state: &'static str,
}

impl ImportReport {
    /// Adds what merging one file found.
    fn absorb(&mut self, other: ImportReport) {
        self.translated.extend(other.translated);
        self.stale.extend(other.stale);
        self.unchanged += other.unchanged;
        self.skipped.extend(other.skipped);
        self.failing_checks.extend(other.failing_checks);
        self.conflicts.extend(other.conflicts);
        self.changes.extend(other.changes);
        self.written.extend(other.written);
    }
}

/// Reads an XLIFF or PO file (by extension or content) for `locale`.
pub fn read(path: &Path, locale: &Locale) -> Result<Vec<Incoming>> {
    let text = crate::input::read_text(path, crate::input::Links::Follow)?;
    let is_xml = text.trim_start().starts_with('<');
    let units = if is_xml && text.contains(xliff2::NAMESPACE) {
        xliff2::read(path, &text, locale)?
    } else if is_xml {
        xliff::read(path, &text, locale)?
    } else {
        po::read(path, &text, locale)?
    };
    // A unit without source text is no message: a converter's copy of the PO header.
    let units: Vec<Incoming> = units.into_iter().filter(|u| !u.source.is_empty()).collect();
    refuse_duplicates(path, &units)?;
    Ok(units)
}

/// A file that holds one message twice leaves no way to tell which translation is meant.
fn refuse_duplicates(path: &Path, units: &[Incoming]) -> Result<()> {
    let mut seen: HashMap<(&str, &str), usize> = HashMap::with_capacity(units.len());
    for unit in units.iter().filter(|u| !u.id.is_empty()) {
        if let Some(first) = seen.insert((&unit.release, &unit.id), unit.line) {
            return Err(crate::Error::at(
                crate::diagnostic::Location::new(path, unit.line, 1),
                format!(
                    "`{}/{}` is here a second time (first on line {first}); nothing was imported",
                    unit.release, unit.id
                ),
                Some("keep one of the two units and import again".to_string()),
            ));
        }
    }
    Ok(())
}

/// Merges incoming translations into the locale's files; writes nothing with `dry_run`.
pub fn apply(
    project: &Project,
    locale: &Locale,
    incoming: &[Incoming],
    dry_run: bool,
) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    if !dry_run {
        persist::remove_leftovers(&project.locale_dir(locale), persist::LEFTOVER_AGE);
    }
    let incoming = resolve_by_source(project, incoming, &mut report)?;
    let mut unsettled = Vec::new();
    let mut by_release: HashMap<&str, Vec<&Incoming>> = HashMap::new();
    for unit in &incoming {
        by_release.entry(unit.release.as_str()).or_default().push(unit);
    }
    let mut releases: Vec<&str> = by_release.keys().copied().collect();
    releases.sort();
    for release in releases {
        let units = &by_release[release];
        let reference_path = project.reference_path(release);
        if crate::source::check_release_id(release).is_err() || !reference_path.exists() {
            for u in units {
                let message = format!("`{release}/{}`: no release `{release}` in this project", u.id);
                report.skipped.push(u.not_imported(message));
            }
            continue;
        }
        let reference = reference::read(&reference_path, release)?;
        let path = project.catalog_path(locale, release);
        // An editor may save the file while the import works on it: the import then starts
        // again from what it saved (a few times), and never writes over it.
        for attempt in 1..=3 {
            let catalog = match catalog::read(&path) {
                Ok(c) if c.is_clean() => c,
                Ok(c) => {
                    let help = "this file is left untouched: fix it and import again";
                    report.skipped.push(Diagnostic {
                        help: Some(help.into()),
                        ..c.diagnostics[0].clone()
                    });
                    break;
                }
                Err(e) => {
                    let mut problem = Diagnostic::of_error(&e, codes::UNREADABLE, &path);
                    if e.is_not_found() {
                        problem.help = Some("run `relingo sync` first".into());
                    }
                    report.skipped.push(problem);
                    break;
                }
            };
            let mut merged = ImportReport::default();
            let text = merge_release(&reference, &catalog, units, locale, project, &mut merged);
            let full = catalog.with_bom(&text);
            let read = catalog.with_bom(&catalog.text);
            if full != read {
                merged.written.push(path.clone());
            }
            if full != read && !dry_run {
                match persist::replace_read(&path, Some(read.as_bytes()), full.as_bytes()) {
                    Err(crate::Error::ChangedMeanwhile { .. }) if attempt < 3 => continue,
                    Err(e) => {
                        report
                            .skipped
                            .push(Diagnostic::of_error(&e, codes::NOT_WRITTEN, &path));
                        break;
                    }
                    Ok(persist::Replaced {
                        displaced: Some(displaced),
                        ..
                    }) => {
                        // Counted once it is settled: an editor's save may still win.
                        unsettled.push((displaced, merged));
                        break;
                    }
                    Ok(_) => {}
                }
            }
            report.absorb(merged);
            break;
        }
    }
    let (displaced, merged): (Vec<_>, Vec<_>) = unsettled.into_iter().unzip();
    let reverted = persist::settle(displaced);
    for merged in merged {
        match reverted.iter().find(|(path, _)| merged.written.contains(path)) {
            Some((path, error)) => report
                .skipped
                .push(Diagnostic::of_error(error, codes::NOT_WRITTEN, path)),
            None => report.absorb(merged),
        }
    }
    Ok(report)
}

fn merge_release(
    reference: &Reference,
    catalog: &Catalog,
    units: &[&Incoming],
    locale: &Locale,
    project: &Project,
    report: &mut ImportReport,
) -> String {
    let mut edits: HashMap<&str, (Markers, String)> = HashMap::new();
    // Which unit claimed each message: two units may resolve to one (an old id found again
    // by its source text), and then neither is taken over the other in silence.
    let mut claimed: HashMap<&str, (usize, String)> = HashMap::new();
    for unit in units {
        let name = format!("{}/{}", unit.release, unit.id);
        // A unit exported before its segment was edited has the old id: find the edited segment.
        let id = match reference.get(&unit.id) {
            Some(message) => Some(message.id.as_str()),
            None => edited_segment(reference, &unit.source),
        };
        let Some(id) = id else {
            report
                .skipped
                .push(unit.not_imported(format!("`{name}` is not in the current source")));
            continue;
        };
        if let Some((first, first_name)) = claimed.insert(id, (unit.line, name.clone())) {
            edits.remove(id);
            report.translated.retain(|n| *n != first_name);
            report.stale.retain(|n| *n != first_name);
            report.skipped.push(unit.not_imported(format!(
                "`{name}`: this unit and the one on line {first} are both for `{id}`; neither was imported"
            )));
            continue;
        }
        let message = reference.get(id).expect("found in the reference above");
        let current = &*message.text;
        let Some(entry) = catalog.get(id) else {
            let message = format!("`{name}` is not in {} yet", catalog.path.display());
            report.skipped.push(Diagnostic {
                help: Some("run `relingo sync` first".into()),
                ..unit.not_imported(message)
            });
            continue;
        };
        if unit.segments.partly_translated() {
            let (translated, total) = (unit.segments.translated, unit.segments.total());
            report.skipped.push(unit.not_imported(format!(
                "`{name}`: {translated} of its {total} sentences are translated; the block is imported once all are"
            )));
            continue;
        }
        if unit.target_text().trim().is_empty() {
            continue;
        }
        let current_pieces = pieces::of_entry(&catalog.text[entry.range()], &entry.id).unwrap_or_default();
        let known = pieces::codes(&current_pieces);
        let target = with_codes(&unit.target, &known);
        let current_text = match entry.state(current) {
            MarkerState::Missing => String::new(),
            _ => pieces::plain(&current_pieces),
        };
        match three_way(unit, entry, &current_text, &pieces::plain(&target)) {
            Merge::Apply => {}
            Merge::Nothing => {
                report.unchanged += 1;
                continue;
            }
            Merge::Conflict => {
                let mut markers = entry.markers.clone();
                markers.conflict = Some(pieces::plain(&target));
                if markers == entry.markers {
                    report.unchanged += 1;
                    continue;
                }
                report.conflicts.push(Diagnostic {
                    help: Some(
                        "the file keeps its translation and the vendor's is kept beside it as `# @conflict:`; choose, then delete that line"
                            .into(),
                    ),
                    ..unit.problem(
                        codes::CONFLICT,
                        format!("`{name}` was changed in the file and by the vendor since the export"),
                    )
                });
                report.changes.push(Change {
                    name: name.clone(),
                    old: current_text.clone(),
                    new: pieces::plain(&target),
                    state: "conflict",
                });
                edits.insert(id, (markers, catalog.text[entry.body.clone()].to_string()));
                continue;
            }
        }
        report
            .failing_checks
            .extend(placeables_kept(unit, &name, &known, &target));
        let mut markers = entry.markers.clone();
        markers.source = Some(current.to_string());
        markers.todo = false;
        markers.obsolete = false;
        let source_changed = !same_normalized(&unit.source, current);
        markers.stale = if source_changed {
            Some(unit.source.clone())
        } else if unit.needs_review {
            entry.markers.stale.clone().or_else(|| Some(unit.source.clone()))
        } else {
            None
        };
        let body = format!("{} = {}{}", id, pieces::to_value(&target), catalog.line_ending);
        let same_value = current_pieces == target;
        // A unit the vendor sent back as it was exported (fuzzy, untouched) says nothing new.
        let returned_untouched = same_value && unit.needs_review && !source_changed;
        if (same_value && markers == entry.markers) || returned_untouched {
            report.unchanged += 1;
            continue;
        }
        markers.conflict = None;
        let state = if markers.stale.is_some() {
            report.stale.push(name.clone());
            "stale"
        } else {
            report.translated.push(name.clone());
            "translated"
        };
        report.changes.push(Change {
            name: name.clone(),
            old: current_text,
            new: pieces::plain(&target),
            state,
        });
        let parsed = catalog::parse(Path::new("import.ftl"), body.clone());
        if let Some(new_entry) = parsed.entries.first() {
            let findings =
                crate::check::message(message, new_entry, locale, &project.config.check, None, true);
            if let Some(f) = findings.first() {
                let message = format!("`{name}` was imported, but {}", f.message);
                report.failing_checks.push(Diagnostic {
                    severity: Severity::Warning,
                    help: Some("a build falls back on it until it is fixed (`relingo check`)".into()),
                    ..unit.problem(f.code, message)
                });
            }
        }
        edits.insert(id, (markers, body));
    }
    catalog.with_edits(|entry| {
        edits
            .get(entry.id.as_str())
            .map(|(markers, body)| (markers, Some(body.as_str())))
    })
}

/// What a three-way import does with one unit.
#[derive(Debug, PartialEq, Eq)]
enum Merge {
    Apply,
    Nothing,
    /// Changed on both sides since the export, differently.
    Conflict,
}

/// The three-way rule: the export's translation is the base (`unit.base`), the file holds
/// `current`, the vendor sent `vendor`. A unit the vendor left as it was never touches the
/// file (unless the vendor confirmed a stale translation by clearing its review flag); a
/// unit only the vendor changed is applied; one both changed, differently, is a conflict.
/// A unit without a base (a file from before relingo wrote one) is applied.
fn three_way(unit: &Incoming, entry: &catalog::Entry, current: &str, vendor: &str) -> Merge {
    let Some(base) = &unit.base else {
        return Merge::Apply;
    };
    let vendor_changed = fingerprint(vendor) != *base;
    let file_changed = fingerprint(current) != *base;
    let confirmed = !unit.needs_review && entry.markers.stale.is_some();
    match (vendor_changed, file_changed) {
        (false, false) if confirmed => Merge::Apply,
        (false, _) => Merge::Nothing,
        (true, false) => Merge::Apply,
        (true, true) if vendor == current => Merge::Nothing,
        (true, true) => Merge::Conflict,
    }
}

/// The vendor's translation with every placeable as a code: codes that came back protected
/// (XLIFF `<ph>`), and in text the `{ … }` that are `known` codes or terms and variables.
fn with_codes(target: &[Piece], known: &[&str]) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for piece in target {
        let read = match piece {
            Piece::Text(text) => pieces::of_text(text, known),
            Piece::Code(code) => match pieces::canonical_code(code) {
                Some(code) => vec![Piece::Code(code)],
                None => vec![Piece::Text(code.clone())],
            },
        };
        for piece in read {
            match (out.last_mut(), piece) {
                (Some(Piece::Text(last)), Piece::Text(more)) => last.push_str(&more),
                (_, piece) => out.push(piece),
            }
        }
    }
    out
}

/// Error-level findings for the placeables of the exported translation (`known`) that the
/// vendor's lost, and for those it has that the export had not.
fn placeables_kept(unit: &Incoming, name: &str, known: &[&str], target: &[Piece]) -> Vec<Diagnostic> {
    let mut left: Vec<&str> = known.to_vec();
    let mut invented = Vec::new();
    for code in pieces::codes(target) {
        match left.iter().position(|k| *k == code) {
            Some(i) => {
                left.remove(i);
            }
            None => invented.push(code),
        }
    }
    let finding = |message: String, help: &'static str| Diagnostic {
        help: Some(help.into()),
        ..unit.problem(codes::PLACEABLES, message)
    };
    let lost = left.into_iter().map(|code| {
        finding(
            format!("`{name}`: the placeable `{code}` of the exported translation is missing"),
            "put it back where it belongs; CAT tools show it as a tag",
        )
    });
    let new = invented.into_iter().map(|code| {
        finding(
            format!("`{name}`: the placeable `{code}` was not in the exported translation"),
            "check that it is defined (`relingo check` says so), or remove it",
        )
    });
    lost.chain(new).collect()
}

/// Units that arrive without their release and id (a converter dropped PO's msgctxt or
/// renamed XLIFF's file) are matched by their source text, when exactly one message of the
/// project has it; otherwise they are reported and skipped.
fn resolve_by_source(
    project: &Project,
    incoming: &[Incoming],
    report: &mut ImportReport,
) -> Result<Vec<Incoming>> {
    let releases = project.catalog_ids(&project.config.source_locale)?;
    let unresolved = |u: &Incoming| !releases.contains(&u.release);
    if !incoming.iter().any(unresolved) {
        return Ok(incoming.to_vec());
    }
    let mut by_source: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for release in &releases {
        let reference = reference::read(&project.reference_path(release), release)?;
        for item in reference.messages {
            by_source
                .entry(normalize(&item.text))
                .or_default()
                .push((release.clone(), item.id));
        }
    }
    let mut resolved = Vec::with_capacity(incoming.len());
    for unit in incoming {
        if !unresolved(unit) {
            resolved.push(unit.clone());
            continue;
        }
        match by_source.get(&normalize(&unit.source)).map(Vec::as_slice) {
            Some([(release, id)]) => resolved.push(Incoming {
                release: release.clone(),
                id: id.clone(),
                ..unit.clone()
            }),
            found => report.skipped.push(unit.not_imported(format!(
                "no release/id, and its source text is in {} messages of the project",
                found.map_or(0, <[_]>::len)
            ))),
        }
    }
    Ok(resolved)
}

/// The reference message most like `source` when it is like enough to be its edited
/// version (the same rule as `sync` uses for moved blocks).
fn edited_segment<'a>(reference: &'a Reference, source: &str) -> Option<&'a str> {
    let words = sync::similarity::words(source);
    reference
        .messages
        .iter()
        .map(|item| {
            (
                item.id.as_str(),
                sync::similarity::score(&words, &sync::similarity::words(&item.text)),
            )
        })
        .filter(|(_, score)| *score >= sync::PAIR_MOVED)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(id, _)| id)
}

#[cfg(test)]
mod tests;
