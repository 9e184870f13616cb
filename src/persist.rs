//! Writing files so that nothing is ever half-written or lost.
//!
//! In: a path and the bytes it should hold; for a file a person may be editing, also the bytes
//! it held when relingo read it. Out: the file holds the new bytes, written through a
//! temporary file in the same directory and renamed into place (atomic on POSIX), with the old
//! file's permissions; when the bytes are already there nothing is written and the mtime is
//! unchanged. Symlinks, read-only files and anything but regular files are refused, never
//! written through.
//!
//! [`replace_read`] is for translators' files: it replaces a file only if it still holds what
//! was read, so that an editor's save made while a command ran is never overwritten. On Linux
//! the new file is swapped in with `renameat2(RENAME_EXCHANGE)`, which hands back what stood
//! there at that instant, so even a save landing between the last check and the swap is seen
//! and put back; elsewhere the check is made just before the rename. The file swapped out is
//! kept a moment ([`Displaced`], [`settle`]): an editor whose `open` ran across the swap
//! writes its save there, and it is put back. (An advisory lock would not help: editors take
//! none.)
//!
//! Temporary files are named `.relingo-*.tmp`; one left by an interrupted run is removed by
//! [`remove_leftovers`] at the start of the next command that writes into that folder.

use std::io::Write;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::{Error, Result};

/// How hard a write must try to survive a crash of the machine (a crash of relingo never
/// leaves a half-written file either way: the rename is atomic).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Flushed to disk before the rename: for what people wrote (translations, configs).
    Durable,
    /// Left to the operating system: for what relingo can write again (build outputs,
    /// reference catalogs), where a flush per file would cost more than the work itself.
    Regenerable,
}

/// Writes `bytes` to `path` unless it already holds them; returns whether it wrote.
pub fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<bool> {
    write_if_changed_with(path, &|out| out.write_all(bytes), Durability::Durable)
}

/// [`write_if_changed`] for files relingo generates.
pub fn write_generated(path: &Path, bytes: &[u8]) -> Result<bool> {
    write_if_changed_with(path, &|out| out.write_all(bytes), Durability::Regenerable)
}

/// [`write_generated`] for content that `produce` writes out: it is produced once to be
/// compared with the file and once more to be written if it differs, so a large output (the
/// manifest of a big build) is never held in memory whole.
pub fn write_generated_streamed(
    path: &Path,
    produce: &dyn Fn(&mut dyn Write) -> std::io::Result<()>,
) -> Result<bool> {
    write_if_changed_with(path, produce, Durability::Regenerable)
}

/// Replaces the file at `path` with `bytes`, provided it still holds `read`, what the caller
/// read from it (`None`: there was no file, and one must not have appeared since). Returns
/// whether it wrote; [`Error::ChangedMeanwhile`] when someone else wrote the file meanwhile,
/// whose bytes are then left in place.
pub fn replace_read(path: &Path, read: Option<&[u8]>, bytes: &[u8]) -> Result<Replaced> {
    let replacement = Replacement { path, read, bytes };
    let Some(staged) = replacement.stage()? else {
        return Ok(Replaced::default());
    };
    flush(&[&staged.temp])?;
    staged.place()
}

/// One file for [`replace_all`]: what it should hold, and what relingo read from it (`None`:
/// there was no file).
#[derive(Debug, Clone, Copy)]
pub struct Replacement<'a> {
    pub path: &'a Path,
    pub read: Option<&'a [u8]>,
    pub bytes: &'a [u8],
}

