//! A build's manifest records, kept on disk while the build runs.
//!
//! In: each release's [`Pair`]s and [`Output`]s as it is built, in any order, and the records
//! of the releases reused from the previous build, borrowed from its manifest. Out: the index
//! pages and `manifest.json`, byte for byte what [`Manifest`](super::manifest::Manifest) writes
//! for the same records, while holding no more than one locale's new records per thread in
//! memory: a build's memory does not grow with the number of (locale, release) pairs it
//! renders. Each locale's new records are appended as JSON lines to two files of a temporary
//! directory, and read back a locale at a time, in the manifest's order (pairs by locale and
//! release, outputs by path), merged with the borrowed ones (which a build that edits little
//! has in memory already, and would otherwise write out and read back).

use std::borrow::Cow;
use std::collections::BTreeMap;

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::ser::{Error as _, SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use super::manifest::{self, Output, Pair};
use super::render::Templates;
use crate::config::OutputFormat;
use crate::{Error, Result};

pub struct Spool<'m> {
    dir: SpoolDir,
    locales: BTreeMap<String, Records<'m>>,
    /// The index pages, once written.
    index: Vec<Output>,
    /// What the build's summary needs, counted as records arrive.
    pub pairs: usize,
    pub fallback_segments: usize,
    pub withheld: Vec<Pair>,
    /// Pairs not withheld but held, or built for preview only, under embargo.
    pub held: usize,
    pub previewed: usize,
    html_built: bool,
    /// Whether any record belongs to the preview area.
    preview: bool,
    /// Which share of the releases this build is, when it is one.
    pub shard: Option<manifest::ShardOf>,
}

/// One locale's records: those spooled, and those kept from the previous build's manifest.
#[derive(Default)]
struct Records<'m> {
    files: Option<LocaleFiles>,
    kept_pairs: Vec<&'m Pair>,
    kept_outputs: Vec<&'m Output>,
}

/// The two files of one locale: its pairs, and its outputs.
struct LocaleFiles {
    pairs: BufWriter<File>,
    outputs: BufWriter<File>,
}

