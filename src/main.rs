//! The `relingo` command: parses arguments, calls one library stage, prints, and maps the
//! outcome to an exit code (0 success, 1 problems found, 2 usage or fatal error).

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use relingo::config::Granularity;
use relingo::project::Project;
use relingo::source::{self, Format};
use relingo::{coverage, extract, segment, sync};

#[derive(Parser)]
#[command(
    name = "relingo",
    version,
    about = "Press releases into many languages, through Fluent files"
)]
struct Cli {
    /// Path of relingo.toml (default: found from the current directory upward).
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a commented starter relingo.toml in the current directory.
    Init,
    /// Write the reference catalogs locales/<source-locale>/<release>.ftl from the sources.
    Extract {
        /// Change nothing; exit 1 naming the catalogs that are out of date.
        #[arg(long)]
        check: bool,
    },
    /// Show how a release (or bare text) splits into segments.
    Segment {
        /// A release file, or `-` for standard input.
        file: String,
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// Treat the input as bare text: no header lines, one paragraph per line.
        #[arg(long)]
        plain: bool,
        /// Override the configured granularity.
        #[arg(long, value_enum)]
        granularity: Option<GranularityArg>,
    },
    /// Bring every locale's Fluent files in line with the reference catalogs.
    Sync {
        /// Only these locales (repeatable).
        #[arg(long = "locale", value_name = "LOCALE")]
        locales: Vec<String>,
        /// Only these releases (repeatable).
        #[arg(long = "release", value_name = "RELEASE")]
        releases: Vec<String>,
        /// Print what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Delete obsolete messages (the only way relingo deletes a translation).
        #[arg(long)]
        prune: bool,
    },
    /// Check translations: Fluent structure, placeables, links, numbers, punctuation …
    Check(CheckArgs),
    /// Report coverage per locale and release, in messages and source words.
    Status(StatusArgs),
    /// Assemble every localized release into the output directory, with a manifest.
    Build(BuildArgs),
    /// Export messages for a translation vendor as XLIFF 1.2 or PO.
    Export(ExportArgs),
    /// Merge a vendor's XLIFF or PO back into the locale's Fluent files.
    Import(ImportArgs),
    /// Work with build manifests.
    #[command(subcommand)]
    Manifest(ManifestCommand),
}

#[derive(clap::Args)]
struct BuildArgs {
    /// Only these target locales (repeatable); the source locale is always built.
    #[arg(long = "locale", value_name = "LOCALE")]
    locales: Vec<String>,
    /// Only these releases (repeatable).
    #[arg(long = "release", value_name = "RELEASE")]
    releases: Vec<String>,
    /// Only these formats (default: [build] formats in relingo.toml, or all).
    #[arg(long = "format", value_enum, value_delimiter = ',')]
    formats: Vec<FormatArg>,
    /// Fail (exit 1) when any segment falls back to another locale.
    #[arg(long)]
    strict: bool,
    /// Threads to use (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// Build only shard K of N (releases dealt round-robin); join with `relingo manifest merge`.
    #[arg(long, value_name = "K/N")]
    shard: Option<relingo::publish::Shard>,
    /// Also build the pseudo-locales en-XA (accented) and ar-XB (mirrored, right to left).
    #[arg(long)]
    pseudo: bool,
}

#[derive(clap::Args)]
struct ExportArgs {
    #[arg(long, value_name = "LOCALE")]
    locale: String,
    /// Only these releases (repeatable).
    #[arg(long = "release", value_name = "RELEASE")]
    releases: Vec<String>,
    /// Which messages: any of missing, stale, translated, broken (translated but failing an
    /// error-level check: what a build falls back on).
    #[arg(long, value_name = "STATES", default_value = "missing,stale", value_parser = relingo::interchange::UnitState::parse_list)]
    state: std::vec::Vec<relingo::interchange::UnitState>,
    #[arg(long, value_enum)]
    format: ExchangeFormat,
    /// The file to write (a directory with --per-release).
    #[arg(long, value_name = "PATH")]
    output: PathBuf,
    /// One file per release, named <release>.<ext>, in the --output directory.
    #[arg(long)]
    per_release: bool,
}