/// [`replace_read`] for many files at once, with the same guarantees for each; returns one
/// outcome per replacement, in order.
///
/// Each replacement is written beside its file first; then all of them are flushed to disk
/// together (one `syncfs` per filesystem on Linux, instead of one `fsync` per file, each of
/// which waits for its own journal commit); only then is each swapped into place. A file
/// saved since it was read, or that holds the new bytes already, is left as [`replace_read`]
/// leaves it.
pub fn replace_all(replacements: &[Replacement]) -> Vec<Result<Replaced>> {
    use rayon::prelude::*;
    let staged: Vec<Result<Option<Staged>>> = replacements.par_iter().map(|r| r.stage()).collect();
    let temps: Vec<&NamedTempFile> = staged
        .iter()
        .filter_map(|s| s.as_ref().ok()?.as_ref().map(|s| &s.temp))
        .collect();
    if let Err(e) = flush(&temps) {
        // Nothing was swapped in yet: dropping the staged files removes them.
        return replacements
            .iter()
            .map(|r| Err(not_flushed(r.path, &e)))
            .collect();
    }
    staged
        .into_par_iter()
        .map(|staged| match staged? {
            Some(staged) => staged.place(),
            None => Ok(Replaced::default()),
        })
        .collect()
}

fn not_flushed(path: &Path, error: &Error) -> Error {
    Error::file(
        path,
        format!("was left as it was: its replacement could not be flushed to disk ({error})"),
        Some("check that the disk has room and works, then run the command again".to_string()),
    )
}

/// A replacement written beside its file, not flushed and not yet in place.
struct Staged<'a> {
    replacement: Replacement<'a>,
    temp: NamedTempFile,
}

impl<'a> Replacement<'a> {
    /// Writes the new bytes beside the file (`None`: the file holds them already), or says
    /// why not: the file changed since it was read, or cannot be replaced.
    fn stage(&self) -> Result<Option<Staged<'a>>> {
        let Replacement { path, read, bytes } = *self;
        if !self.still_as_read()? {
            return Ok(None);
        }
        let permissions = match read {
            Some(_) => Some(writable_permissions(path)?),
            None => None,
        };
        let temp = stage(
            path,
            &|out| out.write_all(bytes),
            permissions,
            Durability::Regenerable,
        )?;
        Ok(Some(Staged {
            replacement: *self,
            temp,
        }))
    }
}

impl Replacement<'_> {
    /// Whether the file still holds what was read: `Ok(false)` when it holds the new bytes
    /// already, [`Error::ChangedMeanwhile`] when it holds anything else.
    fn still_as_read(&self) -> Result<bool> {
        let current = match crate::input::read_bytes(self.path, crate::input::Links::Refuse) {
            Ok(current) => Some(current),
            Err(e) if e.is_not_found() => None,
            Err(e) => return Err(e),
        };
        if current.as_deref() == Some(self.bytes) {
            return Ok(false);
        }
        if current.as_deref() != self.read {
            return Err(changed_meanwhile(self.path));
        }
        Ok(true)
    }
}

impl Staged<'_> {
    /// Puts the (flushed) staged file in place, if the file there is still as read.
    ///
    /// The file is compared again just before the swap: a save made while the batch was
    /// staged and flushed is found here, before relingo's text stands in its place even for
    /// an instant (an editor that reloads a file as it changes could show it).
    fn place(self) -> Result<Replaced> {
        if !self.replacement.still_as_read()? {
            return Ok(Replaced::default());
        }
        let Replacement { path, read, bytes } = self.replacement;
        let displaced = match read {
            None => {
                self.temp
                    .persist_noclobber(path)
                    .map_err(|e| match e.error.kind() {
                        std::io::ErrorKind::AlreadyExists => changed_meanwhile(path),
                        _ => Error::io(path, "create", e.error),
                    })?;
                None
            }
            Some(read) => swap_in(self.temp, path, read, bytes)?,
        };
        Ok(Replaced {
            wrote: true,
            displaced,
        })
    }
}

