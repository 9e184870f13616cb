//! Reference catalogs: `locales/<source-locale>/<release>.ftl`, generated from the releases.
//!
//! In: releases and their segments. Out: one Fluent file per release, in document order, with
//! a resource comment naming the release and a group comment per block (kind and position),
//! so translators see the structure. Identical output for identical input; catalogs of
//! releases that no longer exist are removed.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use rayon::prelude::*;

use crate::catalog::escape;
use crate::project::Project;
use crate::segment::{self, Segment};
use crate::source::Release;
use crate::{Result, persist};

/// One message of a reference catalog.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub text: String,
    /// The group comment (`paragraph 3`) when this message opens its block.
    pub group: Option<String>,
}

/// The messages of a release in document order, each id once.
pub fn items(release: &Release, segments: &[Segment]) -> Vec<Item> {
    let mut seen = HashSet::new();
    let mut ordinals: HashMap<&'static str, usize> = HashMap::new();
    let mut opened_block = None;
    let mut items = Vec::with_capacity(segments.len());
    for segment in segments {
        if !seen.insert(segment.id.as_str()) {
            continue;
        }
        let group = (opened_block != Some(segment.block)).then(|| {
            opened_block = Some(segment.block);
            group_label(&release.blocks[segment.block].kind, &mut ordinals)
        });
        items.push(Item {
            id: segment.id.clone(),
            text: segment.text.clone(),
            group,
        });
    }
    items
}

fn group_label(kind: &crate::source::BlockKind, ordinals: &mut HashMap<&'static str, usize>) -> String {
    use crate::source::BlockKind::*;
    let label = kind.label();
    match kind {
        Title | Lead | Location | Department => label.to_string(),
        _ => {
            let n = ordinals.entry(label).or_insert(0);
            *n += 1;
            format!("{label} {n}")
        }
    }
}

/// Whether a group comment is one relingo writes (and may rewrite).
pub fn is_group_label(text: &str) -> bool {
    if text == "Obsolete" {
        return true;
    }
    let name = text.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end();
    matches!(
        name,
        "title"
            | "lead"
            | "location"
            | "department"
            | "heading"
            | "paragraph"
            | "quote"
            | "attribution"
            | "list item"
            | "image alt text"
    )
}

/// The text of a reference catalog.
pub fn render(release: &Release, items: &[Item], source_path: &str, source_locale: &str) -> String {
    let mut out = String::with_capacity(items.iter().map(|i| i.text.len() + 64).sum());
    out.push_str(&format!("### Release `{}`, from {source_path}.\n", release.id));
    out.push_str(&format!(
        "### Reference catalog ({source_locale}) written by `relingo extract`: do not edit it, edit the source.\n"
    ));
    out.push_str(&format!(
        "### Translators work in locales/<locale>/{}.ftl.\n",
        release.id
    ));
    for item in items {
        out.push('\n');
        if let Some(group) = &item.group {
            out.push_str("## ");
            out.push_str(group);
            out.push('\n');
        }
        out.push_str(&item.id);
        out.push_str(" = ");
        out.push_str(&escape::value(&item.text));
        out.push('\n');
    }
    out
}

/// What `relingo extract` did, or would do with `--check`.
#[derive(Debug, Default)]
pub struct Report {
    pub written: Vec<PathBuf>,
    pub unchanged: usize,
    pub removed: Vec<PathBuf>,
}

impl Report {
    pub fn changed(&self) -> bool {
        !self.written.is_empty() || !self.removed.is_empty()
    }
}

/// Writes (or, with `check`, only compares) the reference catalog of every release.
pub fn run(project: &Project, releases: &[Release], check: bool) -> Result<Report> {
    let config = &project.config;
    let language = config.source_locale.language().to_string();
    if !check {
        persist::remove_leftovers(&project.locale_dir(&config.source_locale), persist::LEFTOVER_AGE);
    }
    let outcomes = releases
        .par_iter()
        .map(|release| {
            let segments = segment::split(release, config.granularity, &language);
            let items = items(release, &segments);
            let source_path = project.display(&release.path).to_string();
            let text = render(release, &items, &source_path, config.source_locale.as_str());
            let path = project.reference_path(&release.id);
            let changed = if check {
                std::fs::read(&path).map_or(true, |old| old != text.as_bytes())
            } else {
                persist::write_generated(&path, text.as_bytes())?
            };
            Ok((path, changed))
        })
        .collect::<Result<Vec<_>>>()?;
    let mut report = Report::default();
    for (path, changed) in outcomes {
        if changed {
            report.written.push(path);
        } else {
            report.unchanged += 1;
        }
    }
    let current: HashSet<&str> = releases.iter().map(|r| r.id.as_str()).collect();
    for id in project.catalog_ids(&config.source_locale)? {
        if !current.contains(id.as_str()) {
            let path = project.reference_path(&id);
            if !check {
                std::fs::remove_file(&path).map_err(|e| crate::Error::io(&path, "remove", e))?;
            }
            report.removed.push(path);
        }
    }
    Ok(report)
}
