//! `relingo segment`: how a release, or bare text, splits into segments.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::ValueEnum;
use relingo::config::Granularity;
use relingo::{segment, source};

use super::{Context, Outcome};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A release file, or `-` for standard input.
    pub file: String,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Treat the input as bare text: no header lines, one paragraph per line.
    #[arg(long)]
    pub plain: bool,
    /// Override the configured granularity.
    #[arg(long, value_enum)]
    pub granularity: Option<GranularityArg>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum GranularityArg {
    Block,
    Sentence,
}

impl From<GranularityArg> for Granularity {
    fn from(g: GranularityArg) -> Self {
        match g {
            GranularityArg::Block => Granularity::Block,
            GranularityArg::Sentence => Granularity::Sentence,
        }
    }
}

pub fn run(context: &Context, args: &Args) -> anyhow::Result<Outcome> {
    // The configuration is optional here: an author may try a file anywhere.
    let config = match context.project() {
        Ok(project) => Some(project.config),
        Err(relingo::Error::NoConfig { .. }) if context.config.is_none() => None,
        Err(e) => return Err(e.into()),
    };
    let language = config
        .as_ref()
        .map_or("en".to_string(), |c| c.source_locale.language().to_string());
    let granularity = args
        .granularity
        .map(Granularity::from)
        .or(config.as_ref().map(|c| c.granularity))
        .unwrap_or_default();
    let (path, text) = read_input(&args.file)?;
    let release = source::of_text(&path, &text, args.plain)?;
    let segments = segment::split(&release, granularity, &language);
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &segments)?;
            writeln!(out)?;
        }
        Format::Text if args.plain => {
            for s in &segments {
                writeln!(out, "{}", s.text)?;
            }
        }
        Format::Text => {
            for s in &segments {
                writeln!(out, "{:<14} {:<34} {}", s.kind.label(), s.id, s.text)?;
            }
        }
    }
    Ok(Outcome::Clean)
}

/// The file named `file`, or standard input for `-`.
fn read_input(file: &str) -> anyhow::Result<(PathBuf, String)> {
    if file == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read standard input as UTF-8")?;
        return Ok((PathBuf::from(source::STDIN), text));
    }
    let path = Path::new(file);
    let text = relingo::input::read_text(path, relingo::input::Links::Follow)?;
    Ok((path.to_path_buf(), text))
}
