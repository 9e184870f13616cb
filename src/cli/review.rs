//! `relingo review`: what awaits a reviewer's sign-off in a locale, with source and
//! translation side by side.

use std::io::Write;

use relingo::approval::approve;
use relingo::project::Project;

use super::{Outcome, status};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The locale to review, and only these releases.
    #[command(flatten)]
    pub selection: super::LocaleReleases,
    /// `human` (default) or `json` (one object per line).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}

pub fn run(project: &Project, args: &Args) -> anyhow::Result<Outcome> {
    let locale = project.select_locale(&args.selection.locale)?;
    let awaiting = approve::awaiting(project, &locale, &args.selection.releases)?;
    let mut out = std::io::stdout().lock();
    for message in &awaiting {
        match args.format {
            Format::Json => serde_json::to_writer(&mut out, message)?,
            Format::Human => {
                write!(
                    out,
                    "{}:{}: {}\n  source:      {}\n  translation: {}\n",
                    project.display(&message.path),
                    message.line,
                    message.id,
                    message.source,
                    message.translation
                )?;
                if let Some(void) = &message.void {
                    write!(out, "  void:        {void}")?;
                }
            }
        }
        writeln!(out)?;
    }
    let words: usize = awaiting.iter().map(|m| m.words).sum();
    let void = awaiting.iter().filter(|m| m.void.is_some()).count();
    status(
        "Awaiting",
        &format!(
            "review: {} {} ({words} source words) in {locale}, {void} with a void approval; `relingo approve --locale {locale}` signs them off",
            awaiting.len(),
            relingo::coverage::plural(awaiting.len(), "message", "messages"),
        ),
    );
    Ok(Outcome::Clean)
}
