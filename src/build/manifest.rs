//! `dist/manifest.json`: every output of a build with its size and sha256, every (locale,
//! release) pair with its coverage and what fell back or was withheld; sorted, no times.
//!
//! In: what a build (or each shard of one) produced. Out: the manifest, the index pages that
//! are derived from it alone, and the merge of shard manifests into the manifest a single
//! machine would have written.

use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::render::{Language, Templates};
use crate::{Error, Result, persist};

pub const SCHEMA: &str = "relingo-manifest/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub schema: String,
    pub pairs: Vec<Pair>,
    pub outputs: Vec<Output>,
}

/// One (locale, release) of the build.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    pub locale: String,
    pub release: String,
    pub title: String,
    pub withheld: bool,
    /// Percent of source words in the locale's own translation, one decimal.
    pub coverage: f64,
    pub segments: usize,
    pub fallback: usize,
    pub stale: usize,
    pub broken: usize,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Output {
    /// Relative to the output directory, `/`-separated.
    pub path: String,
    pub locale: Option<String>,
    pub release: Option<String>,
    pub format: String,
    pub size: u64,
    pub sha256: String,
}

impl Output {
    pub fn new(
        path: String,
        locale: Option<&str>,
        release: Option<&str>,
        format: &str,
        bytes: &[u8],
    ) -> Output {
        let digest = Sha256::digest(bytes);
        Output {
            path,
            locale: locale.map(str::to_string),
            release: release.map(str::to_string),
            format: format.to_string(),
            size: bytes.len() as u64,
            sha256: digest.iter().map(|b| format!("{b:02x}")).collect(),
        }
    }

    fn is_index(&self) -> bool {
        self.release.is_none()
    }
}

impl Manifest {
    /// A manifest of `pairs` and their outputs, sorted; index outputs are added by
    /// [`write_index_pages`].
    pub fn new(mut pairs: Vec<Pair>, mut outputs: Vec<Output>) -> Manifest {
        pairs.sort_by(|a, b| (&a.locale, &a.release).cmp(&(&b.locale, &b.release)));
        outputs.sort_by(|a, b| a.path.cmp(&b.path));
        Manifest {
            schema: SCHEMA.to_string(),
            pairs,
            outputs,
        }
    }

    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("manifests serialize");
        text.push('\n');
        text
    }

    pub fn read(path: &Path) -> Result<Manifest> {
        let text = crate::source::read_text(path)?;
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
    manifest.outputs.retain(|o| !o.is_index());
    let html_built = manifest.outputs.iter().any(|o| o.format == "html");
    if !html_built {
        return Ok(());
    }
    let mut locales: Vec<&str> = manifest.pairs.iter().map(|p| p.locale.as_str()).collect();
    locales.dedup();
    let mut outputs = Vec::new();
    for locale in &locales {
        let pairs: Vec<&Pair> = manifest.pairs.iter().filter(|p| p.locale == *locale).collect();
        let language = Language::of(locale);
        let entries: Vec<minijinja::Value> = pairs
            .iter()
            .map(|p| {
                let detail = match &p.reason {
                    Some(reason) if p.withheld => format!("withheld: {reason}"),
                    _ => format!("{:.1}%", p.coverage),
                };
                minijinja::context! {
                    label => p.title,
                    href => (!p.withheld).then(|| format!("{}.html", p.release)),
                    detail => detail,
                }
            })
            .collect();
        let page = templates.index(minijinja::context! {
            lang => locale,
            dir => if language.rtl { "rtl" } else { "ltr" },
            title => language.name,
            entries => entries,
        });
        let path = format!("{locale}/index.html");
        persist::write_generated(&output.join(&path), page.as_bytes())?;
        outputs.push(Output::new(path, Some(locale), None, "html", page.as_bytes()));
    }
    let entries: Vec<minijinja::Value> = locales
        .iter()
        .map(|locale| {
            let pairs: Vec<&Pair> = manifest.pairs.iter().filter(|p| p.locale == *locale).collect();
            let built = pairs.iter().filter(|p| !p.withheld).count();
            let language = Language::of(locale);
            minijinja::context! {
                label => language.name,
                href => format!("{locale}/index.html"),
                lang => locale,
                dir => if language.rtl { "rtl" } else { "ltr" },
                detail => format!("{built} of {} releases", pairs.len()),
            }
        })
        .collect();
    let page = templates.index(minijinja::context! {
        lang => source,
        dir => "ltr",
        title => "Releases",
        entries => entries,
    });
    persist::write_generated(&output.join("index.html"), page.as_bytes())?;
    outputs.push(Output::new(
        "index.html".into(),
        None,
        None,
        "html",
        page.as_bytes(),
    ));
    manifest.outputs.extend(outputs);
    manifest.outputs.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(())
}

/// Joins the manifests of shards into one: the union of their pairs and outputs, which
/// must not contradict each other.
pub fn merge(manifests: Vec<Manifest>) -> Result<Manifest> {
    let mut pairs: Vec<Pair> = Vec::new();
    let mut outputs: Vec<Output> = Vec::new();
    for manifest in manifests {
        pairs.extend(manifest.pairs);
        outputs.extend(manifest.outputs.into_iter().filter(|o| !o.is_index()));
    }
    pairs.sort_by(|a, b| (&a.locale, &a.release).cmp(&(&b.locale, &b.release)));
    outputs.sort_by(|a, b| a.path.cmp(&b.path));
    for pair in pairs.windows(2) {
        if (&pair[0].locale, &pair[0].release) == (&pair[1].locale, &pair[1].release) && pair[0] != pair[1] {
            return Err(Error::Usage(format!(
                "the shards disagree about {}/{}: were they built from the same commit?",
                pair[0].locale, pair[0].release
            )));
        }
    }
    pairs.dedup();
    outputs.dedup();
    Ok(Manifest::new(pairs, outputs))
}
