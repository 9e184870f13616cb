//! `relingo check`: diagnostics on the translations, as a report on stdout (human,
//! one JSON object per line, or GitHub workflow annotations).

use std::io::{IsTerminal, Write};

use clap::ValueEnum;
use relingo::check::{self, render};
use relingo::coverage::plural;
use relingo::project::Project;

use super::{Outcome, Selection, color, status, warn_stray_locale_dirs};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub selection: Selection,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Exit 1 on warnings too.
    #[arg(long, value_name = "LEVEL", value_parser = ["warnings"])]
    pub deny: Option<String>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Github,
}

pub fn run(project: &Project, args: &Args) -> anyhow::Result<Outcome> {
    let locales = project.select_locales(&args.selection.locales)?;
    warn_stray_locale_dirs(project);
    let mut human = render::HumanReport::new(color(std::io::stdout().is_terminal()));
    // Reports arrive file by file and are written out at once: nothing accumulates.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let summary = check::run(
        project,
        &locales,
        &args.selection.releases,
        |file| -> anyhow::Result<()> {
            let shown = project.display(&file.path).to_string();
            match args.format {
                Format::Human => out.write_all(&human.file(&file, &shown))?,
                Format::Json => render::json_lines(&file, &shown, &mut out)?,
                Format::Github => render::github(&file, &shown, &mut out)?,
            }
            Ok(())
        },
    )?;
    if let Format::Human = args.format {
        out.write_all(&human.finish())?;
    }
    out.flush()?;
    drop(out);
    let check::Summary {
        errors,
        warnings,
        messages,
        files,
    } = summary;
    status(
        "Checked",
        &format!(
            "{messages} {} in {files} {}: {errors} {}, {warnings} {}",
            plural(messages, "message", "messages"),
            plural(files, "file", "files"),
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings"),
        ),
    );
    let deny_warnings = args.deny.is_some() && warnings > 0;
    Ok(Outcome::problems_if(errors > 0 || deny_warnings))
}