impl<'m> Spool<'m> {
    /// A spool for a build into `output`, in `.<output>.relingo-spool` beside it: a build
    /// that was killed left it there, and the next build into the same output (which holds
    /// the project lock) starts by removing it, so spools never pile up in the temporary
    /// directory. Where the output's parent is not writable, a temporary directory is used.
    pub fn new(output: &Path) -> Result<Spool<'m>> {
        let dir = SpoolDir::beside(output)?;
        Ok(Spool {
            dir,
            locales: BTreeMap::new(),
            index: Vec::new(),
            pairs: 0,
            fallback_segments: 0,
            withheld: Vec::new(),
            held: 0,
            previewed: 0,
            html_built: false,
            preview: false,
            shard: None,
        })
    }

    /// Records what one release produced.
    pub fn add(&mut self, pairs: Vec<Pair>, outputs: Vec<Output>) -> Result<()> {
        self.count(&pairs, &outputs);
        self.write(&pairs, &outputs)
    }

    /// Counts what one release produced in this build's summary, without spooling it: a
    /// release reused from the previous build is never spooled; its records are kept by
    /// reference ([`Spool::keep`]) if the manifest is written again.
    pub fn count<'p>(
        &mut self,
        pairs: impl IntoIterator<Item = &'p Pair>,
        outputs: impl IntoIterator<Item = &'p Output>,
    ) {
        for pair in pairs {
            self.preview |= pair.is_preview();
            self.pairs += 1;
            self.fallback_segments += pair.fallback;
            if pair.withheld {
                self.withheld.push(pair.clone());
            } else if let Some(publication) = pair.publication {
                match publication {
                    crate::embargo::Publication::Held => self.held += 1,
                    crate::embargo::Publication::Previewed => self.previewed += 1,
                    crate::embargo::Publication::Published => {}
                }
            }
        }
        self.mark(outputs);
    }

    /// Notes which kinds of output the build has: preview ones, HTML pages.
    fn mark<'p>(&mut self, outputs: impl IntoIterator<Item = &'p Output>) {
        for output in outputs {
            self.preview |= output.is_preview();
            self.html_built |= output.format == OutputFormat::Html;
        }
    }

    /// Spools records for the manifest and the index pages, counted already.
    pub fn write<'p>(
        &mut self,
        pairs: impl IntoIterator<Item = &'p Pair>,
        outputs: impl IntoIterator<Item = &'p Output>,
    ) -> Result<()> {
        for pair in pairs {
            let file = &mut self.files(&pair.locale)?.pairs;
            write_line(file, pair).map_err(|e| self.spool_error(e))?;
        }
        for output in outputs {
            let locale = output.locale.as_deref().unwrap_or_default().to_string();
            let file = &mut self.files(&locale)?.outputs;
            write_line(file, output).map_err(|e| self.spool_error(e))?;
        }
        Ok(())
    }

    /// Records of the previous build's manifest that this build keeps as they are (those of
    /// the releases it reused), counted already: held by reference, never spooled.
    pub fn keep(&mut self, pairs: &[&'m Pair], outputs: &[&'m Output]) {
        for pair in pairs {
            self.records(&pair.locale).kept_pairs.push(pair);
        }
        for output in outputs {
            let locale = output.locale.as_deref().unwrap_or_default();
            self.records(locale).kept_outputs.push(output);
        }
    }

    /// Records of an earlier build that this one keeps (a partial build's carry-over):
    /// spooled like the others, but not counted in this build's summary.
    pub fn carry(&mut self, pairs: Vec<Pair>, outputs: Vec<Output>) -> Result<()> {
        self.mark(&outputs);
        self.preview |= pairs.iter().any(Pair::is_preview);
        self.write(&pairs, &outputs)
    }

    /// Writes the index pages (when HTML was built) and `manifest.json` into `output`.
    pub fn finish(&mut self, output: &Path, templates: &Templates, source: &str) -> Result<()> {
        for files in self.locales.values_mut().filter_map(|r| r.files.as_mut()) {
            files
                .pairs
                .flush()
                .map_err(|e| Error::io(self.dir.path(), "write", e))?;
            files
                .outputs
                .flush()
                .map_err(|e| Error::io(self.dir.path(), "write", e))?;
        }
        if self.html_built {
            use rayon::prelude::*;
            // Each locale's index page, in parallel: (the page, the locale's counts, its
            // releases still under embargo and built for preview, which are few).
            let locales: Vec<&String> = self.locales.keys().collect();
            let indexes = locales
                .par_iter()
                .map(|locale| {
                    let pairs = self.pairs_of(locale)?;
                    let pairs: Vec<&Pair> = pairs.iter().map(|p| p.as_ref()).collect();
                    let index = manifest::write_locale_index(output, templates, locale, &pairs)?;
                    let published = pairs.iter().filter(|p| p.is_published()).count();
                    let previewed: Vec<Pair> = pairs
                        .iter()
                        .filter(|p| p.is_embargo_preview())
                        .map(|p| (*p).clone())
                        .collect();
                    Ok((index, ((*locale).clone(), published, pairs.len()), previewed))
                })
                .collect::<Vec<Result<_>>>();
            let mut counts = Vec::new();
            let mut previewed = Vec::new();
            // In locale order: the error reported is the first locale's, whichever thread
            // met it first.
            for indexed in indexes {
                let (index, count, of_locale) = indexed?;
                self.index.push(index);
                counts.push(count);
                previewed.extend(of_locale);
            }
            let previewed: Vec<&Pair> = previewed.iter().collect();
            self.index.extend(manifest::write_root_indexes(
                output, templates, source, &counts, &previewed,
            )?);
        }
        let view = SpooledManifest(self);
        crate::persist::write_generated_streamed(&output.join("manifest.json"), &|out| {
            serde_json::to_writer_pretty(&mut *out, &view)?;
            out.write_all(b"\n")
        })?;
        Ok(())
    }

    /// The paths of every file the build wrote or kept (relative to the output), the
    /// manifest's own included.
    pub fn paths(&self) -> Result<Vec<Cow<'_, str>>> {
        let mut paths: Vec<Cow<str>> = self
            .index
            .iter()
            .map(|o| Cow::Borrowed(o.path.as_str()))
            .collect();
        for (locale, records) in &self.locales {
            let spooled: Vec<Output> = self.spooled(locale, "outputs")?;
            paths.extend(spooled.into_iter().map(|o| Cow::Owned(o.path)));
            paths.extend(
                records
                    .kept_outputs
                    .iter()
                    .map(|o| Cow::Borrowed(o.path.as_str())),
            );
        }
        paths.push(Cow::Borrowed("manifest.json"));
        Ok(paths)
    }

    /// The records of `locale`, created on first use.
    fn records(&mut self, locale: &str) -> &mut Records<'m> {
        if !self.locales.contains_key(locale) {
            self.locales.insert(locale.to_string(), Records::default());
        }
        self.locales.get_mut(locale).expect("inserted above")
    }

    /// The spool files of `locale`, created on first use.
    fn files(&mut self, locale: &str) -> Result<&mut LocaleFiles> {
        if self.locales.get(locale).is_none_or(|r| r.files.is_none()) {
            let create = |kind: &str| {
                let path = self.path(locale, kind);
                File::create(&path)
                    .map(BufWriter::new)
                    .map_err(|e| Error::io(path, "create", e))
            };
            let files = LocaleFiles {
                pairs: create("pairs")?,
                outputs: create("outputs")?,
            };
            self.records(locale).files = Some(files);
        }
        Ok(self.records(locale).files.as_mut().expect("created above"))
    }

    fn path(&self, locale: &str, kind: &str) -> PathBuf {
        self.dir.path().join(format!("{locale}.{kind}.jsonl"))
    }

    fn spool_error(&self, e: std::io::Error) -> Error {
        Error::io(self.dir.path(), "write", e)
    }

    /// The records of `kind` (`pairs`, `outputs`) spooled for `locale`; none if nothing was.
    fn spooled<T: serde::de::DeserializeOwned>(&self, locale: &str, kind: &str) -> Result<Vec<T>> {
        match self.locales[locale].files {
            Some(_) => read_lines(&self.path(locale, kind)),
            None => Ok(Vec::new()),
        }
    }

    /// The pairs of `locale`, spooled and kept, in release order.
    fn pairs_of(&self, locale: &str) -> Result<Vec<Cow<'_, Pair>>> {
        let spooled = self.spooled(locale, "pairs")?.into_iter().map(Cow::Owned);
        let kept = self.locales[locale].kept_pairs.iter().map(|p| Cow::Borrowed(*p));
        let mut pairs: Vec<Cow<Pair>> = spooled.chain(kept).collect();
        pairs.sort_unstable_by(|a, b| a.release.cmp(&b.release));
        Ok(pairs)
    }

    /// The outputs of `locale`, spooled and kept, its index page included, in path order.
    fn outputs_of(&self, locale: &str) -> Result<Vec<Cow<'_, Output>>> {
        let spooled = self.spooled(locale, "outputs")?.into_iter().map(Cow::Owned);
        let kept = self.locales[locale]
            .kept_outputs
            .iter()
            .map(|o| Cow::Borrowed(*o));
        let mut outputs: Vec<Cow<Output>> = spooled.chain(kept).collect();
        let index = self.index.iter().filter(|o| o.locale.as_deref() == Some(locale));
        outputs.extend(index.map(Cow::Borrowed));
        outputs.sort_unstable_by(|a, b| a.path.cmp(&b.path));
        Ok(outputs)
    }
}

