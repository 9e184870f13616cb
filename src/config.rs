//! `relingo.toml`: found from the working directory upward, parsed strictly, validated.
//!
//! In: the file's text. Out: a [`Config`] whose locales are canonical, whose fallback chains are
//! resolved and checked (no cycles, no unknown locales) and whose paths are absolute. Unknown
//! keys, bad locale codes and bad paths are errors pointing at the key's line and column.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Location;
use crate::locale::Locale;
use crate::{Error, Result};

pub const FILE_NAME: &str = "relingo.toml";

/// How releases are cut into messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// One message per block: title, lead, paragraph, quote, list item …
    #[default]
    Block,
    /// One message per sentence of each block.
    Sentence,
}

/// The files `relingo build` writes for every (locale, release).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    Html,
    Md,
    Txt,
    Json,
    /// An image a release shows, copied beside its pages: recorded in the manifest, never a
    /// format to ask for (`[build] formats` refuses it).
    Media,
}

impl OutputFormat {
    pub const ALL: [OutputFormat; 4] = [
        OutputFormat::Html,
        OutputFormat::Md,
        OutputFormat::Txt,
        OutputFormat::Json,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            OutputFormat::Html => "html",
            OutputFormat::Md => "md",
            OutputFormat::Txt => "txt",
            OutputFormat::Json => "json",
            OutputFormat::Media => "",
        }
    }
}

/// Settings of one target locale.
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleConfig {
    pub locale: Locale,
    /// Where a missing message is looked up next, ending with the source locale.
    pub fallback: Vec<Locale>,
    /// Percent of words a release must have translated to be published in this locale.
    pub min_coverage: Option<f64>,
    /// Every release must be complete in this locale, or the build fails.
    pub required: bool,
    /// Publish stale translations instead of falling back.
    pub use_stale: bool,
    /// Publish only translations a reviewer approved (`relingo approve`).
    pub require_approval: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paths {
    pub sources: PathBuf,
    pub locales: PathBuf,
    pub output: PathBuf,
}

/// The validated configuration of a project.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The directory holding `relingo.toml`; relative paths are resolved against it.
    pub root: PathBuf,
    pub source_locale: Locale,
    pub locales: Vec<LocaleConfig>,
    pub paths: Paths,
    pub granularity: Granularity,
    /// The project's own sentence rules, added to those of the source language
    /// (`[segment] rules`, format of `data/segment/README.md`).
    pub segment_rules: Option<PathBuf>,
    /// Similarity (0–1) from which translation memory proposes a near match, marked stale.
    pub memory_threshold: f64,
    /// Formats `relingo build` writes (all by default).
    pub formats: Vec<OutputFormat>,
    /// A custom HTML template for releases, instead of the built-in one.
    pub template: Option<PathBuf>,
    /// `[build] simultaneous`: a release goes out in every language at once or not at all;
    /// a required locale that is not complete holds it everywhere.
    pub simultaneous: bool,
    pub check: CheckConfig,
    /// `[release.<id>]`: settings of single releases, by release id.
    pub releases: BTreeMap<String, ReleaseSettings>,
    /// SHA-256 of the configuration's text: what a build's fingerprint takes of it.
    pub digest: [u8; 32],
}

/// `[release.<id>]`: what the project says of one release that its source does not.
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseSettings {
    /// The heading of a plain-format release (which has no title line): translated like
    /// any title, instead of the lead's first sentence.
    pub title: Option<String>,
    /// Where the table is, for errors about it.
    pub at: Location,
}

/// `[check]`: project-wide settings of `relingo check`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct CheckConfig {
    /// Checks silenced for every message.
    pub allow: Vec<String>,
    /// Texts that may stay identical to the source (names: INTERPOL, WePROTECT …).
    pub keep: Vec<String>,
    /// Terms that must appear untranslated wherever the source has them.
    pub do_not_translate: Vec<String>,
    /// Longest title, in characters.
    pub title_max: usize,
    /// Longest summary (lead), in characters.
    pub summary_max: usize,
}