/// Makes the content of `temps` durable: one file is flushed by itself; many share one
/// `syncfs` per filesystem they are on (Linux), or are flushed one by one elsewhere.
fn flush(temps: &[&NamedTempFile]) -> Result<()> {
    let flush_one = |temp: &NamedTempFile| {
        temp.as_file()
            .sync_all()
            .map_err(|e| Error::io(temp.path(), "flush", e))
    };
    #[cfg(target_os = "linux")]
    if temps.len() > 1 {
        use std::os::unix::fs::MetadataExt;
        let mut filesystems = std::collections::BTreeMap::new();
        for temp in temps {
            let meta = temp
                .as_file()
                .metadata()
                .map_err(|e| Error::io(temp.path(), "read", e))?;
            filesystems.entry(meta.dev()).or_insert(*temp);
        }
        return filesystems.into_values().try_for_each(|temp| {
            rustix::fs::syncfs(temp.as_file()).map_err(|e| Error::io(temp.path(), "flush", e.into()))
        });
    }
    use rayon::prelude::*;
    temps.par_iter().try_for_each(|temp| flush_one(temp))
}

/// What [`replace_read`] did.
#[derive(Debug, Default)]
#[must_use = "a displaced file must be settled"]
pub struct Replaced {
    pub wrote: bool,
    /// The file that was replaced, kept until [`settle`].
    pub displaced: Option<Displaced>,
}

/// A file that [`replace_read`] swapped out, as it was read, kept under its temporary name
/// for a moment: an editor that opened the file an instant before the swap (its `open` ran
/// while the swap happened) writes its save into this file, not into the one now in place.
/// [`settle`] puts such a late save back; otherwise it deletes the file.
#[derive(Debug)]
pub struct Displaced {
    path: PathBuf,
    temp: PathBuf,
    /// Size and modification time of the displaced file and of the new one, just after
    /// the swap: a write into either changes them.
    displaced: (u64, std::time::SystemTime),
    placed: (u64, std::time::SystemTime),
    at: std::time::Instant,
}

/// How long a displaced file is kept before it is deleted: far longer than an editor takes
/// from opening a file to writing it.
pub const SETTLE_AFTER: std::time::Duration = std::time::Duration::from_millis(50);

fn size_and_mtime(path: &Path) -> std::io::Result<(u64, std::time::SystemTime)> {
    let meta = std::fs::symlink_metadata(path)?;
    Ok((meta.len(), meta.modified()?))
}

/// Settles what a run displaced, after waiting (once for all of them) until each has been
/// out of place for [`SETTLE_AFTER`]. A displaced file nobody wrote into is deleted; one an
/// editor saved into is put back in place when the file there is still relingo's, or kept
/// beside it as `<name>.relingo-saved` otherwise. Returns, per file whose save was put back
/// or kept, why: that file is as its editor saved it, and the command should say so.
pub fn settle(displaced: Vec<Displaced>) -> Vec<(PathBuf, Error)> {
    if let Some(latest) = displaced.iter().map(|d| d.at).max() {
        std::thread::sleep(SETTLE_AFTER.saturating_sub(latest.elapsed()));
    }
    displaced
        .into_iter()
        .filter_map(|d| {
            let path = d.path.clone();
            d.settle().err().map(|e| (path, e))
        })
        .collect()
}

impl Displaced {
    fn settle(self) -> Result<()> {
        let Displaced {
            path,
            temp,
            displaced,
            placed,
            ..
        } = self;
        if size_and_mtime(&temp).is_ok_and(|now| now == displaced) {
            return std::fs::remove_file(&temp).map_err(|e| Error::io(&temp, "remove", e));
        }
        // A save went into the displaced file after the swap.
        if size_and_mtime(&path).is_ok_and(|now| now == placed) {
            restore(&temp, &path)?;
            let _ = std::fs::remove_file(&temp);
            return Err(changed_meanwhile(&path));
        }
        let kept = keep_beside(&temp, &path)?;
        Err(saved_twice(&path, &kept))
    }
}

/// Swaps the files at `temp` and `path` back.
#[cfg(target_os = "linux")]
fn restore(temp: &Path, path: &Path) -> Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, temp, CWD, path, RenameFlags::EXCHANGE)
        .map_err(|e| Error::io(path, "restore", e.into()))
}

#[cfg(not(target_os = "linux"))]
fn restore(temp: &Path, path: &Path) -> Result<()> {
    std::fs::rename(temp, path).map_err(|e| Error::io(path, "restore", e))
}