#[derive(clap::Args)]
struct ImportArgs {
    /// XLIFF or PO files exported by relingo and translated.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    #[arg(long, value_name = "LOCALE")]
    locale: String,
    /// Print what would change; write nothing.
    #[arg(long)]
    dry_run: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExchangeFormat {
    Xliff,
    Po,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Html,
    Md,
    Txt,
    Json,
}

impl From<FormatArg> for relingo::config::OutputFormat {
    fn from(f: FormatArg) -> Self {
        use relingo::config::OutputFormat;
        match f {
            FormatArg::Html => OutputFormat::Html,
            FormatArg::Md => OutputFormat::Md,
            FormatArg::Txt => OutputFormat::Txt,
            FormatArg::Json => OutputFormat::Json,
        }
    }
}

#[derive(Subcommand)]
enum ManifestCommand {
    /// Join the manifests of `relingo build --shard` runs into the output directory's manifest,
    /// and write the index pages.
    Merge {
        /// The shards' manifest.json files.
        #[arg(required = true)]
        manifests: Vec<PathBuf>,
    },
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Only these locales (repeatable).
    #[arg(long = "locale", value_name = "LOCALE")]
    locales: Vec<String>,
    /// Only these releases (repeatable).
    #[arg(long = "release", value_name = "RELEASE")]
    releases: Vec<String>,
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,
    /// Exit 1 on warnings too.
    #[arg(long, value_name = "LEVEL", value_parser = ["warnings"])]
    deny: Option<String>,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Human,
    Json,
    Github,
}

#[derive(clap::Args)]
struct StatusArgs {
    /// Only these locales (repeatable).
    #[arg(long = "locale", value_name = "LOCALE")]
    locales: Vec<String>,
    #[arg(long, value_enum, default_value_t = StatusFormat::Table)]
    format: StatusFormat,
    /// Expand the table and Markdown to the locale × release matrix.
    #[arg(long)]
    by_release: bool,
    /// Write the report to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Fail (exit 1) when a locale has less than PCT percent of its words translated.
    #[arg(long, value_name = "PCT", value_parser = parse_percent)]
    min_coverage: Option<f64>,
    /// Fail (exit 1) when any message is stale.
    #[arg(long, value_name = "STATE", value_parser = ["stale"])]
    deny: Vec<String>,
    /// Report on any Fluent repository: the reference locale's folder…
    #[arg(long, value_name = "DIR", requires = "locales_dir")]
    reference_dir: Option<PathBuf>,
    /// …and the folder holding one folder per locale.
    #[arg(long, value_name = "DIR", requires = "reference_dir")]
    locales_dir: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum StatusFormat {
    Table,
    Json,
    Markdown,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Colour on a terminal, unless NO_COLOR is set; `always`/`never` override both.
    fn enabled(self, to_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }
}

fn parse_percent(text: &str) -> std::result::Result<f64, String> {
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

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum GranularityArg {
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

/// What a command found: success, or problems that exit with 1.
enum Outcome {
    Clean,
    Problems,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<Outcome> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let open = || Project::open(cli.config.as_deref(), &cwd);
    // Commands that write into the project hold its lock until they end.
    let _lock = match &cli.command {
        Command::Extract { check: false }
        | Command::Sync { dry_run: false, .. }
        | Command::Build(_)
        | Command::Manifest(_)
        | Command::Import(ImportArgs { dry_run: false, .. }) => Some(open()?.lock_for_writing(|| {
            status(
                "Waiting",
                "for another relingo command to finish writing this project",
            )
        })?),
        _ => None,
    };
    match cli.command {
        Command::Init => {
            let path = relingo::config::init(&cwd)?;
            status("Created", &path.display().to_string());
            Ok(Outcome::Clean)
        }
        Command::Extract { check } => extract_command(&open()?, check),
        Command::Segment {
            file,
            format,
            plain,
            granularity,
        } => segment_command(cli.config.as_deref(), &cwd, &file, format, plain, granularity),
        Command::Sync {
            locales,
            releases,
            dry_run,
            prune,
        } => sync_command(&open()?, &locales, &releases, dry_run, prune),
        Command::Check(args) => check_command(&open()?, args),
        Command::Status(args) => status_command(cli.config.as_deref(), &cwd, args),
        Command::Build(args) => build_command(&open()?, args),
        Command::Export(args) => export_command(&open()?, args),
        Command::Import(args) => import_command(&open()?, args),
        Command::Manifest(ManifestCommand::Merge { manifests }) => merge_command(&open()?, &manifests),
    }
}

/// A cargo-style status line on stderr: a right-aligned verb, then the detail.
fn status(verb: &str, detail: &str) {
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    if stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        let _ = writeln!(err, "\x1b[1;32m{verb:>12}\x1b[0m {detail}");
    } else {
        let _ = writeln!(err, "{verb:>12} {detail}");
    }
}

fn extract_command(project: &Project, check: bool) -> Result<Outcome> {
    let releases = project.releases()?;
    let report = extract::run(project, &releases, check)?;
    if check {
        for path in &report.written {
            eprintln!("out of date: {}", project.display(path));
        }
        for path in &report.removed {
            eprintln!("no longer has a source: {}", project.display(path));
        }
        if report.changed() {
            eprintln!("run `relingo extract` and commit the result");
            return Ok(Outcome::Problems);
        }
        status(
            "Checked",
            &format!("{} reference catalogs, all up to date", report.unchanged),
        );
        return Ok(Outcome::Clean);
    }
    for path in &report.removed {
        status("Removed", &project.display(path).to_string());
    }
    status(
        "Extracted",
        &format!(
            "{} releases ({} written, {} unchanged)",
            releases.len(),
            report.written.len(),
            report.unchanged
        ),
    );
    Ok(Outcome::Clean)
}

fn segment_command(
    config: Option<&Path>,
    cwd: &Path,
    file: &str,
    format: OutputFormat,
    plain: bool,
    granularity: Option<GranularityArg>,
) -> Result<Outcome> {
    // The configuration is optional here: an author may try a file anywhere.
    let project = match Project::open(config, cwd) {
        Ok(project) => Some(project),
        Err(relingo::Error::NoConfig { .. }) if config.is_none() => None,
        Err(e) => return Err(e.into()),
    };
    let configured = project.as_ref().map(|p| p.config.clone());
    let language = configured
        .as_ref()
        .map_or("en".to_string(), |c| c.source_locale.language().to_string());
    let granularity = granularity
        .map(Granularity::from)
        .or(configured.as_ref().map(|c| c.granularity))
        .unwrap_or_default();
    let (path, text) = if file == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read standard input as UTF-8")?;
        (PathBuf::from("<stdin>"), text)
    } else {
        let path = PathBuf::from(file);
        let text = relingo::input::read_text(&path, relingo::input::Links::Follow)?;
        (path, text)
    };
    let release = if plain {
        source::Release {
            id: "stdin".into(),
            path: path.clone(),
            format: Format::Plain,
            meta: Default::default(),
            blocks: source::parse_bare(&text),
        }
    } else {
        let id = if file == "-" {
            "stdin".to_string()
        } else {
            source::release_id(&path)?
        };
        let format = if path.extension().is_some_and(|e| e == "md") {
            Format::Markdown
        } else {
            Format::Plain
        };
        source::parse(id, &path, &text, format)?
    };
    let segments = segment::split(&release, granularity, &language);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &segments)?;
            writeln!(out)?;
        }
        OutputFormat::Text if plain => {
            for s in &segments {
                writeln!(out, "{}", s.text)?;
            }
        }
        OutputFormat::Text => {
            for s in &segments {
                writeln!(out, "{:<14} {:<34} {}", s.kind.label(), s.id, s.text)?;
            }
        }
    }
    Ok(Outcome::Clean)
}

