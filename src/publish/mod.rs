//! `relingo build`: every (locale, release) resolved and rendered, in parallel.
//!
//! In: the project's releases and catalogs. Out: `dist/<locale>/<release>.{html,md,txt,json}`,
//! index pages and `dist/manifest.json`, byte-identical for identical input, unchanged files
//! not rewritten. Work is streamed per release (every locale of one release at a time), so
//! memory stays flat as the corpus grows. Gates: a release below its locale's
//! `min-coverage` is withheld; a `required` locale with an incomplete release, or any
//! fallback under `--strict`, fails the build.

pub mod dates;
pub mod document;
pub mod inline;
pub mod inputs;
pub mod interface;
pub mod manifest;
pub mod media;
pub mod output;
pub mod render;
pub mod spool;

use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::check::codes;
use crate::config::OutputFormat;
use crate::coverage::{self, Decision, Requirements};
use crate::diagnostic::{Diagnostic, Severity};
use crate::embargo::{Clock, Embargo, Publication};
use crate::locale::Locale;
use crate::project::Project;
use crate::source::Release;
use crate::verdict::{LocaleTerms, Rules, Translations};
use crate::{Error, Result, persist, segment};
use document::{Document, Policy};
use manifest::{Output, Pair};
use render::{Language, Templates};
use spool::Spool;

/// A share of the releases, for building on several machines: releases are dealt round-robin
/// in id order, and every locale of a release is built on the same machine (its language
/// switcher needs to know which locales publish it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// 1-based.
    pub index: usize,
    pub count: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> std::result::Result<Self, String> {
        let usage = || format!("`{text}` is not a shard: write K/N with 1 ≤ K ≤ N, e.g. 2/4");
        let (k, n) = text.split_once('/').ok_or_else(usage)?;
        let (index, count): (usize, usize) =
            (k.parse().map_err(|_| usage())?, n.parse().map_err(|_| usage())?);
        if index == 0 || index > count {
            return Err(usage());
        }
        Ok(Shard { index, count })
    }
}

/// Pseudo-locales for layout testing: accented (and longer) text, and mirrored right-to-left.
pub const PSEUDO_LOCALES: [(&str, bool); 2] = [("en-XA", false), ("ar-XB", true)];

/// The output's folder for pseudo-locale pages: a preview area apart from what readers see
/// (`_` is never part of a locale code, so no locale's folder can take its name).
pub const PREVIEW_DIR: &str = "_preview";

/// Whether `locale` is one of relingo's pseudo-locales, built for checking layouts only.
pub fn is_pseudo(locale: &str) -> bool {
    PSEUDO_LOCALES.iter().any(|(code, _)| *code == locale)
}

/// The folder of the output that holds `locale`'s pages: `<locale>`, or in the preview area
/// `_preview/<locale>` for a pseudo-locale or a page `previewed` before its embargo.
pub fn folder(locale: &str, previewed: bool) -> String {
    if previewed || is_pseudo(locale) {
        format!("{PREVIEW_DIR}/{locale}")
    } else {
        locale.to_string()
    }
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Target locales to build (all configured ones when empty); the source locale is always built.
    pub locales: Vec<Locale>,
    pub releases: Vec<String>,
    pub formats: Vec<OutputFormat>,
    pub strict: bool,
    pub shard: Option<Shard>,
    pub pseudo: bool,
    /// The moment embargoes are judged by (`--at`, `SOURCE_DATE_EPOCH`); now when `None`.
    pub clock: Option<crate::embargo::Clock>,
    /// Build releases under embargo anyway, into the preview area, marked embargoed.
    pub preview: bool,
}

/// What a build did.
#[derive(Debug)]
pub struct Published {
    /// (locale, release) pairs built or withheld.
    pub pairs: usize,
    /// The withheld pairs, with why.
    pub withheld: Vec<Pair>,
    /// Pairs (not withheld) held under embargo, and built for preview only.
    pub held: usize,
    pub previewed: usize,
    /// Segments that fell back, over all pairs.
    pub fallback_segments: usize,
    pub written: usize,
    pub unchanged: usize,
    /// Releases whose inputs had not changed since the previous build: not rendered again,
    /// their outputs (counted as unchanged) left as they were.
    pub reused: usize,
    pub removed: usize,
    /// Files in the output that relingo left alone, with why.
    pub kept: Vec<String>,
    /// Why the build fails: required locales incomplete, fallback under `--strict`.
    pub failures: Vec<PairProblem>,
    /// What a reader of the build should know: translation files that exist but could not
    /// be read (their messages fell back), releases withheld.
    pub notices: Vec<PairProblem>,
}

