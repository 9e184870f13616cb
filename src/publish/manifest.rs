//! `dist/manifest.json`: every output of a build with its size and sha256, every (locale,
//! release) pair with its coverage and what fell back or was withheld; sorted, no times.
//!
//! In: what a build (or each shard of one) produced. Out: the manifest, the index pages that
//! are derived from it alone, and the merge of shard manifests into the manifest a single
//! machine would have written.

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::render::{Language, Templates};
use crate::config::OutputFormat;
use crate::{Error, Result, persist};

pub const SCHEMA: &str = "relingo-manifest/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub schema: String,
    /// Which share of the releases a `build --shard K/N` built (absent for a whole build).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub shard: Option<ShardOf>,
    /// What readers are to see: these outputs are the bundle to publish.
    pub pairs: Vec<Pair>,
    pub outputs: Vec<Output>,
    /// Pseudo-locale builds (`build --pseudo`), under `_preview/`: for checking layouts,
    /// never for publication.
    #[serde(skip_serializing_if = "Preview::is_empty", default)]
    pub preview: Preview,
}

/// The records of a build's preview area.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preview {
    pub pairs: Vec<Pair>,
    pub outputs: Vec<Output>,
}

impl Preview {
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty() && self.outputs.is_empty()
    }
}

/// Shard K of N.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShardOf {
    pub index: usize,
    pub count: usize,
}

/// One (locale, release) of the build.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub locale: String,
    pub release: String,
    pub title: String,
    pub withheld: bool,
    /// Percent of source words published from the locale's own file, one decimal (what
    /// `min-coverage` is measured on).
    pub coverage: f64,
    /// The release's messages, and how many of them are stale and broken in the locale:
    /// the counts `relingo status` reports for the same (locale, release).
    pub segments: usize,
    /// Messages that took another locale's text.
    pub fallback: usize,
    pub stale: usize,
    pub broken: usize,
    /// Translated messages a reviewer approved for the text they hold.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub approved: Option<usize>,
    /// Translated and missing messages (absent from manifests of relingo before 0.2).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub translated: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub missing: Option<usize>,
    /// Why the release is withheld in this locale.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reason: Option<String>,
    /// Why the build fails on this release in this locale (a required locale incomplete).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub blocked: Option<String>,
    /// The locale the title's words are in, when it is another (the title fell back).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title_lang: Option<String>,
    /// The release's date (ISO 8601), which orders the indexes newest first.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<String>,
    /// The release's embargo (ISO 8601 with its offset).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub embargo: Option<String>,
    /// `held` or `previewed` under the embargo; absent when published.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub publication: Option<crate::embargo::Publication>,
    /// The fingerprint of everything the release was built from ([`super::inputs`]), the
    /// same on each of its pairs; absent when its build reported a problem.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub inputs: Option<HexDigest>,
}

impl Pair {
    /// Whether readers may see the pair: not withheld, not under embargo.
    pub fn is_published(&self) -> bool {
        !self.withheld
            && self
                .publication
                .is_none_or(|p| p == crate::embargo::Publication::Published)
    }

    /// Whether the pair has a page built for preview before its embargo lifts.
    pub fn is_embargo_preview(&self) -> bool {
        !self.withheld && self.publication == Some(crate::embargo::Publication::Previewed)
    }