fn sync_command(
    project: &Project,
    locales: &[String],
    releases: &[String],
    dry_run: bool,
    prune: bool,
) -> Result<Outcome> {
    let locales = project.select_locales(locales)?;
    let options = sync::Options {
        prune,
        dry_run,
        memory_threshold: project.config.memory_threshold,
    };
    warn_stray_locale_dirs(project);
    let reports = sync::run(project, &locales, releases, &options)?;
    let mut problems = 0;
    let changed: Vec<&sync::FileReport> = reports.iter().filter(|r| r.changed && !r.is_problem()).collect();
    for report in reports.iter().filter(|r| r.is_problem()) {
        problems += 1;
        if let Some(error) = &report.error {
            eprintln!("error: {error}");
            continue;
        }
        for d in &report.diagnostics {
            eprintln!("error: {}: {}", d.at, d.message);
        }
        eprintln!(
            "  note: {} was left untouched; fix it and run sync again",
            project.display(&report.path)
        );
    }
    // One line per file while that stays readable; one line per locale beyond.
    if changed.len() <= 20 {
        for report in &changed {
            status(
                sync_verb(dry_run, report.created),
                &format!("{}{}", project.display(&report.path), describe(&report.changes)),
            );
        }
    } else {
        for locale in &locales {
            let mut total = sync::Changes::default();
            let files: Vec<_> = changed.iter().filter(|r| r.locale == locale.as_str()).collect();
            for r in &files {
                total.added.extend(r.changes.added.iter().cloned());
                total.stale.extend(r.changes.stale.iter().cloned());
                total.memory.extend(r.changes.memory.iter().cloned());
                total.obsolete.extend(r.changes.obsolete.iter().cloned());
                total.restored.extend(r.changes.restored.iter().cloned());
                total.finished.extend(r.changes.finished.iter().cloned());
                total.pruned.extend(r.changes.pruned.iter().cloned());
            }
            if !files.is_empty() {
                status(
                    sync_verb(dry_run, false),
                    &format!("{} files of {locale}{}", files.len(), describe(&total)),
                );
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
    let changed = changed.len();
    let verb = if dry_run { "Checked" } else { "Synced" };
    status(
        verb,
        &format!(
            "{} files in {} locales: {changed} {}, {problems} with problems",
            reports.len(),
            locales.len(),
            if dry_run { "would change" } else { "changed" }
        ),
    );
    Ok(if problems > 0 {
        Outcome::Problems
    } else {
        Outcome::Clean
    })
}

fn sync_verb(dry_run: bool, created: bool) -> &'static str {
    match (dry_run, created) {
        (true, true) => "Would create",
        (true, false) => "Would update",
        (false, true) => "Created",
        (false, false) => "Updated",
    }
}

/// `: 2 added, 1 stale …` for a sync report line.
fn describe(changes: &sync::Changes) -> String {
    let parts: Vec<String> = [
        (changes.added.len(), "to translate"),
        (changes.stale.len(), "stale"),
        (changes.memory.len(), "from memory"),
        (changes.obsolete.len(), "obsolete"),
        (changes.restored.len(), "restored"),
        (changes.finished.len(), "finished"),
        (changes.pruned.len(), "pruned"),
    ]
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

fn warn_stray_locale_dirs(project: &Project) {
    for (path, reason) in project.stray_locale_dirs() {
        eprintln!("warning: {}: ignored: {reason}", project.display(&path));
    }
}

fn status_command(config: Option<&Path>, cwd: &Path, args: StatusArgs) -> Result<Outcome> {
    let gates = coverage::Gates {
        min_coverage: args.min_coverage,
        deny_stale: args.deny.iter().any(|d| d == "stale"),
    };
    let tree = match (&args.reference_dir, &args.locales_dir) {
        (Some(reference), Some(locales)) => coverage::Tree::of_directories(reference, locales)?,
        _ => {
            let project = Project::open(config, cwd)?;
            let locales = project.select_locales(&args.locales)?;
            coverage::Tree::of_project(&project, &locales)
        }
    };
    let mut report = coverage::compute(&tree)?;
    coverage::apply_gates(&mut report, &gates);
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let text = match args.format {
        StatusFormat::Table => {
            coverage::render::table(&report, args.by_release, args.color.enabled(to_terminal))
        }
        StatusFormat::Json => coverage::render::json(&report),
        StatusFormat::Markdown => coverage::render::markdown(&report, args.by_release),
        StatusFormat::Html => coverage::render::html(&report),
    };
    match &args.output {
        Some(path) => {
            relingo::persist::write_generated(path, text.as_bytes())?;
            status("Wrote", &path.display().to_string());
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    for gate in &report.gates {
        eprintln!("gate failed: {}: {}", gate.locale, gate.message);
    }
    Ok(if report.gates.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Problems
    })
}

fn build_command(project: &Project, args: BuildArgs) -> Result<Outcome> {
    if let Some(jobs) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global()
            .context("cannot set up the worker threads")?;
    }
    let options = relingo::publish::Options {
        locales: project
            .select_locales(&args.locales)?
            .into_iter()
            .filter(|_| !args.locales.is_empty())
            .collect(),
        releases: args.releases,
        formats: args.formats.into_iter().map(Into::into).collect(),
        strict: args.strict,
        shard: args.shard,
        pseudo: args.pseudo,
    };
    // Counted from the file names: build::run parses the releases itself.
    let pairs =
        relingo::source::list(&project.config.paths.sources)?.len() * (project.config.locales.len() + 1);
    let bar = progress_bar(pairs as u64);
    let started = std::time::Instant::now();
    let report = relingo::publish::run(project, &options, &|n| bar.inc(n as u64))?;
    bar.finish_and_clear();
    for problem in &report.unreadable {
        eprintln!("warning: {problem}\n  its messages fell back; `relingo check` shows the same problem");
    }
    let withheld = &report.withheld;
    for pair in withheld {
        eprintln!(
            "    withheld {}/{}: {}",
            pair.locale,
            pair.release,
            pair.reason.as_deref().unwrap_or("")
        );
    }
    let fallback = report.fallback_segments;
    let built = report.pairs - withheld.len();
    status(
        "Built",
        &format!(
            "{built} localized releases ({} withheld, {fallback} {} back) into {}: {} files written, {} unchanged{} in {:.2}s",
            withheld.len(),
            coverage::plural(fallback, "message fell", "messages fell"),
            project.display(&project.config.paths.output),
            report.written,
            report.unchanged,
            if report.removed > 0 {
                format!(", {} removed", report.removed)
            } else {
                String::new()
            },
            started.elapsed().as_secs_f64()
        ),
    );
    const SHOWN: usize = 10;
    for kept in report.kept.iter().take(SHOWN) {
        eprintln!(
            "    note: {}/{kept}",
            project.display(&project.config.paths.output)
        );
    }
    if report.kept.len() > SHOWN {
        eprintln!(
            "    note: and {} more files relingo left alone",
            report.kept.len() - SHOWN
        );
    }
    for failure in &report.failures {
        eprintln!("error: {failure}");
    }
    Ok(if report.failures.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Problems
    })
}

/// A progress bar on a terminal; nothing in CI logs or pipes.
fn progress_bar(len: u64) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() || std::env::var_os("CI").is_some() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{prefix:>12.cyan.bold} [{bar:40}] {pos}/{len} pairs")
            .expect("valid template")
            .progress_chars("=> "),
    );
    bar.set_prefix("Building");
    bar
}

