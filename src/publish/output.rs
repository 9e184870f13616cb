//! The output directory, owned rather than assumed.
//!
//! In: the project's configuration. Out: an [`Owned`] output directory, claimed before the
//! build writes anything, and, after the build, the removal of exactly the files that the
//! previous build's manifest records and this build did not write again, each only if it
//! still holds the bytes recorded (path *and* sha256). Everything else found in the output
//! is left alone and reported.
//!
//! A claim resolves every path first (symlinks followed, `..` applied) and refuses an output
//! that is, contains or lies inside the sources or the locales, that contains the project
//! root or the template, or that already holds files but no relingo manifest: a directory
//! relingo did not create, such as a web root a `dist` link points to.

use rustc_hash::FxHashSet as HashSet;
use std::path::{Component, Path, PathBuf};

use super::manifest::{Manifest, Output};
use crate::project::Project;
use crate::{Error, Result, persist};

/// An output directory relingo may write into.
#[derive(Debug)]
pub struct Owned {
    /// As configured (what users read in messages).
    pub path: PathBuf,
    /// What the previous build here recorded (none for a new or empty directory).
    previous: Option<Manifest>,
}

/// What clean-up did after a build.
#[derive(Debug, Default)]
pub struct Cleanup {
    /// Files of the previous build that this one did not write again, removed.
    pub removed: usize,
    /// Files left alone, with why: changed since relingo wrote them, or never written by it.
    pub kept: Vec<String>,
}

/// Claims the output directory of `project` for a build.
pub fn claim(project: &Project) -> Result<Owned> {
    let (path, resolved) = placed(project)?;
    let refuse = |why: String| refused(&path, why);
    let previous = match std::fs::metadata(&resolved) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io(&path, "read", e)),
        Ok(meta) if !meta.is_dir() => {
            return Err(refuse(
                "is a file, but relingo build writes a directory there".to_string(),
            ));
        }
        Ok(_) => previous_manifest(&path, &resolved)?,
    };
    std::fs::create_dir_all(&path).map_err(|e| Error::io(&path, "create the output directory", e))?;
    if previous.is_none() {
        // Marks the directory as relingo's at once: a first build killed before its manifest
        // is written leaves an output the next build still accepts.
        Manifest::new(Vec::new(), Vec::new()).save(&path.join("manifest.json"))?;
    }
    remove_temporary_files(&path);
    Ok(Owned { path, previous })
}

/// An output directory, open, in which a build looks up many files: each lookup walks
/// the path from the directory, not from the root (a no-op build looks up every output).
pub struct Dir {
    #[cfg(unix)]
    handle: std::fs::File,
    #[cfg(not(unix))]
    path: PathBuf,
}

impl Dir {
    pub fn open(path: &Path) -> Option<Dir> {
        #[cfg(unix)]
        {
            std::fs::File::open(path).ok().map(|handle| Dir { handle })
        }
        #[cfg(not(unix))]
        {
            Some(Dir {
                path: path.to_path_buf(),
            })
        }
    }

    /// The size and modification time of the regular file at `relative`, if there is one
    /// (a symbolic link is not followed, and is no file).
    pub fn file(&self, relative: &str) -> Option<(u64, std::time::SystemTime)> {
        #[cfg(unix)]
        {
            use rustix::fs::{AtFlags, FileType, statat};
            let stat = statat(&self.handle, relative, AtFlags::SYMLINK_NOFOLLOW).ok()?;
            if FileType::from_raw_mode(stat.st_mode) != FileType::RegularFile {
                return None;
            }
            let since_epoch = std::time::Duration::new(
                u64::try_from(stat.st_mtime).ok()?,
                u32::try_from(stat.st_mtime_nsec).ok()?,
            );
            Some((
                u64::try_from(stat.st_size).ok()?,
                std::time::UNIX_EPOCH + since_epoch,
            ))
        }
        #[cfg(not(unix))]
        {
            let meta = std::fs::symlink_metadata(self.path.join(relative)).ok()?;
            meta.is_file().then_some(())?;
            Some((meta.len(), meta.modified().ok()?))
        }
    }
}

