//! `relingo status`: coverage per locale and release, as a table, JSON, Markdown or an
//! HTML dashboard; with gates for CI.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::ValueEnum;
use relingo::coverage::{self, Gates, Tree, readiness, render};
use relingo::embargo::Clock;

use super::{Context, Outcome, color, status};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Only these locales (repeatable).
    #[arg(long = "locale", value_name = "LOCALE")]
    pub locales: Vec<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Expand the table and Markdown to the locale × release matrix.
    #[arg(long)]
    pub by_release: bool,
    /// Write the report to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Fail (exit 1) when a locale has less than PCT percent of its words translated.
    #[arg(long, value_name = "PCT", value_parser = parse_percent)]
    pub min_coverage: Option<f64>,
    /// Say, for these releases (repeatable), whether they can go out in every required locale.
    #[arg(long = "release", value_name = "RELEASE")]
    pub releases: Vec<String>,
    /// Fail (exit 1) unless every release due by TIME (no embargo, or one that lifts by then)
    /// is complete in every required locale; one line per blocker.
    #[arg(long, value_name = "TIME")]
    pub ready_by: Option<String>,
    /// Fail (exit 1) when any message is stale, or any translated one is not approved.
    #[arg(long, value_name = "STATE", value_parser = ["stale", "unapproved"])]
    pub deny: Vec<String>,
    /// Report on any Fluent repository: the reference locale's folder…
    #[arg(long, value_name = "DIR", requires = "locales_dir")]
    pub reference_dir: Option<PathBuf>,
    /// …and the folder holding one folder per locale.
    #[arg(long, value_name = "DIR", requires = "reference_dir")]
    pub locales_dir: Option<PathBuf>,
    /// Report on a repository that Mozilla's l10n.toml describes (found by itself in the
    /// current directory when there is no relingo.toml).
    #[arg(long, value_name = "PATH", conflicts_with = "reference_dir")]
    pub l10n_toml: Option<PathBuf>,
    /// The folder holding one folder per locale, for an l10n.toml (default: its basepath).
    #[arg(long, value_name = "DIR", conflicts_with = "reference_dir")]
    pub l10n_base: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Markdown,
    Html,
}

fn parse_percent(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .trim_end_matches('%')
        .parse()
        .map_err(|_| format!("`{text}` is not a number"))?;
    if (0.0..=100.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is not a percentage between 0 and 100"))
    }
}

pub fn run(context: &Context, args: &Args) -> anyhow::Result<Outcome> {
    let found_l10n_toml = || {
        let candidate = context.cwd.join("l10n.toml");
        let no_project = matches!(context.project(), Err(relingo::Error::NoConfig { .. }));
        (no_project && candidate.is_file()).then_some(candidate)
    };
    let (tree, project) = match (&args.reference_dir, &args.locales_dir) {
        (Some(reference), Some(locales)) => (Tree::of_directories(reference, locales)?, None),
        _ => match args.l10n_toml.clone().or_else(found_l10n_toml) {
            Some(l10n_toml) => (
                coverage::l10n_toml::tree(&l10n_toml, args.l10n_base.as_deref())?,
                None,
            ),
            None => {
                let project = context.project()?;
                let locales = project.select_locales(&args.locales)?;
                (Tree::of_project(&project, &locales), Some(project))
            }
        },
    };
    let mut report = coverage::compute(&tree)?;
    if let Some(project) = &project {
        let releases = project.releases()?;
        for wanted in &args.releases {
            if !releases.iter().any(|r| &r.id == wanted) {
                anyhow::bail!(relingo::Error::Usage(format!(
                    "--release: no release `{wanted}` in this project"
                )));
            }
        }
        let embargo_of = |id: &str| {
            releases
                .iter()
                .find(|r| r.id == id)
                .and_then(|r| r.meta.embargo.clone())
        };
        report.readiness = readiness::of(&report, &embargo_of);
    }
    let gates = Gates {
        min_coverage: args.min_coverage,
        deny_stale: args.deny.iter().any(|d| d == "stale"),
        deny_unapproved: args.deny.iter().any(|d| d == "unapproved"),
    };
    coverage::apply_gates(&mut report, &gates);
    if let Some(at) = &args.ready_by {
        let clock = Clock::of(Some(at))
            .map_err(|why| relingo::Error::Usage(why.replacen("--at", "--ready-by", 1)))?;
        for (locale, message) in readiness::gate(&report.readiness, clock.0, at) {
            report.gates.push(coverage::GateFailure { locale, message });
        }
    }
    for warning in &report.warnings {
        super::warn(warning);
    }
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    // JSON is streamed where it goes; the other formats are made whole first.
    let text = match args.format {
        Format::Table | Format::Markdown if !args.releases.is_empty() || args.ready_by.is_some() => {
            let shown: Vec<readiness::Readiness> = report
                .readiness
                .iter()
                .filter(|r| args.releases.is_empty() || args.releases.contains(&r.release))
                .cloned()
                .collect();
            let table = match args.format {
                Format::Markdown => render::markdown(&report, args.by_release),
                _ => render::table(&report, args.by_release, color(to_terminal)),
            };
            let lines = readiness::lines(&shown);
            let bullet = if matches!(args.format, Format::Markdown) {
                "- "
            } else {
                ""
            };
            let lines: Vec<String> = lines.iter().map(|l| format!("{bullet}{l}")).collect();
            format!("{table}\n{}\n", lines.join("\n"))
        }
        Format::Table => render::table(&report, args.by_release, color(to_terminal)),
        Format::Json => String::new(),
        Format::Markdown => render::markdown(&report, args.by_release),
        Format::Html => render::html(&report),
    };
    let produce = |out: &mut dyn Write| match args.format {
        Format::Json => render::write_json(&report, out),
        _ => out.write_all(text.as_bytes()),
    };
    match &args.output {
        Some(path) => {
            relingo::persist::write_generated_streamed(path, &produce)?;
            status("Wrote", &path.display().to_string());
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            produce(&mut out)?;
            out.flush()?;
        }
    }
    for gate in &report.gates {
        eprintln!("gate failed: {}: {}", gate.locale, gate.message);
    }
    Ok(Outcome::problems_if(!report.gates.is_empty()))
}
