//! A relingo project on disk: its configuration, where its releases and catalogs live.
//!
//! In: the path of `relingo.toml` (or a directory to search from). Out: a [`Project`] that
//! knows the paths of sources and catalogs and reads them; every command starts here.

use std::path::{Path, PathBuf};

use crate::config::{self, Config};
use crate::locale::Locale;
use crate::source::{self, Release};
use crate::{Error, Result};

#[derive(Debug, Clone)]
pub struct Project {
    pub config: Config,
}

impl Project {
    /// Opens the project of `config` (a path to `relingo.toml`), or the one found from `start`
    /// upward.
    pub fn open(config: Option<&Path>, start: &Path) -> Result<Project> {
        let path = match config {
            Some(path) => path.to_path_buf(),
            None => config::find(start)?,
        };
        Ok(Project {
            config: Config::load(&path)?,
        })
    }

    /// Takes the project's write lock, which every command that writes into the project
    /// holds until it ends, so that two runs never interleave their writes; `on_wait` is
    /// called once if another run holds it, before waiting for it.
    ///
    /// The lock is an advisory `flock` on the project's root directory: it needs no file of
    /// its own, and the kernel drops it when the process ends however it ends, so a killed run
    /// never leaves a stale lock behind. (Editors take no such lock; [`crate::persist`]
    /// protects their saves.)
    pub fn lock_for_writing(&self, on_wait: impl FnOnce()) -> Result<WriteLock> {
        WriteLock::acquire(&self.config.root, on_wait)
    }

    /// This project with its output directory at `dir` (relative to the working directory,
    /// as a path given on the command line is) instead of the configured one. The output is
    /// claimed as any other ([`crate::publish::output`]): it may not overlap the sources or
    /// the locales.
    pub fn with_output(&self, dir: &Path) -> Project {
        let mut project = self.clone();
        project.config.paths.output = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        project
    }

    /// All releases of the sources directory, sorted by id, with what `[release.<id>]`
    /// tables of the configuration add to them (a plain release's title).
    pub fn releases(&self) -> Result<Vec<Release>> {
        let mut releases = source::read_dir(&self.config.paths.sources)?;
        for (id, settings) in &self.config.releases {
            let Some(release) = releases.iter_mut().find(|r| &r.id == id) else {
                return Err(Error::at(
                    settings.at.clone(),
                    format!(
                        "[release.{id}] names no release of {}",
                        self.display(&self.config.paths.sources)
                    ),
                    Some("a release's id is its source file's name without the extension".into()),
                ));
            };
            if let Some(title) = &settings.title {
                release.give_title(title).map_err(|message| {
                    Error::at(
                        settings.at.clone(),
                        format!("[release.{id}] title: {message}"),
                        None,
                    )
                })?;
            }
        }
        Ok(releases)
    }

    pub fn locale_dir(&self, locale: &Locale) -> PathBuf {
        self.config.paths.locales.join(locale.as_str())
    }

    /// `locales/<locale>/<release>.ftl`
    pub fn catalog_path(&self, locale: &Locale, release: &str) -> PathBuf {
        self.locale_dir(locale).join(format!("{release}.ftl"))
    }

    pub fn reference_path(&self, release: &str) -> PathBuf {
        self.catalog_path(&self.config.source_locale, release)
    }