fn saved_twice(path: &Path, kept: &Path) -> Error {
    Error::file(
        path,
        format!(
            "was saved more than once while relingo wrote it; the newest save is in place, an earlier one kept as {}",
            kept.display()
        ),
        Some("compare the two and keep what you want; relingo changed neither".to_string()),
    )
}

fn changed_meanwhile(path: &Path) -> Error {
    Error::ChangedMeanwhile {
        path: path.to_path_buf(),
    }
}

/// Puts `temp` (holding `bytes`) at `path`, which held `read` an instant ago.
///
/// After each exchange the temporary name holds what was displaced. Once displaced, a file is
/// deleted only when it is known to be `read` (or relingo's own `bytes`); whatever else goes
/// wrong, it is kept beside `path` as `<name>.relingo-saved`, never removed.
#[cfg(target_os = "linux")]
fn swap_in(temp: NamedTempFile, path: &Path, read: &[u8], bytes: &[u8]) -> Result<Option<Displaced>> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    let exchange = |temp: &Path| renameat_with(CWD, temp, CWD, path, RenameFlags::EXCHANGE);
    match exchange(temp.path()) {
        Ok(()) => {}
        // A filesystem without exchange (some network and FUSE ones): check, then rename.
        Err(Errno::INVAL | Errno::NOTSUP | Errno::NOSYS) => {
            return rename_checked(temp, path, read).map(|()| None);
        }
        Err(e) => return Err(Error::io(path, "replace", e.into())),
    }
    // From here on the temporary name may hold someone's save: never let it be dropped.
    let temp = temp
        .into_temp_path()
        .keep()
        .map_err(|e| Error::io(path, "replace", e.error))?;
    let holds = |wanted: &[u8]| std::fs::read(&temp).is_ok_and(|b| b == wanted);
    // Taken before the content is compared: a write after this instant changes them and is
    // seen when the run settles; one before it changes the content, and is seen now.
    let displaced = size_and_mtime(&temp).map_err(|e| Error::io(&temp, "read", e))?;
    let placed = size_and_mtime(path).map_err(|e| Error::io(path, "read", e))?;
    if holds(read) {
        // Kept until settled: an editor's `open` may be running across the swap.
        return Ok(Some(Displaced {
            path: path.to_path_buf(),
            temp,
            displaced,
            placed,
            at: std::time::Instant::now(),
        }));
    }
    // A save landed between the check and the exchange: give it its place back.
    exchange(&temp).map_err(|e| Error::io(path, "restore", e.into()))?;
    if holds(bytes) {
        let _ = std::fs::remove_file(&temp);
        return Err(changed_meanwhile(path));
    }
    // Yet another save replaced ours between the two exchanges: that newest one is at the
    // temporary name now, and the earlier at `path`. Swap them: the newest goes in place.
    exchange(&temp).map_err(|e| Error::io(path, "restore", e.into()))?;
    let kept = keep_beside(&temp, path)?;
    Err(saved_twice(path, &kept))
}

/// Moves the file at `temp` beside `path` as `<name>.relingo-saved` (`-2`, `-3` … if taken).
#[cfg(target_os = "linux")]
fn keep_beside(temp: &Path, path: &Path) -> Result<PathBuf> {
    for n in 1.. {
        let suffix = if n == 1 {
            ".relingo-saved".to_string()
        } else {
            format!(".relingo-saved-{n}")
        };
        let kept = sibling(path, &suffix);
        match rustix::fs::renameat_with(
            rustix::fs::CWD,
            temp,
            rustix::fs::CWD,
            &kept,
            rustix::fs::RenameFlags::NOREPLACE,
        ) {
            Ok(()) => return Ok(kept),
            Err(rustix::io::Errno::EXIST) => continue,
            Err(e) => return Err(Error::io(&kept, "keep", e.into())),
        }
    }
    unreachable!("some name is free")
}

