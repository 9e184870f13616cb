//! `relingo sync`: every locale's Fluent files brought in line with the reference catalogs.

use relingo::project::Project;
use relingo::sync::{self, Changes, FileSync};

use relingo::diagnostic::render::About;

use super::problems::{MessageFormat, Problems};
use super::{Outcome, Selection, status, warn_stray_locale_dirs};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub selection: Selection,
    #[command(flatten)]
    pub message_format: MessageFormat,
    /// Print what would change; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Delete obsolete messages (the only way relingo deletes a translation).
    #[arg(long)]
    pub prune: bool,
}

/// Beyond this many changed files, one line per locale instead of one per file.
const LINES_PER_FILE_UP_TO: usize = 20;

pub fn run(project: &Project, args: &Args) -> anyhow::Result<Outcome> {
    let locales = project.select_locales(&args.selection.locales)?;
    let options = sync::Options {
        prune: args.prune,
        dry_run: args.dry_run,
        memory_threshold: project.config.memory_threshold,
    };
    warn_stray_locale_dirs(project);
    let reports = sync::run(project, &locales, &args.selection.releases, &options)?;
    let problems: Vec<&FileSync> = reports.iter().filter(|r| r.is_problem()).collect();
    let changed: Vec<&FileSync> = reports.iter().filter(|r| r.changed && !r.is_problem()).collect();
    let mut printer = Problems::new(project, &args.message_format);
    for report in &problems {
        print_problem(&mut printer, project, report);
    }
    if changed.len() <= LINES_PER_FILE_UP_TO {
        for report in &changed {
            let verb = verb(args.dry_run, report.created);
            status(
                verb,
                &format!("{}{}", project.display(&report.path), describe(&report.changes)),
            );
        }
    } else {
        for locale in &locales {
            let files: Vec<_> = changed.iter().filter(|r| r.locale == locale.as_str()).collect();
            let mut total = Changes::default();
            for r in &files {
                total.absorb(&r.changes);
            }
            if !files.is_empty() {
                let detail = format!("{} files of {locale}{}", files.len(), describe(&total));
                status(verb(args.dry_run, false), &detail);
            }
        }
    }
    for report in &changed {
        for (id, value) in &report.changes.pruned {
            eprintln!(
                "             deleted {id} = {value} ({})",
                project.display(&report.path)
            );
        }
    }
    status(
        if args.dry_run { "Checked" } else { "Synced" },
        &format!(
            "{} files in {} locales: {} {}, {} with problems",
            reports.len(),
            locales.len(),
            changed.len(),
            if args.dry_run { "would change" } else { "changed" },
            problems.len()
        ),
    );
    Ok(Outcome::problems_if(!problems.is_empty()))
}

fn print_problem(printer: &mut Problems, project: &Project, report: &FileSync) {
    let about = About {
        locale: Some(&report.locale),
        release: Some(&report.release),
        id: None,
    };
    for d in &report.diagnostics {
        printer.report(d, about);
    }
    if printer.for_people() {
        eprintln!(
            "note: {} was left untouched; fix it and run sync again\n",
            project.display(&report.path)
        );
    }
}

fn verb(dry_run: bool, created: bool) -> &'static str {
    match (dry_run, created) {
        (true, true) => "Would create",
        (true, false) => "Would update",
        (false, true) => "Created",
        (false, false) => "Updated",
    }
}

/// `: 2 to translate, 1 stale …` for a sync report line.
fn describe(changes: &Changes) -> String {
    let parts: Vec<String> = changes
        .counts()
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(": {}", parts.join(", "))
    }
}