/// A problem of one (locale, release) of a build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairProblem {
    pub locale: String,
    pub release: String,
    pub diagnostic: Diagnostic,
}

/// Build publishes the reference it makes from the sources, with the function `extract`
/// writes it with; every other command reads the file `extract` wrote. When the two differ
/// (a source edited, `extract` not run), they would disagree: say so.
fn reference_out_of_date(
    project: &Project,
    release: &Release,
    reference: &crate::reference::Reference,
) -> Option<Diagnostic> {
    let config = &project.config;
    let path = project.reference_path(&release.id);
    let source_path = project.display(&release.path).to_string();
    let expected = crate::reference::render(reference, &source_path, config.source_locale.as_str());
    let on_disk = crate::input::read_bytes(&path, crate::input::Links::Refuse).ok();
    if on_disk.as_deref() == Some(expected.as_bytes()) {
        return None;
    }
    let message = format!(
        "does not match {source_path}: status, check and sync report on the text it holds, this build on the source's"
    );
    let help = "run `relingo extract` and `relingo sync`, then build again";
    Some(Diagnostic::file(
        &path,
        codes::OUT_OF_DATE,
        message,
        Some(help.into()),
    ))
}

impl PairProblem {
    fn new(locale: &Locale, release: &str, diagnostic: Diagnostic) -> PairProblem {
        PairProblem {
            locale: locale.to_string(),
            release: release.to_string(),
            diagnostic,
        }
    }
}

/// A locale being built, with what it may publish.
struct Target {
    locale: Locale,
    chain: Vec<Locale>,
    requirements: Requirements,
    pseudo: Option<bool>,
}

/// How far a build has come, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// The (locale, release) pairs this build will produce, told once before the first.
    Planned(usize),
    /// Pairs just finished.
    Built(usize),
}

