//! `relingo init`: a commented starter `relingo.toml` in the current directory; with
//! `--merge-driver`, the git merge driver for `.ftl` files registered in this clone.

use super::{Context, Outcome, status};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Register `relingo merge-file` as git's merge driver for .ftl files (in .gitattributes
    /// and this clone's git config) instead of writing relingo.toml.
    #[arg(long)]
    pub merge_driver: bool,
}

pub fn run(context: &Context, args: &Args) -> anyhow::Result<Outcome> {
    if args.merge_driver {
        return merge_driver(context);
    }
    let path = relingo::config::init(&context.cwd)?;
    status("Created", &path.display().to_string());
    Ok(Outcome::Clean)
}

fn merge_driver(context: &Context) -> anyhow::Result<Outcome> {
    if relingo::merge::register_in_gitattributes(&context.cwd)? {
        status("Updated", ".gitattributes");
    }
    for (key, value) in [
        ("merge.relingo.name", "relingo: Fluent files, message by message"),
        ("merge.relingo.driver", "relingo merge-file %O %A %B"),
    ] {
        let done = std::process::Command::new("git")
            .args(["config", key, value])
            .current_dir(&context.cwd)
            .status()
            .map_err(|e| anyhow::anyhow!("cannot run `git config`: {e}"))?;
        if !done.success() {
            anyhow::bail!("`git config {key}` failed: is this a git repository?");
        }
    }
    status(
        "Registered",
        "relingo merge-file as git's merge driver for .ftl files",
    );
    Ok(Outcome::Clean)
}