/// The output directory of `project`, as configured and resolved, once it is known not to
/// be or contain the project, not to overlap the sources or locales, and not to hold the
/// template. `build` and `manifest merge` both write there only after this.
pub fn placed(project: &Project) -> Result<(PathBuf, PathBuf)> {
    let config = &project.config;
    let path = config.paths.output.clone();
    let resolved = resolve(&path);
    let refuse = |why: String| refused(&path, why);
    let root = resolve(&config.root);
    if resolved == root || root.starts_with(&resolved) {
        return Err(refuse(format!(
            "is where the project lives ({}); relingo build would write among its files",
            root.display()
        )));
    }
    for (dir, name) in [
        (&config.paths.sources, "sources"),
        (&config.paths.locales, "locales"),
    ] {
        let dir = resolve(dir);
        if resolved.starts_with(&dir) || dir.starts_with(&resolved) {
            return Err(refuse(format!(
                "overlaps the {name} ({}) once paths are resolved; relingo build would overwrite them",
                dir.display()
            )));
        }
    }
    if let Some(template) = &config.template
        && resolve(template).starts_with(&resolved)
    {
        return Err(refuse(format!("holds the template {}", template.display())));
    }
    Ok((path, resolved))
}

/// The error for an output relingo will not write into, with where to point it instead.
fn refused(path: &Path, why: String) -> Error {
    Error::file(
        path,
        why,
        Some("set [paths] output in relingo.toml to a directory of its own, such as \"dist\"".to_string()),
    )
}

/// The manifest a previous build left in the existing directory `dir`; `None` when the
/// directory is empty. A directory with other files and no manifest is not relingo's.
fn previous_manifest(path: &Path, dir: &Path) -> Result<Option<Manifest>> {
    let manifest = dir.join("manifest.json");
    if std::fs::symlink_metadata(&manifest).is_ok() {
        let read = Manifest::read(&manifest).map_err(|e| {
            Error::file(
                path,
                format!("holds a manifest.json that is not relingo's ({e})"),
                Some(
                    "build into an empty directory, or remove it if it is an old relingo output".to_string(),
                ),
            )
        })?;
        return Ok(Some(read));
    }
    let foreign: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(path, "read", e))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('.'))
        .collect();
    if foreign.is_empty() {
        return Ok(None);
    }
    let mut shown = foreign;
    shown.sort();
    let more = shown.len().saturating_sub(3);
    shown.truncate(3);
    Err(Error::file(
        path,
        format!(
            "holds files relingo did not write ({}{}) and no relingo manifest.json",
            shown.join(", "),
            if more > 0 { format!(" and {more} more") } else { String::new() }
        ),
        Some("point [paths] output at an empty or new directory; relingo writes only where it owns the directory".to_string()),
    ))
}

impl Owned {
    /// What the previous build here recorded.
    pub fn previous(&self) -> Option<&Manifest> {
        self.previous.as_ref()
    }

    /// After a complete build that wrote `outputs` (paths relative to the output): removes
    /// what the previous build wrote and this one did not, if unchanged; reports the rest.
    pub fn clean_up(&self, outputs: &HashSet<&str>) -> Result<Cleanup> {
        let mut cleanup = Cleanup::default();
        let mut recorded: HashSet<&str> = HashSet::default();
        for old in self.previous.iter().flat_map(|m| m.all_outputs()) {
            recorded.insert(old.path.as_str());
            if outputs.contains(old.path.as_str()) {
                continue;
            }
            let Some(file) = self.inside(&old.path) else {
                cleanup.kept.push(format!(
                    "{}: recorded with a path outside the output; ignored",
                    old.path
                ));
                continue;
            };
            match still_as_written(&file, old) {
                Some(true) => {
                    std::fs::remove_file(&file).map_err(|e| Error::io(&file, "remove", e))?;
                    cleanup.removed += 1;
                    // Folders it leaves empty go too, up to the output (`_preview/cy/`).
                    for dir in file.ancestors().skip(1).take_while(|d| *d != self.path) {
                        if std::fs::remove_dir(dir).is_err() {
                            break; // not empty
                        }
                    }
                }
                Some(false) => cleanup.kept.push(format!(
                    "{}: changed since relingo wrote it; left as it is",
                    old.path
                )),
                None => {}
            }
        }
        let relingo_wrote = |relative: &str| {
            outputs.contains(relative) || recorded.contains(relative) || relative == "manifest.json"
        };
        let known = folders_of(outputs.iter().chain(recorded.iter()).copied());
        let unknown = Walk {
            root: &self.path,
            known_folders: &known,
            relingo_wrote: &relingo_wrote,
        }
        .unknown_in("")?;
        cleanup.kept.extend(
            unknown
                .into_iter()
                .map(|found| format!("{found}: not written by relingo; left as it is")),
        );
        cleanup.kept.sort();
        Ok(cleanup)
    }