impl Default for CheckConfig {
    fn default() -> Self {
        CheckConfig {
            allow: Vec::new(),
            keep: Vec::new(),
            do_not_translate: Vec::new(),
            // GOV.UK's style guide: titles of 65 characters, summaries of 160.
            title_max: 65,
            summary_max: 160,
        }
    }
}

impl Config {
    /// The configuration of a directory without `relingo.toml`: defaults only.
    pub fn defaults(root: &Path) -> Config {
        Config::from_raw(root, Path::new(FILE_NAME), "", RawConfig::default())
            .expect("the default configuration is valid")
    }

    pub fn locale(&self, locale: &Locale) -> Option<&LocaleConfig> {
        self.locales.iter().find(|l| &l.locale == locale)
    }

    /// Reads and validates `path`.
    pub fn load(path: &Path) -> Result<Config> {
        let text = crate::input::read_text(path, crate::input::Links::Follow)?;
        let root = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let root = std::path::absolute(root).map_err(|e| Error::io(root, "resolve", e))?;
        Config::parse(&root, path, &text)
    }

    /// Parses the text of a config file; `path` is only used in messages.
    pub fn parse(root: &Path, path: &Path, text: &str) -> Result<Config> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            Error::at(
                Location::of_offset(path, text, offset),
                e.message().trim_end().to_string(),
                Some(format!(
                    "the keys {FILE_NAME} knows are listed in the README (section Configuration)"
                )),
            )
        })?;
        Config::from_raw(root, path, text, raw)
    }

    fn from_raw(root: &Path, path: &Path, text: &str, raw: RawConfig) -> Result<Config> {
        let at = |span: Range<usize>| Location::of_offset(path, text, span.start);
        let locale = |value: &Spanned<String>, key: &str| {
            Locale::parse(value.get_ref())
                .map_err(|message| Error::at(at(value.span()), format!("{key}: {message}"), None))
        };
        let source_locale = match &raw.source_locale {
            Some(code) => locale(code, "source-locale")?,
            None => Locale::parse("en-GB").expect("valid"),
        };
        let mut targets: Vec<Locale> = Vec::new();
        for code in &raw.locales {
            let l = locale(code, "locales")?;
            if l == source_locale {
                return Err(Error::at(
                    at(code.span()),
                    format!("locales: `{l}` is the source locale"),
                    Some("list only the locales you translate into".into()),
                ));
            }
            if targets.contains(&l) {
                return Err(Error::at(
                    at(code.span()),
                    format!("locales: `{l}` is listed twice"),
                    None,
                ));
            }
            targets.push(l);
        }
        let mut settings: BTreeMap<Locale, &RawLocale> = BTreeMap::new();
        for (code, table) in &raw.locale {
            let l = locale(code, "locale")?;
            if !targets.contains(&l) {
                return Err(Error::at(
                    at(code.span()),
                    format!(
                        "[locale.{}] configures `{l}`, which is not in `locales`",
                        code.get_ref()
                    ),
                    Some(format!("add \"{l}\" to `locales`, or remove the table")),
                ));
            }
            settings.insert(l, table.get_ref());
        }
        let mut locales = Vec::with_capacity(targets.len());
        for target in &targets {
            let table = settings.get(target).copied();
            let fallback = match table.and_then(|t| t.fallback.as_ref()) {
                Some(chain) => explicit_fallback(target, chain, &targets, &source_locale, &at)?,
                None => default_fallback(target, &targets, &source_locale),
            };
            let min_coverage = match table.and_then(|t| t.min_coverage.as_ref()) {
                Some(v) if !(0.0..=100.0).contains(v.get_ref()) => {
                    return Err(Error::at(
                        at(v.span()),
                        format!(
                            "min-coverage: {} is not a percentage between 0 and 100",
                            v.get_ref()
                        ),
                        None,
                    ));
                }
                v => v.map(|v| *v.get_ref()),
            };
            locales.push(LocaleConfig {
                locale: target.clone(),
                fallback,
                min_coverage,
                required: table.is_some_and(|t| t.required),
                use_stale: table.is_some_and(|t| t.use_stale),
                require_approval: table.is_some_and(|t| t.require_approval),
            });
        }
        let memory_threshold = match &raw.sync.memory_threshold {
            Some(v) if !(0.5..=1.0).contains(v.get_ref()) => {
                return Err(Error::at(
                    at(v.span()),
                    format!("memory-threshold: {} must lie between 0.5 and 1.0", v.get_ref()),
                    Some("0.9 (the default) proposes only close matches".into()),
                ));
            }
            v => v.as_ref().map_or(0.9, |v| *v.get_ref()),
        };
        let paths = resolve_paths(root, &raw.paths, &at)?;
        let mut formats = raw
            .build
            .formats
            .clone()
            .unwrap_or_else(|| OutputFormat::ALL.to_vec());
        formats.sort();
        formats.dedup();
        if formats.contains(&OutputFormat::Media) {
            return Err(Error::file(
                path,
                "[build] formats: `media` is not a format to build: images are copied with the HTML",
                Some("use html, md, txt or json".into()),
            ));
        }
        // A misspelt name in `allow` would silence nothing and say nothing.
        if let Some(name) = raw
            .check
            .allow
            .iter()
            .find(|n| crate::check::codes::find(n).is_none())
        {
            let offset = text.find(&format!("\"{name}\"")).map_or(0, |i| i + 1);
            return Err(Error::at(
                at(offset..offset),
                format!("[check] allow: {}", crate::check::codes::unknown(name)),
                None,
            ));
        }
        let mut releases = BTreeMap::new();
        for (id, table) in &raw.release {
            let title = match &table.title {
                Some(t) if t.get_ref().trim().is_empty() || t.get_ref().contains('\n') => {
                    return Err(Error::at(
                        at(t.span()),
                        format!("[release.{}] title: a title is one line of text", id.get_ref()),
                        Some(
                            "write the heading readers see, e.g. title = \"Minister opens new centre\""
                                .into(),
                        ),
                    ));
                }
                t => t.as_ref().map(|t| t.get_ref().trim().to_string()),
            };
            releases.insert(
                id.get_ref().clone(),
                ReleaseSettings {
                    title,
                    at: at(id.span()),
                },
            );
        }
        Ok(Config {
            releases,
            check: raw.check.clone(),
            formats,
            template: raw.build.template.as_ref().map(|t| root.join(t)),
            simultaneous: raw.build.simultaneous,
            root: root.to_path_buf(),
            source_locale,
            locales,
            paths,
            granularity: raw.segment.granularity,
            segment_rules: raw.segment.rules.as_ref().map(|r| root.join(r)),
            memory_threshold,
            digest: <sha2::Sha256 as sha2::Digest>::digest(text).into(),
        })
    }
}

