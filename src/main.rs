//! The `relingo` command: parses arguments and hands them to one command of [`cli`], which
//! calls the library, prints, and returns the outcome; exit codes are 0 success, 1 problems
//! found, 2 usage or fatal error.

mod cli;

/// mimalloc, as the allocator: relingo's commands make and drop many small strings on every
/// thread (a catalog's entries, each message's facts), which glibc's allocator serves with
/// locks and consolidation passes.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use cli::{ColorChoice, Context, Outcome};

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
    /// Colour in the output: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a commented starter relingo.toml in the current directory.
    Init(cli::init::Args),
    /// Write the reference catalogs locales/<source-locale>/<release>.ftl from the sources.
    Extract(cli::extract::Args),
    /// Show how a release (or bare text) splits into segments.
    Segment(cli::segment::Args),
    /// Bring every locale's Fluent files in line with the reference catalogs.
    Sync(cli::sync::Args),
    /// Check translations: Fluent structure, placeables, links, numbers, punctuation …
    Check(cli::check::Args),
    /// Report coverage per locale and release, in messages and source words.
    Status(cli::status::Args),
    /// Assemble every localized release into the output directory, with a manifest.
    Build(cli::build::Args),
    /// List the translations that await a reviewer's sign-off, with their source.
    Review(cli::review::Args),
    /// Sign off translations: an approval bound to the source and the translation.
    Approve(cli::approve::Args),
    /// Export messages for a translation vendor: XLIFF 1.2 or 2.1, PO, or TMX memory.
    Export(cli::export::Args),
    /// Merge a vendor's XLIFF (1.2 or 2.1) or PO back into the locale's Fluent files.
    Import(cli::import::Args),
    /// Work with build manifests.
    #[command(subcommand)]
    Manifest(cli::manifest::Command),
    /// git's merge driver for .ftl files: merges THEIRS into OURS message by message.
    MergeFile(cli::merge_file::Args),
    /// The language server (LSP, on stdio): diagnostics, hover, code actions in any editor.
    Lsp(cli::lsp::Args),
}

impl Command {
    /// Whether the command writes into the project (it then holds the project's lock).
    fn writes(&self) -> bool {
        match self {
            Command::Extract(args) => !args.check,
            Command::Sync(args) => !args.dry_run,
            Command::Import(args) => !args.dry_run,
            Command::Approve(args) => !args.dry_run,
            Command::Build(_) | Command::Manifest(_) => true,
            _ => false,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    cli::set_color(cli.color);
    match run(cli) {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Problems) => ExitCode::from(1),
        Err(error) => {
            cli::error(&format!("{error:#}"));
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let context = Context {
        config: cli.config,
        cwd: std::env::current_dir().context("cannot read the current directory")?,
    };
    let _lock = match cli.command.writes() {
        true => Some(context.project()?.lock_for_writing(|| {
            cli::status(
                "Waiting",
                "for another relingo command to finish writing this project",
            )
        })?),
        false => None,
    };
    match &cli.command {
        Command::Init(args) => cli::init::run(&context, args),
        Command::Extract(args) => cli::extract::run(&context.project()?, args),
        Command::Segment(args) => cli::segment::run(&context, args),
        Command::Sync(args) => cli::sync::run(&context.project()?, args),
        Command::Check(args) => cli::check::run(&context.project()?, args),
        Command::Status(args) => cli::status::run(&context, args),
        Command::Build(args) => cli::build::run(&context.project()?, args),
        Command::Review(args) => cli::review::run(&context.project()?, args),
        Command::Approve(args) => cli::approve::run(&context.project()?, args),
        Command::Export(args) => cli::export::run(&context.project()?, args),
        Command::Import(args) => cli::import::run(&context.project()?, args),
        Command::Manifest(command) => cli::manifest::run(&context.project()?, command),
        Command::MergeFile(args) => cli::merge_file::run(args),
        Command::Lsp(args) => cli::lsp::run(args),
    }
}
