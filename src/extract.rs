//! Reference catalogs: `locales/<source-locale>/<release>.ftl`, generated from the releases.
//!
//! In: releases. Out: one Fluent file per release, the [`crate::reference`] of its segments
//! as [`reference::render`] writes it. Identical output for identical input; unchanged files
//! are not rewritten; catalogs of releases that no longer exist are removed.

use std::collections::HashSet;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::project::Project;
use crate::source::Release;
use crate::{Result, persist, reference, segment};

/// What `relingo extract` did, or would do with `--check`.
#[derive(Debug, Default)]
pub struct Extracted {
    pub written: Vec<PathBuf>,
    pub unchanged: usize,
    pub removed: Vec<PathBuf>,
}

impl Extracted {
    pub fn changed(&self) -> bool {
        !self.written.is_empty() || !self.removed.is_empty()
    }
}

/// Writes (or, with `check`, only compares) the reference catalog of every release.
pub fn run(project: &Project, releases: &[Release], check: bool) -> Result<Extracted> {
    let config = &project.config;
    let rules = segment::sentence::Rules::of_project(config)?;
    if !check {
        persist::remove_leftovers(&project.locale_dir(&config.source_locale), persist::LEFTOVER_AGE);
    }
    let outcomes = releases
        .par_iter()
        .map(|release| {
            let segments = segment::split(release, config.granularity, &rules);
            let reference = reference::of_release(release, &segments);
            let source_path = project.display(&release.path).to_string();
            let text = reference::render(&reference, &source_path, config.source_locale.as_str());
            let path = project.reference_path(&release.id);
            let changed = if check {
                std::fs::read(&path).map_or(true, |old| old != text.as_bytes())
            } else {
                persist::write_generated(&path, text.as_bytes())?
            };
            Ok((path, changed))
        })
        .collect::<Result<Vec<_>>>()?;
    let mut report = Extracted::default();
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