fn merge_command(project: &Project, manifests: &[PathBuf]) -> Result<Outcome> {
    let read = manifests
        .iter()
        .map(|p| relingo::publish::manifest::Manifest::read(p))
        .collect::<relingo::Result<Vec<_>>>()?;
    let mut merged = relingo::publish::manifest::merge(read)?;
    let (output, _) = relingo::publish::output::placed(project)?;
    let output = &output;
    let templates = relingo::publish::load_templates(project)?;
    relingo::publish::manifest::write_index_pages(
        &mut merged,
        output,
        &templates,
        project.config.source_locale.as_str(),
    )?;
    let path = output.join("manifest.json");
    merged.save(&path)?;
    status(
        "Merged",
        &format!(
            "{} manifests: {} pairs, {} outputs into {}",
            manifests.len(),
            merged.pairs.len(),
            merged.outputs.len(),
            project.display(&path)
        ),
    );
    Ok(Outcome::Clean)
}

fn check_command(project: &Project, args: CheckArgs) -> Result<Outcome> {
    let locales = project.select_locales(&args.locales)?;
    warn_stray_locale_dirs(project);
    use relingo::check::render;
    let mut human = render::Human::new(args.color.enabled(std::io::stderr().is_terminal()));
    // Reports arrive file by file and are written out at once: nothing accumulates.
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut stderr = std::io::BufWriter::new(std::io::stderr().lock());
    let summary = relingo::check::run(project, &locales, &args.releases, |file| -> Result<()> {
        let shown = project.display(&file.path).to_string();
        match args.format {
            CheckFormat::Human => stderr.write_all(&human.file(&file, &shown))?,
            CheckFormat::Json => render::json_lines(&file, &shown, &mut stdout)?,
            CheckFormat::Github => render::github(&file, &shown, &mut stdout)?,
        }
        Ok(())
    })?;
    stderr.write_all(&human.finish())?;
    stdout.flush()?;
    stderr.flush()?;
    drop(stderr);
    let relingo::check::Summary {
        errors,
        warnings,
        messages,
        files,
    } = summary;
    status(
        "Checked",
        &format!("{messages} messages in {files} files: {errors} errors, {warnings} warnings"),
    );
    let deny_warnings = args.deny.is_some() && warnings > 0;
    Ok(if errors > 0 || deny_warnings {
        Outcome::Problems
    } else {
        Outcome::Clean
    })
}