    /// Whether the pair belongs to the preview area: a pseudo-locale's, or built for
    /// preview under embargo.
    pub fn is_preview(&self) -> bool {
        super::is_pseudo(&self.locale) || self.publication == Some(crate::embargo::Publication::Previewed)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Output {
    /// Relative to the output directory, `/`-separated.
    pub path: String,
    /// Shared with the other outputs of the same pair.
    pub locale: Option<Arc<str>>,
    pub release: Option<Arc<str>>,
    pub format: OutputFormat,
    pub size: u64,
    pub sha256: HexDigest,
}

/// A 32-byte digest, written as 64 lowercase hex digits: an output's SHA-256, or the BLAKE3
/// fingerprint of a release's inputs. Kept as bytes, since a large build holds one per output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HexDigest(pub [u8; 32]);

impl HexDigest {
    /// The 64 lowercase hex digits, made without the formatting machinery: a manifest
    /// writes one per output and pair.
    fn hex(&self) -> [u8; 64] {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut hex = [0u8; 64];
        for (pair, byte) in hex.chunks_exact_mut(2).zip(self.0) {
            pair[0] = DIGITS[usize::from(byte >> 4)];
            pair[1] = DIGITS[usize::from(byte & 0xf)];
        }
        hex
    }
}

impl std::fmt::Display for HexDigest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hex = self.hex();
        f.write_str(std::str::from_utf8(&hex).expect("hex digits are ASCII"))
    }
}

impl Serialize for HexDigest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let hex = self.hex();
        serializer.serialize_str(std::str::from_utf8(&hex).expect("hex digits are ASCII"))
    }
}

impl<'de> Deserialize<'de> for HexDigest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        // Read in place, without a `String` per digest: a manifest holds one per output.
        struct Hex;
        impl serde::de::Visitor<'_> for Hex {
            type Value = HexDigest;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a digest (64 lowercase hex digits)")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> std::result::Result<HexDigest, E> {
                HexDigest::parse(text)
                    .ok_or_else(|| E::custom(format!("`{text}` is not a digest (64 lowercase hex digits)")))
            }
        }
        deserializer.deserialize_str(Hex)
    }
}

impl HexDigest {
    /// The digest written as `text`, if that is 64 lowercase hex digits.
    fn parse(text: &str) -> Option<HexDigest> {
        // Each byte's value as a lowercase hex digit, or 0xff: one lookup per digit, and one
        // test per digest (a manifest holds a digest per output).
        const VALUE: [u8; 256] = {
            let mut table = [0xff_u8; 256];
            let mut i = 0;
            while i < 16 {
                table[b"0123456789abcdef"[i] as usize] = i as u8;
                i += 1;
            }
            table
        };
        let hex = text.as_bytes();
        if hex.len() != 64 {
            return None;
        }
        let mut bytes = [0u8; 32];
        let mut invalid = 0u8;
        for (byte, pair) in bytes.iter_mut().zip(hex.chunks_exact(2)) {
            let (high, low) = (VALUE[usize::from(pair[0])], VALUE[usize::from(pair[1])]);
            invalid |= (high | low) & 0xf0;
            *byte = high << 4 | low;
        }
        (invalid == 0).then_some(HexDigest(bytes))
    }
}

impl Output {
    pub fn new(
        path: String,
        locale: Option<Arc<str>>,
        release: Option<Arc<str>>,
        format: OutputFormat,
        bytes: &[u8],
    ) -> Output {
        Output {
            path,
            locale,
            release,
            format,
            size: bytes.len() as u64,
            sha256: Output::digest(bytes),
        }
    }

    /// The digest the manifest records for `bytes`.
    pub fn digest(bytes: &[u8]) -> HexDigest {
        HexDigest(Sha256::digest(bytes).into())
    }

    fn is_index(&self) -> bool {
        self.release.is_none()
    }

    /// Whether the output is in the preview area rather than for readers.
    pub fn is_preview(&self) -> bool {
        self.path
            .strip_prefix(super::PREVIEW_DIR)
            .is_some_and(|rest| rest.starts_with('/'))
    }
}

impl Manifest {
    /// A manifest of `pairs` and their outputs, sorted; index outputs are added by
    /// [`write_index_pages`].
    /// Pseudo-locales' pairs and the preview area's outputs are set apart from the public ones.
    pub fn new(mut pairs: Vec<Pair>, mut outputs: Vec<Output>) -> Manifest {
        pairs.sort_unstable_by(|a, b| (&a.locale, &a.release).cmp(&(&b.locale, &b.release)));
        outputs.sort_unstable_by(|a, b| a.path.cmp(&b.path));
        let (preview_pairs, pairs) = pairs.into_iter().partition(Pair::is_preview);
        let (preview_outputs, outputs) = outputs.into_iter().partition(Output::is_preview);
        Manifest {
            schema: SCHEMA.to_string(),
            shard: None,
            pairs,
            outputs,
            preview: Preview {
                pairs: preview_pairs,
                outputs: preview_outputs,
            },
        }
    }

