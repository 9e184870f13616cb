//! `relingo manifest merge`: the manifests of sharded builds joined into one output.

use std::path::PathBuf;

use relingo::project::Project;

use super::{Outcome, status};

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Join the manifests of `relingo build --shard` runs into the output directory's manifest,
    /// and write the index pages.
    Merge {
        /// The shards' manifest.json files.
        #[arg(required = true)]
        manifests: Vec<PathBuf>,
    },
}

pub fn run(project: &Project, command: &Command) -> anyhow::Result<Outcome> {
    let Command::Merge { manifests } = command;
    let merged = relingo::publish::merge_shards(project, manifests)?;
    status(
        "Merged",
        &format!(
            "{} manifests: {} pairs, {} outputs into {}",
            manifests.len(),
            merged.pairs,
            merged.outputs,
            project.display(&merged.path)
        ),
    );
    Ok(Outcome::Clean)
}