/// Builds the bundle; `progress` hears the number of (locale, release) pairs planned, then
/// each finished release's pairs.
pub fn run(project: &Project, options: &Options, progress: &(dyn Fn(Progress) + Sync)) -> Result<Published> {
    let config = &project.config;
    let clock = options.clock.unwrap_or_else(|| Clock(jiff::Timestamp::now()));
    let shared = inputs::Shared::new(project, options);
    let targets = targets(project, options);
    // The pairs are planned once the releases are listed, before the fingerprints.
    let listed = |releases: usize| progress(Progress::Planned(releases * targets.len()));
    // The previous build's manifest is read while the releases are read and fingerprinted:
    // the two do not depend on each other, and are most of a build that changes little.
    let (owned, planned) = rayon::join(
        || output::claim(project),
        || plan(project, options, &shared, clock, &listed),
    );
    let owned = owned?;
    let output = &owned.path;
    let templates = load_templates(project)?;
    let (releases, fingerprints): (Vec<Release>, Vec<manifest::HexDigest>) = planned?.into_iter().unzip();
    let translated: std::collections::BTreeSet<&Locale> = targets
        .iter()
        .filter(|t| t.pseudo.is_none())
        .flat_map(|t| &t.chain)
        .filter(|l| **l != config.source_locale)
        .collect();
    let terms = LocaleTerms::load(&config.paths.locales, translated);
    let partial = options.shard.is_none()
        && (!options.locales.is_empty() || !options.releases.is_empty() || !options.formats.is_empty());
    let build = Build {
        project,
        previous: owned.previous().filter(|_| partial),
        built_before: owned
            .previous()
            .map(|m| BuiltBefore::of(m, output))
            .unwrap_or_default(),
        reused: AtomicUsize::new(0),
        targets: &targets,
        terms: &terms,
        options,
        templates: &templates,
        sentence_rules: segment::sentence::Rules::of_project(config)?,
        clock,
        written: AtomicUsize::new(0),
        unchanged: AtomicUsize::new(0),
    };
    // Each release's records go to the spool as soon as it is built: the manifest and index
    // pages are written from there, so memory does not grow with the number of pairs.
    let collected = std::sync::Mutex::new(Collected {
        spool: Spool::new(output)?,
        failures: Vec::new(),
        notices: Vec::new(),
        reused: Vec::new(),
    });
    releases
        .par_iter()
        .zip(&fingerprints)
        .try_for_each(|(release, fingerprint)| {
            let built = build.release(release, *fingerprint)?;
            progress(Progress::Built(targets.len()));
            let mut collected = collected
                .lock()
                .expect("no thread panics while holding the spool");
            if built.reused {
                let (pairs, outputs) = build.built_before.records(&release.id);
                collected
                    .spool
                    .count(pairs.iter().copied(), outputs.iter().copied());
                collected.reused.push(release.id.as_str());
            } else {
                collected.spool.add(built.pairs, built.outputs)?;
            }
            collected.failures.extend(built.failures);
            collected.notices.extend(built.notices);
            Ok::<_, Error>(())
        })?;
    let Collected {
        mut spool,
        mut failures,
        mut notices,
        reused,
    } = collected.into_inner().expect("no thread panicked");
    spool.shard = options.shard.map(|s| manifest::ShardOf {
        index: s.index,
        count: s.count,
    });
    // A partial build keeps what it did not redo: the manifest, the indexes and the
    // switchers stay those of the whole project.
    if let Some(previous) = partial.then(|| owned.previous()).flatten() {
        let rebuilt = |locale: &str, release: &str| {
            targets.iter().any(|t| t.locale.as_str() == locale) && releases.iter().any(|r| r.id == release)
        };
        let (pairs, outputs) = previous.not_rebuilt(&rebuilt, effective_formats(config, options));
        spool.carry(pairs, outputs)?;
    }
    // When every release was reused, the manifest and index pages would be written as they
    // are: they are left alone.
    let as_before = owned
        .previous()
        .filter(|previous| !partial && build.all_reused_from(previous, &releases, spool.shard));
    if as_before.is_none() {
        for release in reused {
            let (pairs, outputs) = build.built_before.records(release);
            spool.keep(pairs, outputs);
        }
        spool.finish(output, &templates, config.source_locale.as_str())?;
    }
    let complete_build = options.shard.is_none() && options.locales.is_empty() && options.releases.is_empty();
    // Only a complete build knows every file that belongs in the output.
    let cleanup = if complete_build {
        let written;
        let paths = match as_before {
            Some(previous) => previous.all_paths(),
            None => {
                written = spool.paths()?;
                written.iter().map(|p| p.as_ref()).collect()
            }
        };
        owned.clean_up(&paths)?
    } else {
        output::Cleanup::default()
    };
    // Releases are built in parallel: the order of the report is made here.
    let order = |p: &PairProblem| (p.locale.clone(), p.release.clone(), p.diagnostic.code.name);
    failures.sort_by_key(order);
    notices.sort_by_key(order);
    notices.dedup();
    Ok(Published {
        pairs: spool.pairs,
        withheld: std::mem::take(&mut spool.withheld),
        held: spool.held,
        previewed: spool.previewed,
        fallback_segments: spool.fallback_segments,
        written: build.written.into_inner(),
        unchanged: build.unchanged.into_inner(),
        reused: build.reused.into_inner(),
        removed: cleanup.removed,
        kept: cleanup.kept,
        failures,
        notices,
    })
}

/// The records of the previous build in the output, by release.
#[derive(Default)]
struct BuiltBefore<'a> {
    by_release: std::collections::HashMap<&'a str, (Vec<&'a Pair>, Vec<&'a Output>)>,
    /// When the manifest was written. relingo writes a build's outputs before its manifest,
    /// and rewrites the manifest whenever an output's bytes change: an output modified
    /// after it was changed by someone else.
    written: Option<std::time::SystemTime>,
    /// The output directory, open: each output is looked up from it, not from the root.
    dir: Option<output::Dir>,
}

impl<'a> BuiltBefore<'a> {
    fn of(manifest: &'a manifest::Manifest, output: &std::path::Path) -> Self {
        let mut by_release: std::collections::HashMap<&str, (Vec<&Pair>, Vec<&Output>)> = Default::default();
        for pair in manifest.all_pairs() {
            by_release.entry(pair.release.as_str()).or_default().0.push(pair);
        }
        for output in manifest.all_outputs() {
            if let Some(release) = &output.release {
                by_release.entry(release).or_default().1.push(output);
            }
        }
        let written = std::fs::metadata(output.join("manifest.json")).and_then(|m| m.modified());
        BuiltBefore {
            by_release,
            written: written.ok(),
            dir: output::Dir::open(output),
        }
    }