/// Finds `relingo.toml` in `start` or its nearest ancestor.
pub fn find(start: &Path) -> Result<PathBuf> {
    let start = std::path::absolute(start).map_err(|e| Error::io(start, "resolve", e))?;
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
        .ok_or(Error::NoConfig { start })
}

/// Writes the commented starter configuration into `dir`; refuses to overwrite one.
pub fn init(dir: &Path) -> Result<PathBuf> {
    let path = dir.join(FILE_NAME);
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(Error::file(
                &path,
                "already exists; relingo init never overwrites a configuration",
                Some("edit it, or remove it first".to_string()),
            ));
        }
        Err(e) => return Err(Error::io(&path, "create", e)),
    };
    std::io::Write::write_all(&mut file, STARTER.as_bytes()).map_err(|e| Error::io(&path, "write", e))?;
    Ok(path)
}

/// The starter configuration of `relingo init`: every key, commented.
pub const STARTER: &str = r#"# relingo configuration. Only the two first keys are needed; the rest shows the defaults.

# The language the releases are written in (BCP 47).
source-locale = "en-GB"

# The languages to translate into; each gets a folder locales/<code>/.
locales = ["cy", "fr"]

# Per-locale settings, all optional.
# [locale.cy]
# required = true           # every release must be complete, or `relingo build` fails
# [locale.fr]
# fallback = ["de"]         # where missing messages come from, before the source locale
# min-coverage = 80         # percent of words; a release below it is withheld
# use-stale = false         # publish stale translations instead of falling back

