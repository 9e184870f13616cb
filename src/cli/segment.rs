//! `relingo segment`: how a release, or bare text, splits into segments.

use std::borrow::Cow;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::ValueEnum;
use relingo::config::Granularity;
use relingo::segment::sentence::{Rules, rules};
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
    /// The language whose sentence rules split the text (default: the project's source
    /// language, or English outside a project): cy, de, en, es, fr, it, nl, pl have rules;
    /// others split at terminators only.
    #[arg(long, value_name = "LANG", value_parser = parse_language)]
    pub lang: Option<String>,
}

/// A language tag (`de`, `pt-BR`), as its language subtag; a tag that does not parse is refused.
fn parse_language(value: &str) -> Result<String, String> {
    let locale = relingo::locale::Locale::parse(value).map_err(|e| e.to_string())?;
    Ok(locale.language().to_string())
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
    if let Some(lang) = &args.lang
        && !rules::languages().any(|l| l == lang)
    {
        super::warn(&format!(
            "relingo has no sentence rules for `{lang}` (it has {}): sentences end at terminators only, abbreviations are not known",
            rules::languages().collect::<Vec<_>>().join(", ")
        ));
    }
    let rules = match (&args.lang, &config) {
        // The project's own rules are written for its source language.
        (Some(lang), Some(c)) if lang != c.source_locale.language() => Cow::Borrowed(Rules::builtin(lang)),
        (Some(lang), None) => Cow::Borrowed(Rules::builtin(lang)),
        (_, Some(c)) => Rules::of_project(c)?,
        (None, None) => Cow::Borrowed(Rules::builtin("en")),
    };
    let granularity = args
        .granularity
        .map(Granularity::from)
        .or(config.as_ref().map(|c| c.granularity))
        .unwrap_or_default();
    let (path, text) = read_input(&args.file)?;
    let release = source::of_text(&path, &text, args.plain)?;
    let segments = segment::split(&release, granularity, &rules);
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
