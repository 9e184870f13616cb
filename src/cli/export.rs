//! `relingo export`: messages for a translation vendor, as XLIFF 1.2 or PO.

use std::path::PathBuf;

use clap::ValueEnum;
use relingo::coverage::plural;
use relingo::interchange::{self, UnitState};
use relingo::project::Project;

use super::{Outcome, status};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub selection: super::LocaleReleases,
    /// Which messages: any of missing, stale, translated, broken (translated but failing an
    /// error-level check: what a build falls back on).
    #[arg(long, value_name = "STATES", default_value = "missing,stale", value_parser = UnitState::parse_list)]
    pub state: std::vec::Vec<UnitState>,
    #[arg(long, value_enum)]
    pub format: Format,
    /// The file to write (a directory with --per-release).
    #[arg(long, value_name = "PATH")]
    pub output: PathBuf,
    /// One file per release, named <release>.<ext>, in the --output directory.
    #[arg(long)]
    pub per_release: bool,
    /// Cut each message into its sentences as XLIFF segments (1.2: <seg-source> and
    /// <mrk mtype="seg">; 2.1: one <segment> each), for sentence-level translation memory
    /// matches. Import joins them back into the one message.
    #[arg(long)]
    pub sentences: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// XLIFF 1.2 (Trados, memoQ, OmegaT, Translate Toolkit, Weblate).
    Xliff,
    /// XLIFF 2.1 (DeepL and current CAT tools).
    Xliff2,
    Po,
    /// TMX 1.4b translation memory: the translated messages (whatever --state says).
    Tmx,
}

impl From<Format> for interchange::ExchangeFormat {
    fn from(f: Format) -> Self {
        match f {
            Format::Xliff => interchange::ExchangeFormat::Xliff,
            Format::Xliff2 => interchange::ExchangeFormat::Xliff2,
            Format::Po => interchange::ExchangeFormat::Po,
            Format::Tmx => interchange::ExchangeFormat::Tmx,
        }
    }
}

pub fn run(project: &Project, args: &Args) -> anyhow::Result<Outcome> {
    let locale = project.select_locale(&args.selection.locale)?;
    // A translation memory holds what is translated, and nothing else.
    let states = match args.format {
        Format::Tmx => vec![UnitState::Translated],
        _ => args.state.clone(),
    };
    if args.sentences && !matches!(args.format, Format::Xliff | Format::Xliff2) {
        anyhow::bail!(relingo::Error::Usage(
            "--sentences needs --format xliff or xliff2: PO and TMX carry whole messages".into()
        ));
    }
    let mut units = interchange::collect(project, &locale, &args.selection.releases, &states)?;
    let source = &project.config.source_locale;
    if args.sentences {
        let rules = relingo::segment::sentence::Rules::of_project(&project.config)?;
        interchange::sentences::segment(&mut units, &rules, &locale);
    }
    let exported = interchange::export(
        &units,
        args.format.into(),
        &locale,
        source,
        &args.output,
        args.per_release,
    )?;
    status(
        "Exported",
        &format!(
            "{} {} ({} source words) for {locale} into {}",
            exported.units,
            plural(exported.units, "message", "messages"),
            exported.words,
            args.output.display()
        ),
    );
    Ok(Outcome::Clean)
}