fn export_command(project: &Project, args: ExportArgs) -> Result<Outcome> {
    use relingo::interchange::{self, po, xliff};
    let locale = project
        .select_locales(std::slice::from_ref(&args.locale))?
        .remove(0);
    let states: Vec<_> = args.state.into_iter().collect();
    let units = interchange::collect(project, &locale, &args.releases, &states)?;
    let source = &project.config.source_locale;
    let render = |units: &[interchange::Unit]| match args.format {
        ExchangeFormat::Xliff => xliff::write(units, &locale, source),
        ExchangeFormat::Po => po::write(units, &locale, source),
    };
    let ext = match args.format {
        ExchangeFormat::Xliff => "xlf",
        ExchangeFormat::Po => "po",
    };
    if args.per_release {
        let mut releases: Vec<&str> = units.iter().map(|u| u.release.as_str()).collect();
        releases.dedup();
        for release in releases {
            let part: Vec<_> = units.iter().filter(|u| u.release == release).cloned().collect();
            let path = args.output.join(format!("{release}.{ext}"));
            relingo::persist::write_if_changed(&path, render(&part).as_bytes())?;
        }
    } else {
        relingo::persist::write_if_changed(&args.output, render(&units).as_bytes())?;
    }
    status(
        "Exported",
        &format!(
            "{} messages ({} source words) for {locale} into {}",
            units.len(),
            interchange::words(&units),
            args.output.display()
        ),
    );
    Ok(Outcome::Clean)
}

fn import_command(project: &Project, args: ImportArgs) -> Result<Outcome> {
    let locale = project
        .select_locales(std::slice::from_ref(&args.locale))?
        .remove(0);
    let mut incoming = Vec::new();
    for file in &args.files {
        incoming.extend(relingo::interchange::read(file, &locale)?);
    }
    let report = relingo::interchange::apply(project, &locale, &incoming, args.dry_run)?;
    for skipped in &report.skipped {
        eprintln!("warning: skipped {skipped}");
    }
    for failing in &report.failing_checks {
        eprintln!("warning: imported, but fails a check: {failing} (run `relingo check --locale {locale}`)");
    }
    for path in &report.written {
        status(
            if args.dry_run { "Would update" } else { "Updated" },
            &project.display(path).to_string(),
        );
    }
    status(
        if args.dry_run { "Checked" } else { "Imported" },
        &format!(
            "{} translated, {} stale, {} unchanged, {} skipped",
            report.translated.len(),
            report.stale.len(),
            report.unchanged,
            report.skipped.len()
        ),
    );
    Ok(if report.skipped.is_empty() && report.failing_checks.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Problems
    })
}
