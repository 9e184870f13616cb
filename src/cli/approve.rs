//! `relingo approve`: a reviewer signs off translations, in the files themselves.

use relingo::approval::approve::{self, Options};
use relingo::diagnostic::Severity;
use relingo::diagnostic::render::About;
use relingo::project::Project;

use super::problems::{MessageFormat, Problems};
use super::{Outcome, status};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The locale whose translations are approved, and only these releases.
    #[command(flatten)]
    pub selection: super::LocaleReleases,
    /// Only these messages (repeatable; `relingo review` lists their ids).
    #[arg(long = "id", value_name = "ID")]
    pub ids: Vec<String>,
    /// Who approves (default: `git config user.name`).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// Say what would be approved; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub message_format: MessageFormat,
}

pub fn run(project: &Project, args: &Args) -> anyhow::Result<Outcome> {
    let locale = project.select_locale(&args.selection.locale)?;
    let by = args
        .by
        .clone()
        .or_else(|| relingo::approval::reviewer_from_git(&project.config.root))
        .unwrap_or_default();
    let options = Options {
        by: by.clone(),
        releases: args.selection.releases.clone(),
        ids: args.ids.clone(),
        dry_run: args.dry_run,
    };
    let outcome = approve::approve(project, &locale, &options)?;
    let mut problems = Problems::new(project, &args.message_format);
    let about = About {
        locale: Some(locale.as_str()),
        ..About::default()
    };
    for skipped in &outcome.skipped {
        problems.report(skipped, about);
    }
    for path in &outcome.written {
        let verb = if args.dry_run { "Would update" } else { "Updated" };
        status(verb, &project.display(path).to_string());
    }
    status(
        if args.dry_run { "Would approve" } else { "Approved" },
        &format!(
            "{} in {locale} as {by} ({} approved already, {} skipped, {} not translated yet)",
            count(outcome.approved.len()),
            outcome.already,
            outcome.skipped.len(),
            outcome.missing
        ),
    );
    let failed = outcome.skipped.iter().any(|d| d.severity == Severity::Error);
    Ok(Outcome::problems_if(failed))
}

fn count(n: usize) -> String {
    format!("{n} {}", relingo::coverage::plural(n, "message", "messages"))
}