    /// The previous build's records of `release`: its pairs and its outputs.
    fn records(&self, release: &str) -> (&[&'a Pair], &[&'a Output]) {
        self.by_release
            .get(release)
            .map_or((&[], &[]), |(pairs, outputs)| (&pairs[..], &outputs[..]))
    }

    /// Whether the output recorded as `output` is in `dir` as relingo left it: same size,
    /// not modified since the manifest was written.
    fn in_place(&self, output: &Output) -> bool {
        let (Some(dir), Some(written)) = (&self.dir, self.written) else {
            return false;
        };
        dir.file(&output.path)
            .is_some_and(|(size, modified)| size == output.size && modified <= written)
    }
}

impl Build<'_> {
    /// The previous build's records of `release`, if it was built from inputs with this
    /// `fingerprint` in every target locale and each of its outputs is still in place.
    /// A partial build reuses nothing: it renders what it was asked for.
    fn reuse(&self, release: &Release, fingerprint: manifest::HexDigest) -> Option<Built> {
        if self.previous.is_some() {
            return None;
        }
        let (pairs, outputs) = self.built_before.by_release.get(release.id.as_str())?;
        let same_inputs =
            pairs.len() == self.targets.len() && pairs.iter().all(|p| p.inputs == Some(fingerprint));
        // A partial build may have added formats this build does not write: those go.
        let formats = effective_formats(&self.project.config, self.options);
        let written_here = |o: &&Output| match o.format {
            OutputFormat::Media => formats.contains(&OutputFormat::Html),
            format => formats.contains(&format),
        };
        if !same_inputs
            || !outputs
                .iter()
                .all(|o| written_here(o) && self.built_before.in_place(o))
        {
            return None;
        }
        self.unchanged.fetch_add(outputs.len(), Ordering::Relaxed);
        self.reused.fetch_add(1, Ordering::Relaxed);
        Some(Built {
            reused: true,
            ..Built::default()
        })
    }
}

impl Build<'_> {
    /// Whether this build reused every one of its `releases`, and they are the releases of
    /// the `previous` build, with the same `shard`, whose index pages are in place: then its
    /// manifest and index pages are those of the previous build.
    fn all_reused_from(
        &self,
        previous: &manifest::Manifest,
        releases: &[Release],
        shard: Option<manifest::ShardOf>,
    ) -> bool {
        self.reused.load(Ordering::Relaxed) == releases.len()
            && previous.shard == shard
            && self.built_before.by_release.len() == releases.len()
            && releases
                .iter()
                .all(|r| self.built_before.by_release.contains_key(r.id.as_str()))
            && previous
                .all_outputs()
                .filter(|o| o.release.is_none())
                .all(|o| self.built_before.in_place(o))
    }

    /// Records on a release's `pairs` what they were built from, so that the next build may
    /// reuse them: only when the release built `clean` (a release with problems is built,
    /// and its problems reported, by every build). A partial build sees only some locales'
    /// problems: it keeps the fingerprint a complete build recorded, if it is this one.
    fn record_inputs(&self, pairs: &mut [Pair], fingerprint: manifest::HexDigest, clean: bool) {
        for pair in pairs {
            pair.inputs = match self.previous {
                None => clean.then_some(fingerprint),
                Some(_) => self
                    .built_before
                    .by_release
                    .get(pair.release.as_str())
                    .and_then(|(before, _)| before.iter().find(|p| p.locale == pair.locale))
                    .and_then(|before| before.inputs)
                    .filter(|before| clean && *before == fingerprint),
            };
        }
    }
}

/// What the releases of a build gave, gathered as each is built.
struct Collected<'r> {
    spool: Spool<'r>,
    failures: Vec<PairProblem>,
    notices: Vec<PairProblem>,
    /// The releases taken from the previous build, whose records are kept by reference
    /// ([`Spool::keep`]) only if the manifest is written again.
    reused: Vec<&'r str>,
}

/// What building one release produced.
#[derive(Default)]
struct Built {
    pairs: Vec<Pair>,
    outputs: Vec<Output>,
    failures: Vec<PairProblem>,
    notices: Vec<PairProblem>,
    /// The release's records are the previous build's ([`BuiltBefore`]): they are read from
    /// there, and kept by reference only if the manifest is written again.
    reused: bool,
}