[paths]
sources = "sources"         # *.txt and *.md releases
locales = "locales"         # one folder of Fluent files per locale
output = "dist"             # where `relingo build` writes

[segment]
granularity = "block"       # or "sentence"
# rules = "segment-rules.txt" # your own abbreviations and starters, added to the language's

[sync]
memory-threshold = 0.9      # similarity from which translation memory proposes a near match

[check]
allow = []                  # checks silenced everywhere, e.g. ["length-ratio"]
keep = []                   # texts that may stay as in the source, e.g. ["INTERPOL"]
do-not-translate = []       # terms every translation must keep, e.g. ["WePROTECT"]
title-max = 65              # characters
summary-max = 160

[build]
formats = ["html", "md", "txt", "json"]
# template = "templates/release.html"   # your own minijinja template for release pages
"#;

fn default_fallback(target: &Locale, targets: &[Locale], source: &Locale) -> Vec<Locale> {
    let mut chain: Vec<Locale> = target
        .without_region()
        .filter(|bare| targets.contains(bare))
        .into_iter()
        .collect();
    chain.push(source.clone());
    chain
}

fn explicit_fallback(
    target: &Locale,
    chain: &[Spanned<String>],
    targets: &[Locale],
    source: &Locale,
    at: &impl Fn(Range<usize>) -> Location,
) -> Result<Vec<Locale>> {
    let mut resolved = Vec::with_capacity(chain.len() + 1);
    for code in chain {
        let l = Locale::parse(code.get_ref())
            .map_err(|m| Error::at(at(code.span()), format!("fallback: {m}"), None))?;
        if &l == target || resolved.contains(&l) {
            return Err(Error::at(
                at(code.span()),
                format!("fallback of `{target}` is a cycle: `{l}` appears twice in the chain"),
                Some("list each locale once; the source locale always comes last by itself".into()),
            ));
        }
        if &l != source && !targets.contains(&l) {
            return Err(Error::at(
                at(code.span()),
                format!("fallback of `{target}` names `{l}`, which is not in `locales`"),
                Some(format!("add \"{l}\" to `locales`, or remove it from the chain")),
            ));
        }
        resolved.push(l);
    }
    if !resolved.contains(source) {
        resolved.push(source.clone());
    }
    Ok(resolved)
}