    /// Every pair and every output, public and preview alike.
    pub fn records(self) -> (Vec<Pair>, Vec<Output>) {
        let Manifest {
            mut pairs,
            mut outputs,
            preview,
            ..
        } = self;
        pairs.extend(preview.pairs);
        outputs.extend(preview.outputs);
        (pairs, outputs)
    }

    /// Every output the build wrote, public and preview alike.
    pub fn all_outputs(&self) -> impl Iterator<Item = &Output> {
        self.outputs.iter().chain(&self.preview.outputs)
    }

    /// The path of every file the build wrote, relative to the output, the manifest's own
    /// included (what [`super::spool::Spool::paths`] gives for a build being written).
    pub fn all_paths(&self) -> rustc_hash::FxHashSet<&str> {
        let mut paths: rustc_hash::FxHashSet<&str> = self.all_outputs().map(|o| o.path.as_str()).collect();
        paths.insert("manifest.json");
        paths
    }

    /// Every pair of the build, public and preview alike.
    pub fn all_pairs(&self) -> impl Iterator<Item = &Pair> {
        self.pairs.iter().chain(&self.preview.pairs)
    }

    pub fn to_json(&self) -> String {
        let mut bytes = Vec::new();
        self.write_json(&mut bytes)
            .expect("writing to memory cannot fail");
        String::from_utf8(bytes).expect("serde_json writes UTF-8")
    }

    /// The manifest as pretty JSON, streamed into `out`.
    pub fn write_json(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, self)?;
        out.write_all(b"\n")
    }

    /// Writes the manifest to `path` unless it already holds it, without building the text in
    /// memory (a large build lists hundreds of thousands of outputs).
    pub fn save(&self, path: &Path) -> Result<bool> {
        persist::write_generated_streamed(path, &|out| self.write_json(out))
    }

    pub fn read(path: &Path) -> Result<Manifest> {
        let text = crate::input::read_text(path, crate::input::Links::Refuse)?;
        serde_json::from_str(&text).map_err(|e| {
            Error::at(
                crate::diagnostic::Location::new(path, e.line(), e.column()),
                format!("not a relingo manifest: {e}"),
                Some("pass the dist/manifest.json files written by `relingo build --shard`".into()),
            )
        })
    }
}

/// Writes `dist/<locale>/index.html` and `dist/index.html` from the manifest's pairs, when
/// HTML was built, and records them in the manifest.
pub fn write_index_pages(
    manifest: &mut Manifest,
    output: &Path,
    templates: &Templates,
    source: &str,
) -> Result<()> {
    let shard = manifest.shard;
    let (pairs, mut outputs) = std::mem::replace(manifest, Manifest::new(Vec::new(), Vec::new())).records();
    outputs.retain(|o| !o.is_index());
    let html_built = outputs.iter().any(|o| o.format == OutputFormat::Html);
    if html_built {
        let mut locales: Vec<&str> = pairs.iter().map(|p| p.locale.as_str()).collect();
        locales.sort_unstable();
        locales.dedup();
        let mut counts = Vec::new();
        let mut indexes = Vec::new();
        let previewed: Vec<&Pair> = pairs.iter().filter(|p| p.is_embargo_preview()).collect();
        for locale in locales {
            let of_locale: Vec<&Pair> = pairs.iter().filter(|p| p.locale == locale).collect();
            indexes.push(write_locale_index(output, templates, locale, &of_locale)?);
            counts.push((
                locale.to_string(),
                of_locale.iter().filter(|p| p.is_published()).count(),
                of_locale.len(),
            ));
        }
        indexes.extend(write_root_indexes(
            output, templates, source, &counts, &previewed,
        )?);
        outputs.extend(indexes);
    }
    *manifest = Manifest {
        shard,
        ..Manifest::new(pairs, outputs)
    };
    Ok(())
}