    /// A path as users should read it: relative to the project root when inside it.
    pub fn display<'a>(&self, path: &'a Path) -> std::path::Display<'a> {
        path.strip_prefix(&self.config.root).unwrap_or(path).display()
    }

    /// The release ids of the catalogs in a locale folder (files named `_*.ftl`, such as
    /// `_terms.ftl`, are shared and belong to no release).
    pub fn catalog_ids(&self, locale: &Locale) -> Result<Vec<String>> {
        let dir = self.locale_dir(locale);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(dir, "read", e)),
        };
        let mut ids = Vec::new();
        for entry in entries {
            let path = entry.map_err(|e| Error::io(&dir, "read", e))?.path();
            if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("_");
            if !stem.starts_with('_') && source::check_release_id(stem).is_ok() {
                ids.push(stem.to_string());
            }
        }
        ids.sort();
        Ok(ids)
    }

    /// Folders under the locales directory that are not a configured locale, with the reason:
    /// they are ignored, and commands warn about them.
    pub fn stray_locale_dirs(&self) -> Vec<(PathBuf, String)> {
        let Ok(entries) = std::fs::read_dir(&self.config.paths.locales) else {
            return Vec::new();
        };
        let mut stray = Vec::new();
        for path in entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_dir())
        {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_string();
            let reason = match Locale::parse(&name) {
                Err(message) => message,
                Ok(l) if l == self.config.source_locale || self.config.locale(&l).is_some() => {
                    if l.as_str() == name {
                        continue;
                    }
                    format!("should be named `{l}` (the canonical form of `{name}`)")
                }
                Ok(l) => format!("`{l}` is not listed in `locales` of {}", config::FILE_NAME),
            };
            stray.push((path, reason));
        }
        stray.sort();
        stray
    }

    /// The releases that have a reference catalog, narrowed to `wanted` (`--release`) when
    /// given; a wanted release without one is a usage error.
    pub fn reference_ids(&self, wanted: &[String]) -> Result<Vec<String>> {
        let source = &self.config.source_locale;
        let mut ids = self.catalog_ids(source)?;
        if ids.is_empty() {
            return Err(Error::file(
                self.locale_dir(source),
                "holds no reference catalogs",
                Some("run `relingo extract` first".to_string()),
            ));
        }
        if let Some(missing) = wanted.iter().find(|w| !ids.contains(w)) {
            return Err(Error::Usage(format!(
                "--release: no reference catalog for `{missing}`"
            )));
        }
        if !wanted.is_empty() {
            ids.retain(|id| wanted.contains(id));
        }
        Ok(ids)
    }

    /// Resolves `--locale` arguments against the configuration.
    /// The one target locale a command works on (`--locale L`), checked as
    /// [`Project::select_locales`] checks it.
    pub fn select_locale(&self, wanted: &str) -> Result<Locale> {
        let mut one = self.select_locales(&[wanted.to_string()])?;
        Ok(one.remove(0))
    }

    pub fn select_locales(&self, wanted: &[String]) -> Result<Vec<Locale>> {
        let all: Vec<Locale> = self.config.locales.iter().map(|l| l.locale.clone()).collect();
        if wanted.is_empty() {
            return Ok(all);
        }
        wanted
            .iter()
            .map(|code| {
                let locale = Locale::parse(code).map_err(|m| Error::Usage(format!("--locale: {m}")))?;
                if all.contains(&locale) {
                    Ok(locale)
                } else {
                    Err(Error::Usage(format!(
                        "--locale: `{locale}` is not one of the project's locales ({})",
                        all.iter().map(Locale::as_str).collect::<Vec<_>>().join(", ")
                    )))
                }
            })
            .collect()
    }

    /// Keeps the releases named by `--release` arguments (all when none are given).
    pub fn select_releases(&self, releases: Vec<Release>, wanted: &[String]) -> Result<Vec<Release>> {
        if wanted.is_empty() {
            return Ok(releases);
        }
        for id in wanted {
            source::check_release_id(id).map_err(|m| Error::Usage(format!("--release: {m}")))?;
            if !releases.iter().any(|r| &r.id == id) {
                return Err(Error::Usage(format!(
                    "--release: no release `{id}` in the sources"
                )));
            }
        }
        Ok(releases.into_iter().filter(|r| wanted.contains(&r.id)).collect())
    }
}

/// The project's write lock, held until dropped.
#[derive(Debug)]
pub struct WriteLock {
    _held: Option<std::fs::File>,
}

impl WriteLock {
    #[cfg(unix)]
    fn acquire(root: &Path, on_wait: impl FnOnce()) -> Result<WriteLock> {
        let dir = if root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            root
        };
        let file = std::fs::File::open(dir).map_err(|e| Error::io(dir, "open", e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                on_wait();
                file.lock().map_err(|e| Error::io(dir, "lock", e))?;
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(dir, "lock", e)),
        }
        Ok(WriteLock { _held: Some(file) })
    }

    /// Without `flock` on a directory, runs are not serialized (each write is still atomic
    /// and checked against concurrent saves).
    #[cfg(not(unix))]
    fn acquire(_root: &Path, _on_wait: impl FnOnce()) -> Result<WriteLock> {
        Ok(WriteLock { _held: None })
    }
}