fn resolve_paths(root: &Path, raw: &RawPaths, at: &impl Fn(Range<usize>) -> Location) -> Result<Paths> {
    let resolve =
        |value: &Option<Spanned<String>>, key: &str, default: &str| -> Result<(PathBuf, Range<usize>)> {
            let (text, span) = value
                .as_ref()
                .map_or((default, 0..0), |v| (v.get_ref().as_str(), v.span()));
            if text.trim().is_empty() || text.contains('\0') {
                return Err(Error::at(
                    at(span),
                    format!("paths.{key}: `{text}` is not a usable path"),
                    None,
                ));
            }
            Ok((root.join(text), span))
        };
    let (sources, _) = resolve(&raw.sources, "sources", "sources")?;
    let (locales, _) = resolve(&raw.locales, "locales", "locales")?;
    // Whether the output overlaps the project's own folders is decided once the paths are
    // resolved on disk, when a build claims it (publish::output::claim).
    let (output, _) = resolve(&raw.output, "output", "dist")?;
    Ok(Paths {
        sources,
        locales,
        output,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    source_locale: Option<Spanned<String>>,
    #[serde(default)]
    locales: Vec<Spanned<String>>,
    #[serde(default)]
    locale: BTreeMap<Spanned<String>, Spanned<RawLocale>>,
    #[serde(default)]
    paths: RawPaths,
    #[serde(default)]
    segment: RawSegment,
    #[serde(default)]
    sync: RawSync,
    #[serde(default)]
    build: RawBuild,
    #[serde(default)]
    check: CheckConfig,
    #[serde(default)]
    release: BTreeMap<Spanned<String>, RawRelease>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelease {
    title: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBuild {
    formats: Option<Vec<OutputFormat>>,
    template: Option<String>,
    #[serde(default)]
    simultaneous: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawLocale {
    fallback: Option<Vec<Spanned<String>>>,
    min_coverage: Option<Spanned<f64>>,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    use_stale: bool,
    #[serde(default)]
    require_approval: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPaths {
    sources: Option<Spanned<String>>,
    locales: Option<Spanned<String>>,
    output: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSegment {
    #[serde(default)]
    granularity: Granularity,
    rules: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSync {
    memory_threshold: Option<Spanned<f64>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config> {
        Config::parse(Path::new("/p"), Path::new("relingo.toml"), text)
    }

    #[test]
    fn a_misspelt_check_in_allow_is_refused_with_the_closest_name() {
        let err = parse("[check]\nallow = [\"length-ration\"]\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(
                ":2:11: [check] allow: `length-ration` is not a check; did you mean `length-ratio`?"
            ),
            "{err}"
        );
    }

    #[test]
    fn two_line_config_works() {
        let c = parse("source-locale = \"en-GB\"\nlocales = [\"cy\", \"zh_cn\"]\n").unwrap();
        assert_eq!(c.source_locale.as_str(), "en-GB");
        assert_eq!(c.locales[1].locale.as_str(), "zh-CN");
        assert_eq!(c.locales[1].fallback, vec![Locale::parse("en-GB").unwrap()]);
        assert_eq!(c.paths.output, Path::new("/p/dist"));
    }

    #[test]
    fn unknown_key_is_an_error_at_its_line() {
        let err = parse("locales = [\"fr\"]\n\n[paths]\nsorces = \"x\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("relingo.toml:4:1: unknown field `sorces`"),
            "{err}"
        );
    }

    #[test]
    fn media_is_not_a_format_to_ask_for() {
        let err = parse("locales = [\"fr\"]\n[build]\nformats = [\"html\", \"media\"]\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("`media` is not a format to build"), "{err}");
    }

    #[test]
    fn bad_locale_code_names_key_and_line() {
        let err = parse("locales = [\"fr\",\n  \"fr!!\"]\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("relingo.toml:2:3: locales:"), "{err}");
    }

    #[test]
    fn default_fallback_goes_through_the_bare_locale() {
        let c = parse("locales = [\"es\", \"es-MX\"]\n").unwrap();
        let mx = c.locale(&Locale::parse("es-MX").unwrap()).unwrap();
        let chain: Vec<_> = mx.fallback.iter().map(Locale::as_str).collect();
        assert_eq!(chain, ["es", "en-GB"]);
    }

    #[test]
    fn fallback_cycle_is_an_error() {
        let err = parse("locales = [\"es\", \"es-MX\"]\n[locale.es-MX]\nfallback = [\"es\", \"es\"]\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("cycle"), "{err}");
    }

    #[test]
    fn fallback_to_unknown_locale_is_an_error() {
        let err = parse("locales = [\"es-MX\"]\n[locale.es-MX]\nfallback = [\"pt\"]\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("relingo.toml:3:13") && err.contains("`pt`"), "{err}");
    }

    #[test]
    fn out_of_range_coverage_is_refused() {
        let err = parse("locales = [\"cy\"]\n[locale.cy]\nmin-coverage = 120.0\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("relingo.toml:3:16"), "{err}");
    }

    #[test]
    fn starter_config_is_valid() {
        let c = parse(STARTER).unwrap();
        assert_eq!(c.locales.len(), 2);
    }
}