/// What `relingo manifest merge` did.
#[derive(Debug)]
pub enum Merged {
    Written {
        pairs: usize,
        outputs: usize,
        /// The output's `manifest.json`.
        path: std::path::PathBuf,
    },
    /// The shards do not make one whole build, or their outputs are not all in the output
    /// directory: nothing was written, for these reasons.
    Refused(Vec<String>),
}

/// Joins the manifests of `build --shard` runs into the output directory's manifest and
/// writes the index pages from it: the result equals a build on one machine. The set must
/// be every shard of one N once, and their outputs must be in the output directory.
pub fn merge_shards(project: &Project, manifests: &[std::path::PathBuf]) -> Result<Merged> {
    let read = manifests
        .iter()
        .map(|p| manifest::Manifest::read(p).map(|m| (p.clone(), m)))
        .collect::<Result<Vec<_>>>()?;
    let problems = manifest::incomplete_set(&read);
    if !problems.is_empty() {
        return Ok(Merged::Refused(problems));
    }
    let mut merged = manifest::merge(read.into_iter().map(|(_, m)| m).collect())?;
    let (output, _) = output::placed(project)?;
    let missing = manifest::missing_outputs(&merged, &output);
    if !missing.is_empty() {
        const SHOWN: usize = 5;
        let mut problems: Vec<String> = missing
            .iter()
            .take(SHOWN)
            .map(|path| {
                format!(
                    "{path} is not in {} as its shard recorded it",
                    project.display(&output)
                )
            })
            .collect();
        if missing.len() > SHOWN {
            problems.push(format!("and {} more outputs", missing.len() - SHOWN));
        }
        return Ok(Merged::Refused(problems));
    }
    let templates = load_templates(project)?;
    manifest::write_index_pages(
        &mut merged,
        &output,
        &templates,
        project.config.source_locale.as_str(),
    )?;
    let path = output.join("manifest.json");
    merged.save(&path)?;
    Ok(Merged::Written {
        pairs: merged.pairs.len(),
        outputs: merged.outputs.len(),
        path,
    })
}

/// The release and index templates: the project's own (`template` in relingo.toml) or the
/// ones shipped with relingo.
pub fn load_templates(project: &Project) -> Result<Templates> {
    let custom = match &project.config.template {
        Some(path) => Some((
            project.display(path).to_string(),
            crate::input::read_text(path, crate::input::Links::Follow)?,
        )),
        None => None,
    };
    Templates::new(custom, interface::Interface::load(project)?)
}

fn targets(project: &Project, options: &Options) -> Vec<Target> {
    let config = &project.config;
    let source = Target {
        locale: config.source_locale.clone(),
        chain: vec![config.source_locale.clone()],
        requirements: Requirements::default(),
        pseudo: None,
    };
    let translated = config
        .locales
        .iter()
        .filter(|l| options.locales.is_empty() || options.locales.contains(&l.locale))
        .map(|l| Target {
            locale: l.locale.clone(),
            chain: std::iter::once(l.locale.clone())
                .chain(l.fallback.iter().cloned())
                .collect(),
            requirements: Requirements::of(config, &l.locale),
            pseudo: None,
        });
    let pseudo = PSEUDO_LOCALES
        .iter()
        .filter(|_| options.pseudo)
        .map(|(code, flipped)| {
            let locale = Locale::parse(code).expect("pseudo-locale codes are valid");
            Target {
                chain: vec![locale.clone(), config.source_locale.clone()],
                locale,
                requirements: Requirements::default(),
                pseudo: Some(*flipped),
            }
        });
    std::iter::once(source).chain(translated).chain(pseudo).collect()
}

fn accented(text: &str) -> String {
    document::pseudo(text, false)
}

fn flipped(text: &str) -> String {
    document::pseudo(text, true)
}

