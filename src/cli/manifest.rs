//! `relingo manifest merge`: the manifests of sharded builds joined into one output.

use std::path::PathBuf;

use relingo::project::Project;
use relingo::publish::Merged;

use super::{Outcome, error, status};

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
    match relingo::publish::merge_shards(project, manifests)? {
        Merged::Written { pairs, outputs, path } => {
            status(
                "Merged",
                &format!(
                    "{} manifests: {pairs} pairs, {outputs} outputs into {}",
                    manifests.len(),
                    project.display(&path)
                ),
            );
            Ok(Outcome::Clean)
        }
        Merged::Refused(problems) => {
            for problem in &problems {
                error(problem);
            }
            eprintln!(
                "  help: merge every shard's manifest once, after copying every shard's files into the output; nothing was written"
            );
            Ok(Outcome::Problems)
        }
    }
}
