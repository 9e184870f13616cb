//! `relingo import`: a vendor's XLIFF or PO merged back into the locale's Fluent files.

use std::path::PathBuf;

use relingo::approval::approve;
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
    /// Approve, in NAME's name, the units the file marks approved (XLIFF `approved="yes"`,
    /// `signed-off`, `final`) once imported; without it an import never approves anything.
    #[arg(long, value_name = "NAME")]
    pub approve_by: Option<String>,
    #[command(flatten)]
    pub message_format: MessageFormat,
}

pub fn run(project: &Project, args: &Args) -> anyhow::Result<Outcome> {
    let locale = project.select_locale(&args.locale)?;
    let mut incoming = Vec::new();
    for file in &args.files {
        incoming.extend(interchange::read(file, &locale)?);
    }
    let report = interchange::apply(project, &locale, &incoming, args.dry_run)?;
    let mut problems = Problems::new(project, &args.message_format);
    let approvals = match &args.approve_by {
        Some(by) => Some(approve_what_the_file_approves(
            project,
            &locale,
            &incoming,
            by,
            args.dry_run,
        )?),
        None => None,
    };
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
    let mut not_approved = false;
    if let Some(approvals) = approvals {
        for skipped in &approvals.skipped {
            problems.report(skipped, about);
        }
        not_approved = !approvals.skipped.is_empty();
        status(
            if args.dry_run { "Would approve" } else { "Approved" },
            &format!(
                "{} the file marks approved, as {} ({} skipped)",
                approvals.approved.len(),
                args.approve_by.as_deref().unwrap_or_default(),
                approvals.skipped.len()
            ),
        );
    }
    Ok(Outcome::problems_if(
        !report.skipped.is_empty()
            || !report.failing_checks.is_empty()
            || !report.conflicts.is_empty()
            || not_approved,
    ))
}

/// `--approve-by`: the units the exchange file marks approved, approved in the files as
/// imported (only where they are translated, current and pass the checks). A dry run
/// approves nothing and counts them.
fn approve_what_the_file_approves(
    project: &Project,
    locale: &relingo::locale::Locale,
    incoming: &[interchange::Incoming],
    by: &str,
    dry_run: bool,
) -> anyhow::Result<approve::Approved> {
    // Units matched by their source text alone name no release: approved by name only.
    let approved = |u: &&interchange::Incoming| u.approved && !u.release.is_empty();
    let ids: Vec<String> = incoming
        .iter()
        .filter(approved)
        .map(|u| format!("{}/{}", u.release, u.id))
        .collect();
    if ids.is_empty() || dry_run {
        return Ok(approve::Approved {
            approved: ids,
            ..approve::Approved::default()
        });
    }
    let mut releases: Vec<String> = incoming
        .iter()
        .filter(approved)
        .map(|u| u.release.clone())
        .collect();
    releases.sort();
    releases.dedup();
    let options = approve::Options {
        by: by.to_string(),
        releases,
        ids,
        dry_run,
    };
    Ok(approve::approve(project, locale, &options)?)
}