/// Moves the file at `temp` beside `path` as `<name>.relingo-saved` (`-2`, `-3` … if taken).
#[cfg(not(target_os = "linux"))]
fn keep_beside(temp: &Path, path: &Path) -> Result<PathBuf> {
    for n in 1.. {
        let suffix = if n == 1 {
            ".relingo-saved".to_string()
        } else {
            format!(".relingo-saved-{n}")
        };
        let kept = sibling(path, &suffix);
        if !kept.exists() {
            std::fs::rename(temp, &kept).map_err(|e| Error::io(&kept, "keep", e))?;
            return Ok(kept);
        }
    }
    unreachable!("some name is free")
}

#[cfg(not(target_os = "linux"))]
fn swap_in(temp: NamedTempFile, path: &Path, read: &[u8], _bytes: &[u8]) -> Result<Option<Displaced>> {
    rename_checked(temp, path, read).map(|()| None)
}

/// How long an empty file written a moment ago is watched for the rest of a save.
const SAVE_GRACE: std::time::Duration = std::time::Duration::from_millis(40);

/// Whether the file at `path`, which holds `read`, is an editor's save caught in the middle.
/// An editor that saves in place empties the file, then writes it: a file read empty, and
/// emptied a moment ago, is given a moment to fill before it counts as empty. (Only an empty
/// file is watched, so a run over many files that were just written costs nothing.)
fn save_in_progress(path: &Path, read: &[u8]) -> bool {
    let emptied_just_now = read.is_empty()
        && std::fs::metadata(path).and_then(|m| m.modified()).is_ok_and(|t| {
            t.elapsed()
                .is_ok_and(|age| age < std::time::Duration::from_secs(2))
        });
    if !emptied_just_now {
        return false;
    }
    std::thread::sleep(SAVE_GRACE);
    std::fs::read(path).map_or(true, |now| now != read)
}

/// Renames `temp` over `path` if `path` still holds `read`.
fn rename_checked(temp: NamedTempFile, path: &Path, read: &[u8]) -> Result<()> {
    let current = std::fs::read(path).map_err(|e| Error::io(path, "read", e))?;
    if current != read || save_in_progress(path, read) {
        return Err(changed_meanwhile(path));
    }
    temp.persist(path)
        .map_err(|e| Error::io(path, "replace", e.error))?;
    Ok(())
}

/// `path` with `suffix` appended to its file name.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// The permissions of the regular file at `path`, which must be writable.
fn writable_permissions(path: &Path) -> Result<std::fs::Permissions> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| Error::io(path, "read", e))?;
    if meta.permissions().readonly() {
        return Err(read_only(path));
    }
    Ok(meta.permissions())
}

fn read_only(path: &Path) -> Error {
    Error::file(
        path,
        "is read-only; relingo leaves it as it is",
        Some("make it writable (chmod u+w) if it should be updated".to_string()),
    )
}

/// Removes the temporary files (`.relingo-*.tmp`) that an interrupted write left in `dir`,
/// last modified at least `age` ago; returns how many. Only names relingo gives its
/// temporary files are touched. (The age spares a write in flight by a relingo run of
/// another project that shares the folder, which the project lock does not serialize.)
pub fn remove_leftovers(dir: &Path, age: std::time::Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let old_enough = |e: &std::fs::DirEntry| {
        e.metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|elapsed| elapsed >= age))
    };
    entries
        .filter_map(|e| e.ok())
        .filter(|e| is_temporary_name(&e.file_name().to_string_lossy()))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(old_enough)
        .filter(|e| std::fs::remove_file(e.path()).is_ok())
        .count()
}