fn write_line<T: Serialize>(file: &mut BufWriter<File>, record: &T) -> std::io::Result<()> {
    serde_json::to_writer(&mut *file, record)?;
    file.write_all(b"\n")
}

fn read_lines<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    // Every file a spool reads it created: one that is gone means the spool was removed
    // under the build, whose manifest would then list nothing (and clean-up remove all).
    let file = File::open(path).map_err(|e| Error::io(path, "read the build spool", e))?;
    BufReader::new(file)
        .lines()
        .map(|line| {
            let line = line.map_err(|e| Error::io(path, "read", e))?;
            serde_json::from_str(&line).map_err(|e| Error::file(path, format!("spooled record: {e}"), None))
        })
        .collect()
}

/// The manifest of a spool, serialized as [`Manifest`](super::manifest::Manifest) is.
struct SpooledManifest<'a, 'm>(&'a Spool<'m>);

impl Serialize for SpooledManifest<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let spool = self.0;
        let preview = spool.preview || spool.index.iter().any(Output::is_preview);
        let fields = 3 + usize::from(spool.shard.is_some()) + usize::from(preview);
        let mut manifest = serializer.serialize_struct("Manifest", fields)?;
        manifest.serialize_field("schema", manifest::SCHEMA)?;
        if let Some(shard) = &spool.shard {
            manifest.serialize_field("shard", shard)?;
        }
        manifest.serialize_field("pairs", &SpooledPairs(spool, Area::Public))?;
        manifest.serialize_field("outputs", &SpooledOutputs(spool, Area::Public))?;
        if preview {
            manifest.serialize_field("preview", &SpooledPreview(spool))?;
        }
        manifest.end()
    }
}