/// The releases a build of `project` with `options` selects, each with the fingerprint of
/// what it is built from ([`inputs`]); `listed` hears how many there are before they are
/// fingerprinted.
fn plan(
    project: &Project,
    options: &Options,
    shared: &inputs::Shared,
    clock: Clock,
    listed: &(dyn Fn(usize) + Sync),
) -> Result<Vec<(Release, manifest::HexDigest)>> {
    let releases = project.select_releases(project.releases()?, &options.releases)?;
    let releases: Vec<Release> = releases
        .into_iter()
        .enumerate()
        .filter(|(i, _)| options.shard.is_none_or(|s| i % s.count == s.index - 1))
        .map(|(_, r)| r)
        .collect();
    listed(releases.len());
    Ok(releases
        .into_par_iter()
        .map(|release| {
            // The images a complete build publishes, whatever formats this one writes: a
            // partial build records the fingerprint a complete build would. They are not
            // kept: a release that is rendered reads them again, and most are not.
            let media = if project.config.formats.contains(&OutputFormat::Html) {
                media::of_release(&release).0
            } else {
                Vec::new()
            };
            let publication = publication_of(&release, clock, options);
            let fingerprint = shared.of_release(project, &release, &media, publication);
            (release, fingerprint)
        })
        .collect())
}

/// Whether `release` is published, held or previewed at `clock` (its embargo, `--preview`).
fn publication_of(release: &Release, clock: Clock, options: &Options) -> Publication {
    Publication::of(embargo_of(release).as_ref(), clock, options.preview)
}

/// The embargo of `release`, if it has one (the source reader refused one it cannot read).
fn embargo_of(release: &Release) -> Option<Embargo> {
    release
        .meta
        .embargo
        .as_deref()
        .and_then(|e| Embargo::parse(e).ok())
}

/// What every release of a build shares.
struct Build<'a> {
    project: &'a Project,
    /// For a partial build: the previous build, whose other locales stay published.
    previous: Option<&'a manifest::Manifest>,
    /// The previous build's records, by release, for the releases whose inputs did not change.
    built_before: BuiltBefore<'a>,
    reused: AtomicUsize,
    targets: &'a [Target],
    terms: &'a LocaleTerms,
    options: &'a Options,
    templates: &'a Templates,
    /// The sentence rules of the source language (and of the project).
    sentence_rules: std::borrow::Cow<'static, segment::sentence::Rules>,
    /// The moment embargoes are judged by.
    clock: Clock,
    written: AtomicUsize,
    unchanged: AtomicUsize,
}

