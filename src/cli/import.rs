//! `relingo import`: a vendor's XLIFF or PO merged back into the locale's Fluent files.

use std::path::PathBuf;

use relingo::interchange;
use relingo::project::Project;

use relingo::diagnostic::render::About;

use super::problems::{MessageFormat, Problems};
use super::{Outcome, status};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// XLIFF or PO files exported by relingo and translated.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, value_name = "LOCALE")]
    pub locale: String,
    /// Print what would change; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub message_format: MessageFormat,
}

pub fn run(project: &Project, args: &Args) -> anyhow::Result<Outcome> {
    let locale = project
        .select_locales(std::slice::from_ref(&args.locale))?
        .remove(0);
    let mut incoming = Vec::new();
    for file in &args.files {
        incoming.extend(interchange::read(file, &locale)?);
    }
    let report = interchange::apply(project, &locale, &incoming, args.dry_run)?;
    let mut problems = Problems::new(project, &args.message_format);
    let about = About {
        locale: Some(locale.as_str()),
        ..About::default()
    };
    for problem in report
        .skipped
        .iter()
        .chain(&report.failing_checks)
        .chain(&report.conflicts)
    {
        problems.report(problem, about);
    }
    if args.dry_run {
        for change in &report.changes {
            let shown = |text: &str| {
                if text.is_empty() {
                    "(nothing)".to_string()
                } else {
                    format!("“{text}”")
                }
            };
            eprintln!(
                "{:>12} {}: {} → {} ({})",
                "Would set",
                change.name,
                shown(&change.old),
                shown(&change.new),
                change.state
            );
        }
    }
    for path in &report.written {
        let verb = if args.dry_run { "Would update" } else { "Updated" };
        status(verb, &project.display(path).to_string());
    }
    status(
        if args.dry_run { "Checked" } else { "Imported" },
        &format!(
            "{} translated, {} stale, {} {}, {} unchanged, {} skipped",
            report.translated.len(),
            report.stale.len(),
            report.conflicts.len(),
            relingo::coverage::plural(report.conflicts.len(), "conflict", "conflicts"),
            report.unchanged,
            report.skipped.len()
        ),
    );
    Ok(Outcome::problems_if(
        !report.skipped.is_empty() || !report.failing_checks.is_empty() || !report.conflicts.is_empty(),
    ))
}