/// Whether `name` is one relingo gives its temporary files.
pub fn is_temporary_name(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

const TEMP_PREFIX: &str = ".relingo-";
const TEMP_SUFFIX: &str = ".tmp";

/// How old a temporary file in a locale folder must be before it counts as left over.
pub const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_secs(60);

type Produce<'a> = &'a dyn Fn(&mut dyn Write) -> std::io::Result<()>;

fn write_if_changed_with(path: &Path, produce: Produce, durability: Durability) -> Result<bool> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(Error::file(
                path,
                "is a symbolic link; relingo does not write through links",
                Some("replace the link with a regular file inside the project".to_string()),
            ));
        }
        Ok(meta) if meta.is_dir() => {
            return Err(Error::file(path, "is a directory, expected a file", None));
        }
        // A FIFO would block the comparison, and a device must not be replaced by a file.
        Ok(meta) if !meta.is_file() => {
            return Err(Error::file(
                path,
                "is not a regular file (a FIFO, socket or device); relingo writes only regular files",
                Some("write to another path".to_string()),
            ));
        }
        Ok(meta) => {
            if file_holds(path, produce) {
                return Ok(false);
            }
            if meta.permissions().readonly() {
                return Err(read_only(path));
            }
            write_atomically(path, produce, Some(meta.permissions()), durability)?;
        }
        Err(_) => write_atomically(path, produce, None, durability)?,
    }
    Ok(true)
}

/// Whether the file at `path` holds exactly what `produce` writes (false if it cannot be read).
fn file_holds(path: &Path, produce: Produce) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut comparison = Comparison {
        file: std::io::BufReader::new(file),
        chunk: Vec::new(),
        differs: false,
    };
    // A difference is an error to the producer; `differs` still says so if a producer let
    // that error pass.
    if produce(&mut comparison).is_err() || comparison.differs {
        return false; // a difference, or the file could not be read
    }
    let mut rest = [0u8; 1];
    matches!(std::io::Read::read(&mut comparison.file, &mut rest), Ok(0))
}

/// A writer that compares what it is given with a file's bytes, in order, and fails from
/// the first difference on.
struct Comparison {
    file: std::io::BufReader<std::fs::File>,
    chunk: Vec<u8>,
    differs: bool,
}

impl Write for Comparison {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if !self.differs {
            self.chunk.resize(bytes.len(), 0);
            let read = std::io::Read::read_exact(&mut self.file, &mut self.chunk);
            self.differs = read.is_err() || self.chunk != bytes;
        }
        if self.differs {
            // Stops the producer at the first difference: what follows need not be made
            // twice (a large manifest is serialized again to be written).
            return Err(std::io::Error::other("differs from the file"));
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn write_atomically(
    path: &Path,
    produce: Produce,
    permissions: Option<std::fs::Permissions>,
    durability: Durability,
) -> Result<()> {
    let temp = stage(path, produce, permissions, durability)?;
    temp.persist(path)
        .map_err(|e| Error::io(path, "replace", e.error))?;
    Ok(())
}

/// A temporary file beside `path` holding what `produce` writes, ready to be renamed into place.
fn stage(
    path: &Path,
    produce: Produce,
    permissions: Option<std::fs::Permissions>,
    durability: Durability,
) -> Result<NamedTempFile> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let temp_in = |dir: &Path| {
        let mut builder = tempfile::Builder::new();
        builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
        #[cfg(unix)]
        if permissions.is_none() {
            use std::os::unix::fs::PermissionsExt;
            // A new file gets the mode `File::create` gives (0666 less the umask), not the
            // owner-only 0600 of a temporary file: a web server must be able to read a page.
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        builder.tempfile_in(dir)
    };
    // The directory usually exists (a build writes thousands of files into a few): only
    // create it when the first attempt says it is missing.
    let temp = match temp_in(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create directory", e))?;
            temp_in(dir)
        }
        result => result,
    }
    .map_err(|e| Error::io(dir, "create a temporary file in", e))?;
    let mut out = std::io::BufWriter::new(temp);
    produce(&mut out)
        .and_then(|()| out.flush())
        .map_err(|e| Error::io(path, "write", e))?;
    let temp = out
        .into_inner()
        .map_err(|e| Error::io(path, "write", e.into_error()))?;
    if durability == Durability::Durable {
        temp.as_file()
            .sync_all()
            .map_err(|e| Error::io(temp.path(), "flush", e))?;
    }
    if let Some(permissions) = permissions {
        std::fs::set_permissions(temp.path(), permissions)
            .map_err(|e| Error::io(temp.path(), "set permissions of", e))?;
    }
    Ok(temp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_saved_since_it_was_read_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "a = b\n").unwrap();
        std::fs::write(&path, "a = saved by an editor\n").unwrap();
        let err = replace_read(&path, Some(b"a = b\n"), b"a = c\n").unwrap_err();
        assert!(matches!(err, Error::ChangedMeanwhile { .. }), "{err}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "a = saved by an editor\n"
        );
    }