/// Writes `dist/index.html` for readers and, when the build has a preview area (pseudo-locales,
/// releases `previewed` under embargo), its `dist/_preview/index.html`, from `counts` of
/// (locale, published, releases).
pub fn write_root_indexes(
    output: &Path,
    templates: &Templates,
    source: &str,
    counts: &[(String, usize, usize)],
    previewed: &[&Pair],
) -> Result<Vec<Output>> {
    let mut written = vec![write_root_index(output, templates, source, counts)?];
    let pseudo: Vec<&str> = counts
        .iter()
        .map(|(l, _, _)| l.as_str())
        .filter(|l| super::is_pseudo(l))
        .collect();
    if !pseudo.is_empty() || !previewed.is_empty() {
        written.push(write_preview_index(output, templates, &pseudo, previewed)?);
    }
    Ok(written)
}

/// Writes `dist/_preview/index.html`, for the press office only: the pseudo-locales built
/// for checking layouts, and each page built before its embargo lifts.
fn write_preview_index(
    output: &Path,
    templates: &Templates,
    pseudo: &[&str],
    previewed: &[&Pair],
) -> Result<Output> {
    let layouts = pseudo.iter().map(|locale| {
        minijinja::context! {
            label => format!("{locale} (pseudo-locale)"),
            href => format!("{locale}/index.html"),
        }
    });
    let embargoed = previewed.iter().map(|p| {
        let language = Language::of(&p.locale);
        minijinja::context! {
            label => p.title,
            href => format!("{}/{}.html", p.locale, p.release),
            lang => p.title_lang.as_deref().unwrap_or(&p.locale),
            dir => if language.rtl { "rtl" } else { "ltr" },
            detail => minijinja::context! {
                text => format!("{} · embargoed until {}", p.locale, p.embargo.as_deref().unwrap_or_default()),
                lang => "en",
                dir => "ltr",
            },
        }
    });
    let entries: Vec<minijinja::Value> = layouts.chain(embargoed).collect();
    let page = templates.index(minijinja::context! {
        lang => "en",
        dir => "ltr",
        title => minijinja::context! { text => "Preview: not for publication" },
        entries => entries,
        preview => true,
    });
    let path = format!("{}/index.html", super::PREVIEW_DIR);
    persist::write_generated(&output.join(&path), page.as_bytes())?;
    Ok(Output::new(path, None, None, OutputFormat::Html, page.as_bytes()))
}

/// Writes `dist/<locale>/index.html` for readers: the releases published in the locale
/// (`pairs`, in order; withheld ones are not published), under the locale's own title. What
/// was withheld and why belongs to `status` and the manifest, not to the public page.
pub fn write_locale_index(
    output: &Path,
    templates: &Templates,
    locale: &str,
    pairs: &[&Pair],
) -> Result<Output> {
    let language = Language::of(locale);
    let mut published: Vec<&Pair> = pairs.iter().copied().filter(|p| p.is_published()).collect();
    // Newest first; undated releases last, in id order (the sort is stable).
    published.sort_by(|a, b| b.date.is_some().cmp(&a.date.is_some()).then(b.date.cmp(&a.date)));
    let dates = super::dates::LongDates::of(locale);
    let entries: Vec<minijinja::Value> = published
        .into_iter()
        .map(|p| {
            let fallback = p.title_lang.as_deref().map(Language::of);
            minijinja::context! {
                label => p.title,
                href => format!("{}.html", p.release),
                lang => fallback.as_ref().map(|l| l.code.clone()),
                dir => fallback.as_ref().map(|l| if l.rtl { "rtl" } else { "ltr" }),
                fallback => fallback.is_some(),
                date => p.date,
                date_text => p.date.as_deref().and_then(|d| dates.format(d)),
            }
        })
        .collect();
    let title = templates.interface.string(locale, "index-title", None);
    let page = templates.index(minijinja::context! {
        lang => locale,
        dir => if language.rtl { "rtl" } else { "ltr" },
        title => title,
        entries => entries,
    });
    let path = format!("{}/index.html", super::folder(locale, false));
    persist::write_generated(&output.join(&path), page.as_bytes())?;
    Ok(Output::new(
        path,
        Some(Arc::from(locale)),
        None,
        OutputFormat::Html,
        page.as_bytes(),
    ))
}

