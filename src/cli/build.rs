//! `relingo build`: every localized release into the output directory, with a manifest.

use clap::ValueEnum;
use relingo::config::OutputFormat;
use relingo::coverage::plural;
use relingo::diagnostic::render::About;
use relingo::embargo::Clock;
use relingo::project::Project;
use relingo::publish::{self, PairProblem, Progress, Shard};

use super::problems::{MessageFormat, Problems};
use super::{Outcome, Selection, progress_bar, status};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Only these target locales (the source locale is always built) and releases.
    #[command(flatten)]
    pub selection: Selection,
    /// Only these formats (default: [build] formats in relingo.toml, or all).
    #[arg(long = "format", value_enum, value_delimiter = ',')]
    pub formats: Vec<FormatArg>,
    /// Fail (exit 1) when any message falls back to another locale.
    #[arg(long)]
    pub strict: bool,
    /// Threads to use (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Build only shard K of N (releases dealt round-robin); join with `relingo manifest merge`.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// Also build the pseudo-locales en-XA (accented) and ar-XB (mirrored, right to left).
    #[arg(long)]
    pub pseudo: bool,
    /// Judge embargoes at TIME (ISO 8601 with an offset) instead of now; SOURCE_DATE_EPOCH
    /// fixes the clock too, so that builds are reproducible.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Build releases under embargo anyway, into the preview area (`_preview/`), each page
    /// saying in its language that it is embargoed; no public index lists them.
    #[arg(long)]
    pub preview: bool,
    /// Build into DIR instead of the configured output (e.g. one directory per shard).
    #[arg(long, value_name = "DIR")]
    pub output: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub message_format: MessageFormat,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Html,
    Md,
    Txt,
    Json,
}

impl From<FormatArg> for OutputFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Html => OutputFormat::Html,
            FormatArg::Md => OutputFormat::Md,
            FormatArg::Txt => OutputFormat::Txt,
            FormatArg::Json => OutputFormat::Json,
        }
    }
}

/// How many files relingo left alone are named one by one.
const KEPT_SHOWN: usize = 10;

pub fn run(project: &Project, args: &Args) -> anyhow::Result<Outcome> {
    let with_output;
    let project = match &args.output {
        Some(dir) => {
            with_output = project.with_output(dir);
            &with_output
        }
        None => project,
    };
    if let Some(jobs) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global()
            .map_err(|e| anyhow::anyhow!("cannot set up the worker threads: {e}"))?;
    }
    let options = publish::Options {
        locales: if args.selection.locales.is_empty() {
            Vec::new()
        } else {
            project.select_locales(&args.selection.locales)?
        },
        releases: args.selection.releases.clone(),
        formats: args.formats.iter().copied().map(Into::into).collect(),
        strict: args.strict,
        shard: args.shard,
        pseudo: args.pseudo,
        clock: Some(Clock::of(args.at.as_deref()).map_err(relingo::Error::Usage)?),
        preview: args.preview,
    };
    let bar = progress_bar("pairs", "Building");
    let started = std::time::Instant::now();
    let report = publish::run(project, &options, &|progress| match progress {
        Progress::Planned(n) => bar.set_length(n as u64),
        Progress::Built(n) => bar.inc(n as u64),
    })?;
    bar.finish_and_clear();
    let mut problems = Problems::new(project, &args.message_format);
    for notice in &report.notices {
        problems.report(&notice.diagnostic, about(notice));
    }
    let (withheld, fallback) = (report.withheld.len(), report.fallback_segments);
    let built = report.pairs - withheld - report.held - report.previewed;
    let removed = match report.removed {
        0 => String::new(),
        n => format!(", {n} removed"),
    };
    let reused = match report.reused {
        0 => String::new(),
        n => format!(
            " ({n} {} not rendered: nothing {} built from changed)",
            plural(n, "release", "releases"),
            plural(n, "it is", "they are")
        ),
    };
    let embargoed = match (report.held, report.previewed) {
        (0, 0) => String::new(),
        (held, 0) => format!(", {held} held under embargo"),
        (0, previewed) => format!(", {previewed} previewed under embargo"),
        (held, previewed) => format!(", {held} held and {previewed} previewed under embargo"),
    };
    status(
        "Built",
        &format!(
            "{built} localized {} ({withheld} withheld{embargoed}, {fallback} {} back) into {}: {} files written, {} unchanged{reused}{removed} in {:.2}s",
            plural(built, "release", "releases"),
            plural(fallback, "message fell", "messages fell"),
            project.display(&project.config.paths.output),
            report.written,
            report.unchanged,
            started.elapsed().as_secs_f64()
        ),
    );
    let output = project.display(&project.config.paths.output).to_string();
    for kept in report.kept.iter().take(KEPT_SHOWN) {
        eprintln!("    note: {output}/{kept}");
    }
    if report.kept.len() > KEPT_SHOWN {
        eprintln!(
            "    note: and {} more files relingo left alone",
            report.kept.len() - KEPT_SHOWN
        );
    }
    for failure in &report.failures {
        problems.report(&failure.diagnostic, about(failure));
    }
    Ok(Outcome::problems_if(!report.failures.is_empty()))
}

/// What a problem of a build is about, for JSON.
fn about(p: &PairProblem) -> About<'_> {
    About {
        locale: Some(&p.locale),
        release: Some(&p.release),
        id: None,
    }
}
