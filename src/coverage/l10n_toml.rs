//! Mozilla's project configuration (`l10n.toml`), as compare-locales and Pontoon read it, so
//! that `relingo status` reports on such a repository with no other set-up.
//!
//! In: the file's path and the folder that holds one folder per locale (compare-locales'
//! `l10n_base`; by default the `basepath` of the file). Out: a [`Tree`]: the reference
//! folder, the locales (those the file lists, each counted even without files), the
//! reference files its `[[paths]]` select, and those its `[[filters]]` ignore, which a locale
//! may lack (compare-locales still checks such a file where it is there).
//!
//! Read: `basepath`, `locales`, `[env]` variables, `[[paths]]` whose `reference` is
//! `<folder>/<glob>` and whose `l10n` is `{l}<the same glob>` (with `{l}` or
//! `{l10n_base}/{locale}/` spelled out, as Mozilla's configurations do), and
//! `[[filters]]`: on whole files (`action = "ignore"` lets a locale lack the file) and on
//! single keys (`key`, an id or `re:` and a regular expression; `ignore` lets a locale lack the
//! message or term, or have it extra; a later `error` or `warning` rule takes that back).
//! What the file asks beyond that (`[[includes]]`, paths laid out another way) is an error
//! that says so, never a silent guess.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;

use super::{FileFilter, KeyRule, Requirements, Tree, TreeLocale};
use crate::config::CheckConfig;
use crate::diagnostic::Location;
use crate::locale::Locale;
use crate::{Error, Result};

#[derive(Debug, Deserialize)]
struct Raw {
    #[serde(default = "here")]
    basepath: String,
    #[serde(default)]
    locales: Vec<String>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    #[serde(default)]
    paths: Vec<RawPath>,
    #[serde(default)]
    filters: Vec<RawFilter>,
    #[serde(default)]
    includes: Vec<toml::Value>,
}

fn here() -> String {
    ".".into()
}

#[derive(Debug, Deserialize)]
struct RawPath {
    reference: String,
    l10n: String,
}

#[derive(Debug, Deserialize)]
struct RawFilter {
    path: OneOrMany,
    #[serde(default)]
    key: Option<OneOrMany>,
    action: String,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn all(&self) -> Vec<&str> {
        match self {
            OneOrMany::One(one) => vec![one.as_str()],
            OneOrMany::Many(many) => many.iter().map(String::as_str).collect(),
        }
    }
}

