//! relingo: press releases into many languages, with Fluent files as the single source of truth.
//!
//! The pipeline, one module per stage, each taking plain data and returning plain data:
//!
//! ```text
//! sources/*.{txt,md} ──source::read──▶ Release{id, meta, blocks}
//!                    ──segment::split──▶ [Segment{id, kind, text}]
//!                    ──reference::of_release──▶ Reference{release, messages}
//!                    ──extract::run──▶ locales/<source>/<release>.ftl   (reference catalog)
//! locales/<source>/<r>.ftl ──reference::read──▶ Reference   (the one reader, every stage below)
//! locales/<l>/<r>.ftl ──catalog::read──▶ Catalog{entries, markers, layout}
//! (reference, catalog) ──sync::run──▶ surgically edited target file
//! (reference message, catalog) ──verdict──▶ translated | stale | missing | broken, and the
//!                                           text a build publishes
//! verdicts ──coverage::compute──▶ status report, withheld/blocked decisions, gates
//! verdicts ──publish::run──▶ dist/<locale>/<release>.{html,md,txt,json} + manifest.json
//! verdicts ◀──interchange──▶ XLIFF / PO for vendors
//! (reference, catalog) ──check::run──▶ Diagnostic{code, file:line:col, message}
//! ```
//!
//! One verdict per (locale, message) is decided in [`verdict`] and read by `status`
//! ([`coverage`]), `build` ([`publish`]), `check` and `export` ([`interchange`]): the
//! dashboard predicts the build. [`project`] ties the stages to a directory tree described
//! by `relingo.toml` ([`config`]). The library never prints: fatal failures are [`Error`]
//! values, problems found in content are [`diagnostic::Diagnostic`] values that the binary
//! writes with [`diagnostic::render`]. Reading and writing files go through [`input`]
//! (regular files only) and [`persist`] (atomic, and never over a file someone changed
//! since it was read); `build` writes only into an output it owns ([`publish::output`]).

// The library never prints; tests may.
#![cfg_attr(not(test), deny(clippy::print_stdout, clippy::print_stderr))]

pub mod approval;
pub mod catalog;
pub mod check;
pub mod config;
pub mod coverage;
pub mod diagnostic;
pub mod embargo;
pub mod error;
pub mod extract;
pub mod input;
pub mod interchange;
pub mod locale;
pub mod lsp;
pub mod merge;
pub mod msgid;
pub mod persist;
pub mod project;
pub mod publish;
pub mod reference;
pub mod segment;
pub mod source;
pub mod sync;
pub mod verdict;
pub mod words;

pub use error::{Error, Result};