impl Build<'_> {
    /// Writes one output of a (locale, release) unless it holds `bytes` already, counts it,
    /// and returns its manifest record.
    fn write(
        &self,
        path: String,
        (locale, release): (&std::sync::Arc<str>, &std::sync::Arc<str>),
        format: OutputFormat,
        bytes: &[u8],
    ) -> Result<Output> {
        let file = self.project.config.paths.output.join(&path);
        let counter = if persist::write_generated(&file, bytes)? {
            &self.written
        } else {
            &self.unchanged
        };
        counter.fetch_add(1, Ordering::Relaxed);
        Ok(Output::new(
            path,
            Some(locale.clone()),
            Some(release.clone()),
            format,
            bytes,
        ))
    }

    /// Resolves and renders one release in every target locale.
    fn release(&self, release: &Release, fingerprint: manifest::HexDigest) -> Result<Built> {
        let Build {
            project,
            previous,
            targets,
            terms,
            options,
            templates,
            ..
        } = self;
        let config = &project.config;
        let source = &config.source_locale;
        if let Some(built) = self.reuse(release, fingerprint) {
            return Ok(built);
        }
        let embargo = embargo_of(release);
        let publication = Publication::of(embargo.as_ref(), self.clock, options.preview);
        let formats = effective_formats(config, options);
        // Images go beside the pages that show them; without HTML, nothing shows them.
        let (media, missing) = if formats.contains(&OutputFormat::Html) {
            media::of_release(release)
        } else {
            Default::default()
        };
        let segments = segment::split(release, config.granularity, &self.sentence_rules);
        let reference = crate::reference::of_release(release, &segments);
        let mut notices = Vec::new();
        if let Some(problem) = reference_out_of_date(project, release, &reference) {
            notices.push(PairProblem::new(source, &release.id, problem));
        }
        let mut documents: Vec<(Document, Decision)> = Vec::with_capacity(targets.len());
        let mut failures = Vec::new();
        for target in targets.iter() {
            let chain: Vec<Translations> = target
                .chain
                .iter()
                .map(|l| {
                    if l == source || target.pseudo.is_some() {
                        Translations::none(l)
                    } else {
                        Translations::load(&config.paths.locales, l, &release.id, terms.get(l))
                    }
                })
                .collect();
            for link in &chain {
                if let Some(problem) = link.unreadable() {
                    let diagnostic = Diagnostic {
                        severity: Severity::Warning,
                        help: Some("its messages fell back; `relingo check` shows the same problem".into()),
                        ..problem.clone()
                    };
                    notices.push(PairProblem::new(&link.locale, &release.id, diagnostic));
                }
            }
            let policy = Policy {
                rules: Rules {
                    check: &config.check,
                    use_stale: target.requirements.use_stale,
                    require_approval: target.requirements.require_approval,
                },
                transform: target.pseudo.map(|f| {
                    if f {
                        flipped as fn(&str) -> String
                    } else {
                        accented
                    }
                }),
            };
            let doc = document::resolve(release, &reference, &segments, &chain, source, &policy);
            let decision = coverage::decide(&doc.coverage, target.locale.as_str(), &target.requirements);
            let file = config
                .paths
                .locales
                .join(target.locale.as_str())
                .join(format!("{}.ftl", release.id));
            let problem = |code, message: String, help: &'static str| {
                let diagnostic = Diagnostic::file(&file, code, message, Some(help.into()));
                PairProblem::new(&target.locale, &release.id, diagnostic)
            };
            if let Some(blocked) = &decision.blocked {
                let help =
                    "translate what is missing, stale or broken (`relingo status --by-release` lists it)";
                failures.push(problem(codes::REQUIRED, blocked.clone(), help));
            }
            if let Some(withheld) = &decision.withheld {
                let help = "it is published in this locale once enough of it is translated";
                notices.push(problem(codes::WITHHELD, withheld.clone(), help));
            }
            let fallback = doc.stats.fallback_segments;
            if options.strict && fallback > 0 && &target.locale != source {
                let message = format!(
                    "{fallback} {} back to another locale",
                    coverage::plural(fallback, "message falls", "messages fall")
                );
                failures.push(problem(
                    codes::STRICT,
                    message,
                    "drop --strict to publish with fallback",
                ));
            }
            documents.push((doc, decision));
        }
        // Published at once in every language, or not at all, where the project asks it.
        let not_ready: Vec<&str> = documents
            .iter()
            .filter(|(_, d)| d.blocked.is_some())
            .map(|(doc, _)| doc.locale.as_str())
            .collect();
        let simultaneous_hold =
            config.simultaneous && publication == Publication::Published && !not_ready.is_empty();
        if simultaneous_hold {
            let message = format!(
                "held in every language: `{}` is not complete, and [build] simultaneous asks that a release go out in all of them at once",
                not_ready.join("`, `")
            );
            let help = "complete it (`relingo status --release` says what is left), or drop `simultaneous`";
            let diagnostic = Diagnostic::file(&release.path, codes::SIMULTANEOUS, message, Some(help.into()));
            failures.push(PairProblem::new(source, &release.id, diagnostic));
        }
        let publication = if simultaneous_hold {
            Publication::Held
        } else {
            publication
        };
        let languages = switcher_languages(project, release, targets, &documents, *previous);
        // A preview page offers no public page, nor is offered by one.
        let languages_of = |doc: &Document| {
            if is_pseudo(&doc.locale) {
                &[][..]
            } else {
                &languages[..]
            }
        };
        for problem in missing {
            if options.strict {
                failures.push(PairProblem::new(
                    source,
                    &release.id,
                    Diagnostic {
                        severity: Severity::Error,
                        ..problem
                    },
                ));
            } else {
                notices.push(PairProblem::new(source, &release.id, problem));
            }
        }
        let mut pairs = Vec::with_capacity(documents.len());
        let mut outputs = Vec::new();
        let previewed = publication == Publication::Previewed;
        for (doc, decision) in documents {
            if decision.withheld.is_none() && publication != Publication::Held {
                let locale: std::sync::Arc<str> = doc.locale.as_str().into();
                let release: std::sync::Arc<str> = doc.release.as_str().into();
                for format in formats {
                    let bytes = match format {
                        OutputFormat::Html => templates.release(
                            &doc,
                            languages_of(&doc),
                            source.as_str(),
                            embargo.as_ref().filter(|_| previewed),
                        )?,
                        OutputFormat::Md => render::markdown(&doc),
                        OutputFormat::Txt => render::plain(&doc),
                        OutputFormat::Json => render::json(&doc),
                        OutputFormat::Media => continue,
                    };
                    let path = format!(
                        "{}/{}.{}",
                        folder(&doc.locale, previewed),
                        doc.release,
                        format.extension()
                    );
                    outputs.push(self.write(path, (&locale, &release), *format, bytes.as_bytes())?);
                }
                for image in &media {
                    let path = format!("{}/{}", folder(&doc.locale, previewed), image.src);
                    outputs.push(self.write(path, (&locale, &release), OutputFormat::Media, &image.bytes)?);
                }
            }
            let mut pair = pair(&doc, decision);
            pair.embargo = embargo.as_ref().map(Embargo::iso);
            pair.publication = (publication != Publication::Published).then_some(publication);
            pairs.push(pair);
        }
        if publication != Publication::Published && !simultaneous_hold {
            let until = embargo.as_ref().map(Embargo::iso).unwrap_or_default();
            let (message, help) = match publication {
                Publication::Held => (
                    format!("under embargo until {until}: not published in any locale"),
                    "it is published by the first build from then on; `build --preview` shows it now, marked embargoed",
                ),
                _ => (
                    format!("under embargo until {until}: built for preview only, into {PREVIEW_DIR}/"),
                    "preview pages say they are embargoed and are in no public index",
                ),
            };
            let diagnostic = Diagnostic::file(&release.path, codes::EMBARGO, message, Some(help.into()));
            notices.push(PairProblem::new(source, &release.id, diagnostic));
            // Nothing of it goes out now: what would fail a publishing build is reported.
            notices.extend(failures.drain(..).map(|mut f| {
                f.diagnostic.severity = Severity::Warning;
                f
            }));
        }
        self.record_inputs(&mut pairs, fingerprint, failures.is_empty() && notices.is_empty());
        Ok(Built {
            pairs,
            outputs,
            failures,
            notices,
            reused: false,
        })
    }
}