    /// `relative` joined to the output, or `None` if it would lead out of it.
    fn inside(&self, relative: &str) -> Option<PathBuf> {
        let path = Path::new(relative);
        path.components()
            .all(|c| matches!(c, Component::Normal(_)))
            .then(|| self.path.join(path))
    }
}

/// A walk of the output for the entries relingo did not write: every file in a folder it
/// writes into (pages sit one level down, images two), and each other folder as one entry
/// rather than all it holds. Hidden entries are skipped; symbolic links are listed, never
/// followed. Folders are read in parallel, and an entry relingo wrote costs no path of its
/// own, only its name as the listing gives it (a build with nothing changed walks every one of
/// its outputs).
struct Walk<'a> {
    root: &'a Path,
    known_folders: &'a HashSet<&'a str>,
    relingo_wrote: &'a (dyn Fn(&str) -> bool + Sync),
}

impl Walk<'_> {
    /// The entries under `folder` (relative, `/`-separated; empty for the output itself)
    /// that relingo did not write.
    fn unknown_in(&self, folder: &str) -> Result<Vec<String>> {
        use rayon::prelude::*;
        let entries = match std::fs::read_dir(self.root.join(folder)) {
            Ok(entries) => entries,
            Err(e) if folder.is_empty() => return Err(Error::io(self.root, "read", e)),
            Err(_) => return Ok(Vec::new()),
        };
        let mut unknown = Vec::new();
        let mut subfolders = Vec::new();
        let mut relative = String::new();
        for entry in entries.filter_map(|e| e.ok()) {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            relative.clear();
            if !folder.is_empty() {
                relative.push_str(folder);
                relative.push('/');
            }
            relative.push_str(&name);
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            if is_dir && self.known_folders.contains(relative.as_str()) {
                subfolders.push(relative.clone());
            } else if !(self.relingo_wrote)(&relative) {
                unknown.push(relative.clone());
            }
        }
        let below = subfolders
            .par_iter()
            .map(|sub| self.unknown_in(sub))
            .collect::<Result<Vec<_>>>()?;
        unknown.extend(below.into_iter().flatten());
        Ok(unknown)
    }
}

/// Every folder that holds one of `paths` (`a/b/c.jpg` → `a`, `a/b`), borrowed from them.
fn folders_of<'a>(paths: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
    let mut folders = HashSet::default();
    for path in paths {
        let mut end = 0;
        while let Some(slash) = path[end..].find('/') {
            end += slash;
            folders.insert(&path[..end]);
            end += 1;
        }
    }
    folders
}

/// Whether the regular file at `path` holds what `recorded` says (`None`: it is gone).
fn still_as_written(path: &Path, recorded: &Output) -> Option<bool> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.is_file() || meta.len() != recorded.size {
        return Some(false);
    }
    let bytes = crate::input::read_bytes(path, crate::input::Links::Refuse).ok()?;
    Some(Output::digest(&bytes) == recorded.sha256)
}

/// Temporary files an interrupted build left in the output and its folders: never published.
fn remove_temporary_files(output: &Path) {
    persist::remove_leftovers(output, std::time::Duration::ZERO);
    if let Ok(entries) = std::fs::read_dir(output) {
        for dir in entries
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        {
            persist::remove_leftovers(&dir.path(), std::time::Duration::ZERO);
        }
    }
}

/// `path` made absolute with symlinks followed as far as it exists, and `..` applied to the
/// rest, so that two spellings of one directory compare equal.
pub fn resolve(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            let mut resolved = real;
            for part in rest.iter().rev() {
                match part {
                    Component::ParentDir => {
                        resolved.pop();
                    }
                    Component::CurDir => {}
                    other => resolved.push(other),
                }
            }
            return resolved;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                existing = parent;
            }
            _ => return absolute,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_spellings_of_a_directory_resolve_alike() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("src")).unwrap();
        assert_eq!(resolve(&dir.path().join("src/..")), resolve(dir.path()));
        assert_eq!(
            resolve(&dir.path().join("missing/../other")),
            resolve(dir.path()).join("other")
        );
    }
}