/// The part of the output records belong to: what readers see, or the preview area.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Area {
    Public,
    Preview,
}

impl Area {
    fn of_pair(pair: &Pair) -> Area {
        if pair.is_preview() {
            Area::Preview
        } else {
            Area::Public
        }
    }

    fn of_output(output: &Output) -> Area {
        if output.is_preview() {
            Area::Preview
        } else {
            Area::Public
        }
    }
}

/// The preview area's pairs and outputs, as [`manifest::Preview`] is serialized.
struct SpooledPreview<'a, 'm>(&'a Spool<'m>);

impl Serialize for SpooledPreview<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut preview = serializer.serialize_struct("Preview", 2)?;
        preview.serialize_field("pairs", &SpooledPairs(self.0, Area::Preview))?;
        preview.serialize_field("outputs", &SpooledOutputs(self.0, Area::Preview))?;
        preview.end()
    }
}

/// Every pair of one area, by locale then release.
struct SpooledPairs<'a, 'm>(&'a Spool<'m>, Area);

impl Serialize for SpooledPairs<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for locale in self.0.locales.keys() {
            for pair in self.0.pairs_of(locale).map_err(S::Error::custom)? {
                if Area::of_pair(&pair) == self.1 {
                    seq.serialize_element(pair.as_ref())?;
                }
            }
        }
        seq.end()
    }
}

/// Every output of one area, by path: a locale's outputs all start with its folder, so
/// sorting the locales by that prefix (and the root indexes among them) sorts the whole list.
struct SpooledOutputs<'a, 'm>(&'a Spool<'m>, Area);

impl Serialize for SpooledOutputs<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let (spool, area) = (self.0, self.1);
        enum Group<'a> {
            Locale(&'a str),
            Root(&'a Output),
        }
        // Within one area, a locale's outputs all start with its folder there.
        let mut groups: Vec<(String, Group)> = spool
            .locales
            .keys()
            .map(|l| {
                (
                    format!("{}/", super::folder(l, area == Area::Preview)),
                    Group::Locale(l),
                )
            })
            .collect();
        let roots = spool
            .index
            .iter()
            .filter(|o| o.locale.is_none() && Area::of_output(o) == area);
        groups.extend(roots.map(|root| (root.path.clone(), Group::Root(root))));
        groups.sort_by(|a, b| a.0.cmp(&b.0));
        let mut seq = serializer.serialize_seq(None)?;
        for (_, group) in groups {
            match group {
                Group::Locale(locale) => {
                    for output in spool.outputs_of(locale).map_err(S::Error::custom)? {
                        if Area::of_output(&output) == area {
                            seq.serialize_element(output.as_ref())?;
                        }
                    }
                }
                Group::Root(root) => seq.serialize_element(root)?,
            }
        }
        seq.end()
    }
}

/// The spool's directory, removed when the spool is dropped.
enum SpoolDir {
    Beside(PathBuf),
    Temporary(tempfile::TempDir),
}

impl SpoolDir {
    fn beside(output: &Path) -> Result<SpoolDir> {
        // Named from the resolved path: `a/b/..` must not give a spool inside the output.
        let output = &super::output::resolve(output);
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let parent = output
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let dir = parent.join(format!(".{name}.relingo-spool"));
        if std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
            std::fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, "remove the old spool", e))?;
        }
        match std::fs::create_dir(&dir) {
            Ok(()) => Ok(SpoolDir::Beside(dir)),
            Err(_) => tempfile::tempdir()
                .map(SpoolDir::Temporary)
                .map_err(|e| Error::io(std::env::temp_dir(), "create a directory in", e)),
        }
    }

    fn path(&self) -> &Path {
        match self {
            SpoolDir::Beside(dir) => dir,
            SpoolDir::Temporary(dir) => dir.path(),
        }
    }
}

impl Drop for SpoolDir {
    fn drop(&mut self) {
        if let SpoolDir::Beside(dir) = self {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}
