//! `relingo merge-file BASE OURS THEIRS`: git's merge driver for `.ftl` files, merging
//! message by message ([`relingo::merge`]) into OURS.

use std::path::PathBuf;

use relingo::catalog;

use super::{Outcome, error, warn};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The common ancestor (git's %O).
    pub base: PathBuf,
    /// Our version (git's %A); the merge is written here.
    pub ours: PathBuf,
    /// Their version (git's %B).
    pub theirs: PathBuf,
}

pub fn run(args: &Args) -> anyhow::Result<Outcome> {
    let base = catalog::read(&args.base)?;
    let ours = catalog::read(&args.ours)?;
    let theirs = catalog::read(&args.theirs)?;
    let broken = [
        ("the common ancestor", &base),
        ("ours", &ours),
        ("theirs", &theirs),
    ]
    .into_iter()
    .find(|(_, c)| !c.is_clean());
    if let Some((side, catalog)) = broken {
        let first = &catalog.diagnostics[0];
        warn(&format!(
            "{side} does not parse as Fluent ({}); git's line merge is used instead",
            first.message
        ));
        return line_merge(args);
    }
    let merged = relingo::merge::merge(&base, &ours, &theirs);
    relingo::persist::write_if_changed(&args.ours, merged.text.as_bytes())?;
    for id in &merged.conflicts {
        error(&format!(
            "`{id}` was translated differently on both sides: both are kept (`# @conflict:`); choose, then delete the `# @conflict:` line"
        ));
    }
    Ok(Outcome::problems_if(!merged.conflicts.is_empty()))
}

/// git's own merge of the three files, with its conflict markers.
fn line_merge(args: &Args) -> anyhow::Result<Outcome> {
    let status = std::process::Command::new("git")
        .args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"])
        .args([&args.ours, &args.base, &args.theirs])
        .status()
        .map_err(|e| anyhow::anyhow!("cannot run `git merge-file`: {e}"))?;
    Ok(Outcome::problems_if(!status.success()))
}