/// The tree `path` (an `l10n.toml`) describes, its locales' folders in `l10n_base` (by
/// default the configuration's `basepath`).
pub fn tree(path: &Path, l10n_base: Option<&Path>) -> Result<Tree> {
    let text = crate::input::read_text(path, crate::input::Links::Follow)?;
    let raw: Raw = toml::from_str(&text).map_err(|e| {
        Error::at(
            Location::of_offset(path, &text, e.span().map_or(0, |s| s.start)),
            e.message().trim_end().to_string(),
            Some("relingo reads basepath, locales, [env], [[paths]] and [[filters]] of an l10n.toml".into()),
        )
    })?;
    // Where `needle` is written in the file (its start when it is not found as written).
    let at = |needle: &str| Location::of_offset(path, &text, text.find(needle).unwrap_or(0));
    let unsupported = |what: &str, needle: &str| {
        Error::at(
            at(needle),
            format!("{what}: relingo does not read this part of an l10n.toml yet"),
            Some("report on the folders directly: relingo status --reference-dir … --locales-dir …".into()),
        )
    };
    if !raw.includes.is_empty() {
        return Err(unsupported("[[includes]]", "[[includes]]"));
    }
    let root = path.parent().unwrap_or(Path::new("."));
    let basepath = root.join(&raw.basepath);
    let l10n_base = l10n_base.map_or_else(|| basepath.clone(), Path::to_path_buf);
    let expand = |pattern: &str| -> String {
        let mut out = pattern.replace("{l}", "{l10n_base}/{locale}/");
        for (name, value) in &raw.env {
            if name != "l" {
                out = out.replace(&format!("{{{name}}}"), value);
            }
        }
        out
    };
    let mut reference_dir: Option<String> = None;
    let mut include = GlobSetBuilder::new();
    for p in &raw.paths {
        let reference = expand(&p.reference);
        let l10n = expand(&p.l10n);
        // `<folder>/<glob>` for the reference, `{l10n_base}/{locale}/<the same glob>`.
        let wild = reference.find(['*', '{', '?', '[']).unwrap_or(reference.len());
        let folder_end = reference[..wild].rfind('/').map_or(0, |i| i + 1);
        let (folder, glob) = reference.split_at(folder_end);
        let expected = format!("{{l10n_base}}/{{locale}}/{glob}");
        if l10n.trim_start_matches("{l10n_base}/") != expected.trim_start_matches("{l10n_base}/") {
            return Err(unsupported(
                &format!(
                    "[[paths]] reference = \"{}\", l10n = \"{}\" (relingo reads l10n = \"{{l}}{glob}\")",
                    p.reference, p.l10n
                ),
                &format!("\"{}\"", p.l10n),
            ));
        }
        let folder = folder.trim_end_matches('/').to_string();
        match &reference_dir {
            Some(known) if *known != folder => {
                return Err(unsupported(
                    &format!("[[paths]] with references in two folders ({known}, {folder})"),
                    &format!("\"{}\"", p.reference),
                ));
            }
            _ => reference_dir = Some(folder),
        }
        include.add(glob_of(path, glob)?);
    }
    let Some(reference_dir) = reference_dir else {
        return Err(Error::at(
            at("[[paths]]"),
            "the l10n.toml has no [[paths]]",
            Some(
                "a [[paths]] table names the reference files: reference = \"en/*.ftl\", l10n = \"{l}*.ftl\""
                    .into(),
            ),
        ));
    };
    let mut optional = GlobSetBuilder::new();
    let mut keys = Vec::new();
    for filter in &raw.filters {
        let ignore = match filter.action.as_str() {
            "error" | "warning" => false,
            "ignore" => true,
            other => {
                return Err(Error::at(
                    at(&format!("\"{other}\"")),
                    format!(
                        "[[filters]] action = \"{other}\": compare-locales knows error, warning and ignore"
                    ),
                    None,
                ));
            }
        };
        for pattern in filter.path.all() {
            let pattern = expand(pattern);
            let glob = pattern
                .strip_prefix("{l10n_base}/{locale}/")
                .ok_or_else(|| unsupported(&format!("[[filters]] path = \"{pattern}\""), "[[filters]]"))?;
            match &filter.key {
                // "error" and "warning" on a file change severities, not what is counted.
                None => {
                    if ignore {
                        optional.add(glob_of(path, glob)?);
                    }
                }
                Some(key) => {
                    for key in key.all() {
                        keys.push(KeyRule {
                            path: glob_of(path, glob)?.compile_matcher(),
                            key: key_pattern(path, &text, key)?,
                            ignore,
                        });
                    }
                }
            }
        }
    }
    let locales = raw
        .locales
        .iter()
        .map(|code| {
            let locale = Locale::parse(code)
                .map_err(|why| Error::at(at(&format!("\"{code}\"")), format!("locales: {why}"), None))?;
            Ok(TreeLocale {
                dir: l10n_base.join(code),
                locale,
                requirements: Requirements::default(),
                terms_are_entities: true,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let built = |set: GlobSetBuilder| -> Result<GlobSet> {
        set.build()
            .map_err(|e| Error::file(path, format!("a path pattern: {e}"), None))
    };
    let reference_dir: PathBuf = basepath.join(&reference_dir);
    Ok(Tree {
        reference_locale: reference_dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("reference")
            .to_string(),
        reference_dir,
        locales,
        skip_shared: false,
        check: CheckConfig::default(),
        warnings: Vec::new(),
        files: Some(FileFilter {
            include: built(include)?,
            optional: built(optional)?,
            keys,
        }),
    })
}

/// A key of a `[[filters]]` rule as compare-locales reads it: `re:` and a regular expression,
/// or an id, matched from the start of a message's or term's id (and to its end for an id).
fn key_pattern(path: &Path, text: &str, key: &str) -> Result<regex::Regex> {
    let pattern = match key.strip_prefix("re:") {
        Some(expression) => format!("^(?:{expression})"),
        None => format!("^{}$", regex::escape(key)),
    };
    regex::Regex::new(&pattern).map_err(|e| {
        Error::at(
            Location::of_offset(path, text, text.find(key).unwrap_or(0)),
            format!("[[filters]] key = \"{key}\": not a regular expression relingo can read ({e})"),
            Some("write the key as a message id, or as re: and a regular expression".into()),
        )
    })
}

/// A path pattern of compare-locales (`*`, `**`) as a glob of relative paths.
fn glob_of(path: &Path, pattern: &str) -> Result<Glob> {
    globset::GlobBuilder::new(pattern)
        .literal_separator(true)
        .build()
        .map_err(|e| Error::file(path, format!("`{pattern}`: {e}"), None))
}
