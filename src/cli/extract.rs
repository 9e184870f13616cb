//! `relingo extract`: the reference catalogs, written from the sources (or, with `--check`,
//! compared with them).

use relingo::coverage::plural;
use relingo::extract;
use relingo::project::Project;

use super::{Outcome, error, status};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Change nothing; exit 1 naming the catalogs that are out of date.
    #[arg(long)]
    pub check: bool,
}

pub fn run(project: &Project, args: &Args) -> anyhow::Result<Outcome> {
    let releases = project.releases()?;
    let report = extract::run(project, &releases, args.check)?;
    if args.check {
        for path in &report.written {
            error(&format!("{}: out of date", project.display(path)));
        }
        for path in &report.removed {
            error(&format!("{}: no longer has a source", project.display(path)));
        }
        if report.changed() {
            eprintln!("  help: run `relingo extract` and commit the result");
            return Ok(Outcome::Problems);
        }
        let n = report.unchanged;
        status(
            "Checked",
            &format!(
                "{n} reference {}, all up to date",
                plural(n, "catalog", "catalogs")
            ),
        );
        return Ok(Outcome::Clean);
    }
    for path in &report.removed {
        status("Removed", &project.display(path).to_string());
    }
    status(
        "Extracted",
        &format!(
            "{} {} ({} written, {} unchanged)",
            releases.len(),
            plural(releases.len(), "release", "releases"),
            report.written.len(),
            report.unchanged
        ),
    );
    Ok(Outcome::Clean)
}