/// The formats a build writes: those asked for, or the configured ones.
fn effective_formats<'a>(config: &'a crate::config::Config, options: &'a Options) -> &'a [OutputFormat] {
    if options.formats.is_empty() {
        &config.formats
    } else {
        &options.formats
    }
}

/// The languages a reader of `release` may switch to, in the order of the configuration:
/// those this build publishes, and (in a partial build) those the previous build published
/// in the locales this one did not build. Never a pseudo-locale.
fn switcher_languages(
    project: &Project,
    release: &Release,
    targets: &[Target],
    documents: &[(Document, Decision)],
    previous: Option<&manifest::Manifest>,
) -> Vec<Language> {
    let config = &project.config;
    let order = std::iter::once(&config.source_locale).chain(config.locales.iter().map(|l| &l.locale));
    order
        .filter(|locale| match targets.iter().position(|t| &t.locale == *locale) {
            Some(i) => documents[i].1.withheld.is_none(),
            None => previous.is_some_and(|m| {
                m.pairs
                    .iter()
                    .any(|p| p.release == release.id && p.locale == locale.as_str() && !p.withheld)
            }),
        })
        .map(|locale| Language::of(locale.as_str()))
        .collect()
}

/// The manifest's record of a (locale, release): the document's coverage, counted from the
/// same verdicts as `status` counts, and the decision taken on it.
fn pair(doc: &Document, decision: Decision) -> Pair {
    // The index names a release as its page's heading does, in the same words.
    let heading = render::heading(doc);
    let title = heading
        .as_ref()
        .map(|b| inline::to_plain(&b.text(doc.no_spaces)))
        .unwrap_or_else(|| doc.release.clone());
    let title_lang = heading
        .as_ref()
        .and_then(|b| b.origin())
        .filter(|origin| *origin != doc.locale)
        .map(str::to_string);
    let c = &doc.coverage;
    Pair {
        locale: doc.locale.clone(),
        release: doc.release.clone(),
        title,
        withheld: decision.withheld.is_some(),
        coverage: (c.published_percent() * 10.0).round() / 10.0,
        segments: c.total.messages,
        fallback: doc.stats.fallback_segments,
        stale: c.stale.messages,
        broken: c.error.messages,
        translated: Some(c.translated.messages),
        approved: Some(c.approved.messages),
        missing: Some(c.missing.messages),
        reason: decision.withheld,
        blocked: decision.blocked,
        title_lang,
        date: doc.meta.date.clone(),
        embargo: None,
        publication: None,
        inputs: None,
    }
}