    #[test]
    fn a_file_that_appeared_since_it_was_found_missing_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "a = new\n").unwrap();
        let err = replace_read(&path, None, b"a = stub\n").unwrap_err();
        assert!(matches!(err, Error::ChangedMeanwhile { .. }), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a = new\n");
    }

    #[test]
    fn a_file_still_as_read_is_replaced_and_no_temporary_file_stays() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "a = b\n").unwrap();
        let replaced = replace_read(&path, Some(b"a = b\n"), b"a = c\n").unwrap();
        assert!(replaced.wrote);
        assert!(settle(replaced.displaced.into_iter().collect()).is_empty());
        assert!(!replace_read(&path, Some(b"a = b\n"), b"a = c\n").unwrap().wrote);
        assert!(
            replace_read(&dir.path().join("n.ftl"), None, b"n = m\n")
                .unwrap()
                .wrote
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a = c\n");
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["a.ftl", "n.ftl"]);
    }

    #[test]
    fn a_batch_replaces_what_is_as_read_and_leaves_each_other_file_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let file = |name: &str| dir.path().join(name);
        std::fs::write(file("read.ftl"), "a = b\n").unwrap();
        std::fs::write(file("saved.ftl"), "a = saved by an editor\n").unwrap();
        std::fs::write(file("done.ftl"), "a = c\n").unwrap();
        let (read, saved, done, new) = (
            file("read.ftl"),
            file("saved.ftl"),
            file("done.ftl"),
            file("new.ftl"),
        );
        let batch = [
            Replacement {
                path: &read,
                read: Some(b"a = b\n"),
                bytes: b"a = c\n",
            },
            Replacement {
                path: &saved,
                read: Some(b"a = b\n"),
                bytes: b"a = c\n",
            },
            Replacement {
                path: &done,
                read: Some(b"a = b\n"),
                bytes: b"a = c\n",
            },
            Replacement {
                path: &new,
                read: None,
                bytes: b"n = m\n",
            },
        ];
        let outcomes = replace_all(&batch);
        let wrote: Vec<Option<bool>> = outcomes
            .iter()
            .map(|o| o.as_ref().ok().map(|r| r.wrote))
            .collect();
        assert_eq!(wrote, [Some(true), None, Some(false), Some(true)]);
        assert!(matches!(outcomes[1], Err(Error::ChangedMeanwhile { .. })));
        let displaced = outcomes.into_iter().filter_map(|o| o.ok()?.displaced).collect();
        assert!(settle(displaced).is_empty());
        let read_back = |path: &Path| std::fs::read_to_string(path).unwrap();
        assert_eq!(read_back(&read), "a = c\n");
        assert_eq!(read_back(&saved), "a = saved by an editor\n");
        assert_eq!(read_back(&new), "n = m\n");
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, ["done.ftl", "new.ftl", "read.ftl", "saved.ftl"]);
    }

    #[test]
    fn leftover_temporary_files_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        for name in [".relingo-abc123.tmp", ".relingo-notes.txt", "page.tmp", "a.ftl"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        assert_eq!(
            remove_leftovers(dir.path(), std::time::Duration::from_secs(60)),
            0
        );
        assert_eq!(remove_leftovers(dir.path(), std::time::Duration::ZERO), 1);
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, [".relingo-notes.txt", "a.ftl", "page.tmp"]);
    }

    #[test]
    fn unchanged_content_is_not_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        assert!(write_if_changed(&path, b"a = b\n").unwrap());
        let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(!write_if_changed(&path, b"a = b\n").unwrap());
        assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), mtime);
    }

    #[test]
    fn a_save_written_into_the_replaced_file_after_the_swap_is_put_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "old = a\n").unwrap();
        // The editor's `open` ran across the swap: it holds the file that is swapped out.
        let mut editor = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
        let replaced = replace_read(&path, Some(b"old = a\n"), b"new = b\n").unwrap();
        assert!(replaced.wrote);
        editor.set_len(0).unwrap();
        editor.write_all(b"saved = c\n").unwrap();
        drop(editor);
        let problems = settle(replaced.displaced.into_iter().collect());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "saved = c\n");
        assert!(
            matches!(problems[..], [(_, Error::ChangedMeanwhile { .. })]),
            "{problems:?}"
        );
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "nothing left beside it"
        );
    }

    #[test]
    fn a_replaced_file_nobody_wrote_into_is_deleted_when_settled() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "old = a\n").unwrap();
        let replaced = replace_read(&path, Some(b"old = a\n"), b"new = b\n").unwrap();
        assert!(settle(replaced.displaced.into_iter().collect()).is_empty());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new = b\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn no_temporary_file_is_left_behind() {
        let dir = tempfile::tempdir().unwrap();
        write_if_changed(&dir.path().join("a.ftl"), b"x").unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["a.ftl"]);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.ftl");
        std::fs::write(&outside, "a = b\n").unwrap();
        let link = dir.path().join("link.ftl");
        std::os::unix::fs::symlink(&outside, &link).unwrap();
        let err = write_if_changed(&link, b"a = c\n").unwrap_err().to_string();
        assert!(err.contains("symbolic link"), "{err}");
        assert_eq!(std::fs::read_to_string(&outside).unwrap(), "a = b\n");
    }

    #[test]
    fn read_only_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "a = b\n").unwrap();
        let mut permissions = std::fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&path, permissions).unwrap();
        let err = write_if_changed(&path, b"a = c\n").unwrap_err().to_string();
        assert!(err.contains("read-only"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a = b\n");
    }

    #[test]
    fn streamed_content_is_compared_piece_by_piece_and_written_only_when_it_differs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest.json");
        let pieces = |parts: &'static [&'static str]| {
            move |out: &mut dyn Write| parts.iter().try_for_each(|p| out.write_all(p.as_bytes()))
        };
        assert!(write_generated_streamed(&path, &pieces(&["{", "\"a\"", "}\n"])).unwrap());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\"}\n");
        let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        // The same bytes cut differently: nothing to write.
        assert!(!write_generated_streamed(&path, &pieces(&["{\"", "a\"}", "\n"])).unwrap());
        assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), mtime);
        // A prefix of the file, or the file and more, differ from it.
        assert!(write_generated_streamed(&path, &pieces(&["{\"a\"}"])).unwrap());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\"}");
        assert!(write_generated_streamed(&path, &pieces(&["{\"a\"}", "\n"])).unwrap());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"a\"}\n");
    }

    #[test]
    fn a_difference_is_seen_even_by_a_producer_that_ignores_write_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("page.html");
        std::fs::write(&path, "ab").unwrap();
        // The comparison fails the write of `c`; a producer that lets that pass must not
        // leave the stale file in place (its length matches what was produced).
        let careless = |out: &mut dyn Write| {
            let _ = out.write_all(b"a");
            let _ = out.write_all(b"c");
            Ok(())
        };
        assert!(write_generated_streamed(&path, &careless).unwrap());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "ac");
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_gets_the_mode_any_new_file_gets() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain");
        std::fs::File::create(&plain).unwrap();
        let ours = dir.path().join("page.html");
        write_generated(&ours, b"<p>hi</p>").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&ours), mode(&plain));
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "a = b\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_if_changed(&path, b"a = c\n").unwrap();
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o640
        );
    }
}