/// Writes `dist/index.html`: every language by its own name, the source first, with how
/// many releases are published in it, said in that language, from `counts` of (locale,
/// published, releases).
pub fn write_root_index(
    output: &Path,
    templates: &Templates,
    source: &str,
    counts: &[(String, usize, usize)],
) -> Result<Output> {
    // Pseudo-locales are for testing layouts, not for readers.
    let mut ordered: Vec<&(String, usize, usize)> =
        counts.iter().filter(|(l, _, _)| !super::is_pseudo(l)).collect();
    ordered.sort_by_key(|(locale, _, _)| locale != source);
    let entries: Vec<minijinja::Value> = ordered
        .into_iter()
        .map(|(locale, published, _)| {
            let language = Language::of(locale);
            let count = templates.interface.release_count(locale, *published);
            minijinja::context! {
                label => language.name,
                href => format!("{locale}/index.html"),
                hreflang => locale,
                lang => locale,
                dir => if language.rtl { "rtl" } else { "ltr" },
                detail => count,
            }
        })
        .collect();
    let title = templates.interface.string(source, "all-languages", None);
    let page = templates.index(minijinja::context! {
        lang => source,
        dir => if Language::of(source).rtl { "rtl" } else { "ltr" },
        title => title,
        entries => entries,
    });
    persist::write_generated(&output.join("index.html"), page.as_bytes())?;
    Ok(Output::new(
        "index.html".into(),
        None,
        None,
        OutputFormat::Html,
        page.as_bytes(),
    ))
}

impl Manifest {
    /// The records of this (earlier) build that a partial build did not redo: the pairs it
    /// did not build (`rebuilt` says which it did), and their outputs, and the outputs of
    /// rebuilt pairs in formats it did not write. Index pages are not kept: they are written
    /// again from all the pairs.
    pub fn not_rebuilt(
        &self,
        rebuilt: &dyn Fn(&str, &str) -> bool,
        formats: &[OutputFormat],
    ) -> (Vec<Pair>, Vec<Output>) {
        let pairs = self
            .all_pairs()
            .filter(|p| !rebuilt(&p.locale, &p.release))
            .cloned()
            .collect();
        let outputs = self
            .all_outputs()
            .filter(|o| match (o.locale.as_deref(), o.release.as_deref()) {
                // A rebuilt pair's images are copied again with its HTML.
                (Some(locale), Some(release)) if o.format == OutputFormat::Media => {
                    !rebuilt(locale, release) || !formats.contains(&OutputFormat::Html)
                }
                (Some(locale), Some(release)) => !rebuilt(locale, release) || !formats.contains(&o.format),
                _ => false,
            })
            .cloned()
            .collect();
        (pairs, outputs)
    }
}

/// What makes a set of shard manifests one build, or not: every shard of one N, once each.
/// Returns what is wrong, one line per problem (none: the set is whole).
pub fn incomplete_set(manifests: &[(std::path::PathBuf, Manifest)]) -> Vec<String> {
    let mut problems = Vec::new();
    let shards: Vec<(&std::path::PathBuf, Option<ShardOf>)> =
        manifests.iter().map(|(p, m)| (p, m.shard)).collect();
    for (path, shard) in &shards {
        if shard.is_none() {
            problems.push(format!(
                "{}: not the manifest of a `build --shard K/N`",
                path.display()
            ));
        }
    }
    let counts: std::collections::BTreeSet<usize> =
        shards.iter().filter_map(|(_, s)| s.map(|s| s.count)).collect();
    if counts.len() > 1 {
        let list: Vec<String> = counts.iter().map(|n| format!("/{n}")).collect();
        problems.push(format!(
            "the shards are of different builds ({})",
            list.join(", ")
        ));
        return problems;
    }
    let Some(&count) = counts.iter().next() else {
        return problems;
    };
    for k in 1..=count {
        let paths: Vec<String> = shards
            .iter()
            .filter(|(_, s)| s.is_some_and(|s| s.index == k))
            .map(|(p, _)| p.display().to_string())
            .collect();
        match paths.len() {
            0 => problems.push(format!("shard {k}/{count} is missing")),
            1 => {}
            _ => problems.push(format!(
                "shard {k}/{count} is there {} times: {}",
                paths.len(),
                paths.join(", ")
            )),
        }
    }
    problems
}

/// The outputs of `manifest` that are not in `output` as recorded (absent, or of another
/// size): a merge must not write index pages that link to them.
pub fn missing_outputs(manifest: &Manifest, output: &Path) -> Vec<String> {
    manifest
        .all_outputs()
        .filter(|o| !o.is_index())
        .filter(|o| std::fs::metadata(output.join(&o.path)).map_or(true, |m| m.len() != o.size))
        .map(|o| o.path.clone())
        .collect()
}

/// Joins the manifests of shards into one: the union of their pairs and outputs, which
/// must not contradict each other.
pub fn merge(manifests: Vec<Manifest>) -> Result<Manifest> {
    let mut pairs: Vec<Pair> = Vec::new();
    let mut outputs: Vec<Output> = Vec::new();
    for manifest in manifests {
        let (its_pairs, its_outputs) = manifest.records();
        pairs.extend(its_pairs);
        outputs.extend(its_outputs.into_iter().filter(|o| !o.is_index()));
    }
    pairs.sort_unstable_by(|a, b| (&a.locale, &a.release).cmp(&(&b.locale, &b.release)));
    outputs.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    for pair in pairs.windows(2) {
        if (&pair[0].locale, &pair[0].release) == (&pair[1].locale, &pair[1].release) && pair[0] != pair[1] {
            return Err(Error::Usage(format!(
                "the shards disagree about {}/{}: were they built from the same commit?",
                pair[0].locale, pair[0].release
            )));
        }
    }
    for output in outputs.windows(2) {
        if output[0].path == output[1].path && output[0] != output[1] {
            return Err(Error::Usage(format!(
                "the shards disagree about {}: were they built from the same commit?",
                output[0].path
            )));
        }
    }
    pairs.dedup();
    outputs.dedup();
    // The index pages are written at paths made of these: nothing may lead out of the output.
    for locale in pairs.iter().map(|p| p.locale.as_str()) {
        if crate::locale::Locale::parse(locale).map_or(true, |l| l.as_str() != locale) {
            return Err(Error::Usage(format!(
                "a shard manifest names the locale `{locale}`, which is not a canonical locale code"
            )));
        }
    }
    for output in &outputs {
        let relative = std::path::Path::new(&output.path)
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !relative {
            return Err(Error::Usage(format!(
                "a shard manifest lists `{}`, a path outside the output",
                output.path
            )));
        }
    }
    Ok(Manifest::new(pairs, outputs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_is_written_and_read_as_hex() {
        let output = Output::new(
            "fr/a.md".into(),
            Some("fr".into()),
            Some("a".into()),
            OutputFormat::Md,
            b"abc",
        );
        let json = serde_json::to_value(&output).unwrap();
        assert_eq!(
            json["sha256"],
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(json["format"], "md");
        let back: Output = serde_json::from_value(json).unwrap();
        assert_eq!(back, output);
    }

    #[test]
    fn a_malformed_sha256_is_refused_with_what_it_should_be() {
        for bad in [
            "abc",
            &"zz".repeat(32),
            &"é".repeat(32),
            &"+f".repeat(32),
            &"AB".repeat(32),
        ] {
            let err = serde_json::from_str::<HexDigest>(&format!("\"{bad}\"")).unwrap_err();
            assert!(err.to_string().contains("64 lowercase hex digits"), "{err}");
        }
    }
}
