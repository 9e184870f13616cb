//! Data safety end to end: no command loses a translator's save, reads what is not a regular
//! file, or deletes what it did not write.

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use relingo::locale::Locale;
use relingo::project::Project;

/// A project with `releases` releases of `paragraphs` paragraphs each, extracted and synced
/// for `fr`.
fn synced_project(releases: usize, paragraphs: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("relingo.toml"),
        "source-locale = \"en-GB\"\nlocales = [\"fr\"]\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    for r in 0..releases {
        let mut text = format!("+++\ntitle = \"Release number {r}\"\n+++\n");
        for p in 0..paragraphs {
            text.push_str(&format!("\nParagraph {p} of release {r} says something new.\n"));
        }
        std::fs::write(dir.path().join(format!("sources/release-{r}.md")), text).unwrap();
    }
    common::relingo_in(dir.path(), &["extract"]).success();
    common::relingo_in(dir.path(), &["sync"]).success();
    dir
}

/// How an editor writes a file when it saves.
#[derive(Clone, Copy, Debug)]
enum Save {
    /// A temporary file renamed over the old one (Vim, VS Code, most editors).
    Rename,
    /// The old file truncated and written again (nano, some IDEs).
    InPlace,
}

/// The file as the editor saves it the `n`-th time: the next `# @todo` stub translated (its
/// marker left for sync to remove) and a comment naming the save.
fn edited(text: &str, n: usize) -> Option<String> {
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| !l.starts_with("# save "))
        .map(str::to_string)
        .collect();
    // The first stub not translated yet (sync may not have removed the last save's marker).
    let (todo, message) = (0..lines.len())
        .filter(|&i| lines[i] == "# @todo")
        .find_map(|todo| {
            let message = todo + lines[todo..].iter().position(|l| !l.starts_with('#'))?;
            (!lines[message].contains(" = traduit ")).then_some((todo, message))
        })?;
    let (id, _) = lines[message].split_once(" = ")?;
    lines[message] = format!("{id} = traduit {n}");
    lines.insert(todo, format!("# save {n}"));
    Some(lines.join("\n") + "\n")
}

fn save(path: &Path, text: &str, how: Save) {
    match how {
        Save::Rename => {
            let temp = path.with_extension("ftl~");
            std::fs::write(&temp, text).unwrap();
            std::fs::rename(&temp, path).unwrap();
        }
        Save::InPlace => std::fs::write(path, text).unwrap(),
    }
}

/// How long the editor waits for a sync run to end before it saves on regardless.
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);

/// An editor saves the project's files over and over while sync runs again and again; every
/// save must survive: sync may only ever write a file derived from the latest save.
fn every_save_survives_sync(how: Save) {
    let dir = synced_project(6, 40);
    let files: Vec<PathBuf> = (0..6)
        .map(|r| dir.path().join(format!("locales/fr/release-{r}.ftl")))
        .collect();
    let project = Project::open(None, dir.path()).unwrap();
    let locales = [Locale::parse("fr").unwrap()];
    let options = relingo::sync::Options {
        prune: false,
        dry_run: false,
        memory_threshold: project.config.memory_threshold,
    };
    let done = AtomicBool::new(false);
    let runs = AtomicUsize::new(0);
    let mut saved: Vec<Vec<usize>> = vec![Vec::new(); files.len()];
    std::thread::scope(|scope| {
        let syncer = scope.spawn(|| {
            while !done.load(Ordering::Relaxed) {
                relingo::sync::run(&project, &locales, &[], &options).unwrap();
                runs.fetch_add(1, Ordering::Relaxed);
            }
        });
        // Stops the syncer however the editor's loop ends, an assertion failing included.
        struct Stop<'a>(&'a AtomicBool);
        impl Drop for Stop<'_> {
            fn drop(&mut self) {
                self.0.store(true, Ordering::Relaxed);
            }
        }
        let stop = Stop(&done);
        for n in 0..240 {
            // Paced to sync: run k has ended before save 40·k, so the saves race at least
            // six runs however slow a loaded machine makes each of them.
            let waiting = std::time::Instant::now();
            while runs.load(Ordering::Relaxed) < n / 40 && waiting.elapsed() < PATIENCE {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            let f = n % files.len();
            let text = std::fs::read_to_string(&files[f]).unwrap();
            for &earlier in &saved[f] {
                assert!(
                    text.contains(&format!(" = traduit {earlier}\n")),
                    "save {earlier} of {} was lost before save {n}",
                    files[f].display()
                );
            }
            if let Some(&last) = saved[f].last() {
                assert!(
                    text.contains(&format!("# save {last}\n")),
                    "save {last} was reverted"
                );
            }
            let Some(next) = edited(&text, n) else { continue };
            save(&files[f], &next, how);
            saved[f].push(n);
            std::thread::sleep(std::time::Duration::from_micros(300));
        }
        drop(stop);
        syncer.join().unwrap();
        assert!(
            runs.load(Ordering::Relaxed) >= 5,
            "sync ran too few times to race the editor"
        );
    });
    relingo::sync::run(&project, &locales, &[], &options).unwrap();
    for (file, saves) in files.iter().zip(&saved) {
        let text = std::fs::read_to_string(file).unwrap();
        for n in saves {
            assert!(
                text.contains(&format!(" = traduit {n}\n")),
                "save {n} lost in {}",
                file.display()
            );
        }
        let stubs = text.matches("# @todo").count();
        assert_eq!(stubs + saves.len(), 41, "sync finished every translated stub");
    }
}

#[test]
fn saves_by_rename_during_sync_are_never_lost() {
    every_save_survives_sync(Save::Rename);
}

#[test]
fn saves_in_place_during_sync_are_never_lost() {
    every_save_survives_sync(Save::InPlace);
}

/// Runs `relingo ARGS…` in `dir`, killed if it takes longer than a few seconds.
fn relingo_with_timeout(dir: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    assert_cmd::Command::cargo_bin("relingo")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .timeout(std::time::Duration::from_secs(20))
        .assert()
}

#[cfg(unix)]
#[test]
fn a_fifo_named_like_a_catalog_is_refused_by_every_command_instead_of_hanging() {
    let dir = synced_project(1, 2);
    let fifo = dir.path().join("locales/fr/release-0.ftl");
    std::fs::remove_file(&fifo).unwrap();
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    every_reading_command_says(dir.path(), "named pipe (FIFO), not a regular file");
}

/// Runs every command that reads the locale files and asserts each ends (none hangs) and
/// says `needle` on stdout or stderr.
fn every_reading_command_says(dir: &Path, needle: &str) {
    for args in [
        &["sync"][..],
        &["status"],
        &["check"],
        &["build"],
        &["export", "--locale", "fr", "--format", "po", "--output", "fr.po"],
    ] {
        let out = relingo_with_timeout(dir, args).get_output().clone();
        assert!(out.status.code().is_some(), "`relingo {}` hung", args.join(" "));
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            text.contains(needle),
            "`relingo {}` did not say `{needle}`:\n{text}",
            args.join(" ")
        );
    }
}

#[cfg(unix)]
#[test]
fn every_command_refuses_a_symlinked_catalog_alike() {
    let dir = synced_project(1, 2);
    let file = dir.path().join("locales/fr/release-0.ftl");
    let elsewhere = dir.path().join("elsewhere.ftl");
    std::fs::rename(&file, &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &file).unwrap();
    every_reading_command_says(dir.path(), "is a symbolic link");
}

#[test]
fn temporary_files_of_an_interrupted_run_are_removed_by_the_next() {
    let dir = synced_project(1, 2);
    let leftover = dir.path().join("locales/fr/.relingo-Xy12ab.tmp");
    std::fs::write(&leftover, "half a file").unwrap();
    let fresh = dir.path().join("locales/fr/.relingo-Zz34cd.tmp");
    std::fs::write(&fresh, "another run's write in flight").unwrap();
    let an_hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&leftover)
        .unwrap()
        .set_modified(an_hour_ago)
        .unwrap();
    common::relingo_in(dir.path(), &["sync"]).success();
    assert!(!leftover.exists());
    assert!(
        fresh.exists(),
        "a temporary file a minute old or less may be another run's"
    );
}

/// A built project whose relingo.toml sets `[paths] output` to `output`.
fn project_with_output(output: &str) -> tempfile::TempDir {
    let dir = synced_project(2, 2);
    std::fs::write(
        dir.path().join("relingo.toml"),
        format!("source-locale = \"en-GB\"\nlocales = [\"fr\"]\n\n[paths]\noutput = \"{output}\"\n"),
    )
    .unwrap();
    dir
}

/// Every file under `dir`, relative, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().map(|e| e.unwrap().path()) {
            if e.is_dir() {
                stack.push(e);
            } else {
                files.push(e.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    files.sort();
    files
}

#[test]
fn an_output_that_resolves_to_the_project_root_is_refused_and_nothing_is_deleted() {
    for output in ["sources/..", "locales/fr/../..", "."] {
        let dir = project_with_output(output);
        let before = tree(dir.path());
        common::relingo_in(dir.path(), &["build"])
            .code(2)
            .stderr(predicates::str::contains("is where the project lives"));
        assert_eq!(tree(dir.path()), before, "output = {output:?}");
    }
}

#[test]
fn an_output_that_contains_the_project_is_refused() {
    let parent = tempfile::tempdir().unwrap();
    let sibling = parent.path().join("sibling.html");
    std::fs::write(&sibling, "another project's page").unwrap();
    let dir = project_with_output("..");
    common::relingo_in(dir.path(), &["build"])
        .code(2)
        .stderr(predicates::str::contains("is where the project lives"));
    assert!(sibling.exists());
}

#[test]
fn an_output_inside_the_sources_or_locales_is_refused_however_it_is_spelled() {
    for output in ["sources/out", "dist/../locales/x", "locales"] {
        let dir = project_with_output(output);
        common::relingo_in(dir.path(), &["build"])
            .code(2)
            .stderr(predicates::str::contains("overlaps the"));
    }
}

#[test]
fn an_output_beside_the_sources_spelled_through_them_is_accepted() {
    let dir = project_with_output("sources/../dist2");
    common::relingo_in(dir.path(), &["build"]).success();
    assert!(dir.path().join("dist2/manifest.json").exists());
}

#[cfg(unix)]
#[test]
fn a_dist_link_to_a_web_root_with_other_pages_is_refused() {
    let dir = synced_project(2, 2);
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir(site.path().join("news")).unwrap();
    std::fs::write(site.path().join("index.html"), "the site").unwrap();
    std::fs::write(site.path().join("news/old.html"), "an old page").unwrap();
    std::os::unix::fs::symlink(site.path(), dir.path().join("dist")).unwrap();
    common::relingo_in(dir.path(), &["build"])
        .code(2)
        .stderr(predicates::str::contains(
            "holds files relingo did not write (index.html, news)",
        ));
    assert_eq!(tree(site.path()), ["index.html", "news/old.html"]);
}

#[cfg(unix)]
#[test]
fn a_dist_link_to_an_empty_directory_is_followed() {
    let dir = synced_project(2, 2);
    let site = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(site.path(), dir.path().join("dist")).unwrap();
    common::relingo_in(dir.path(), &["build"]).success();
    assert!(site.path().join("manifest.json").exists());
    // Built once, it holds relingo's manifest: the next build goes ahead.
    common::relingo_in(dir.path(), &["build"]).success();
}

#[test]
fn a_build_removes_only_what_its_last_manifest_recorded_unchanged() {
    let dir = synced_project(2, 2);
    common::relingo_in(dir.path(), &["build"]).success();
    let dist = dir.path().join("dist");
    // Someone's own files in the output, and one of relingo's pages edited by hand.
    std::fs::write(dist.join("CNAME"), "press.example.org").unwrap();
    std::fs::write(dist.join("fr/notes.html"), "mine").unwrap();
    std::fs::create_dir_all(dist.join("assets/fonts")).unwrap();
    std::fs::write(dist.join("assets/site.css"), "body{}").unwrap();
    std::fs::write(dist.join("assets/fonts/a.woff2"), "font").unwrap();
    std::fs::write(dist.join("fr/release-1.txt"), "edited by hand").unwrap();
    // The second release goes away: its outputs are leftovers now.
    std::fs::remove_file(dir.path().join("sources/release-1.md")).unwrap();
    common::relingo_in(dir.path(), &["extract"]).success();
    let out = common::relingo_in(dir.path(), &["build"]).success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(!dist.join("fr/release-1.html").exists());
    assert!(!dist.join("en-GB/release-1.md").exists());
    assert_eq!(
        std::fs::read_to_string(dist.join("fr/release-1.txt")).unwrap(),
        "edited by hand"
    );
    assert!(dist.join("CNAME").exists() && dist.join("fr/notes.html").exists());
    assert!(stderr.contains("removed"), "{stderr}");
    assert!(
        stderr.contains("dist/fr/release-1.txt: changed since relingo wrote it"),
        "{stderr}"
    );
    assert!(stderr.contains("dist/CNAME: not written by relingo"), "{stderr}");
    assert!(
        stderr.contains("dist/fr/notes.html: not written by relingo"),
        "{stderr}"
    );
    // A folder of one's own is named once, not file by file.
    assert!(stderr.contains("dist/assets: not written by relingo"), "{stderr}");
    assert!(!stderr.contains("dist/assets/"), "{stderr}");
    assert!(dist.join("assets/fonts/a.woff2").exists());
}

#[test]
fn a_manifest_naming_files_outside_the_output_deletes_nothing_there() {
    let dir = synced_project(1, 2);
    common::relingo_in(dir.path(), &["build"]).success();
    let victim = dir.path().join("sources/release-0.md");
    let bytes = std::fs::read(&victim).unwrap();
    let manifest_path = dir.path().join("dist/manifest.json");
    let mut manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&manifest_path).unwrap()).unwrap();
    let mut forged = manifest["outputs"][0].clone();
    forged["path"] = "../sources/release-0.md".into();
    forged["size"] = bytes.len().into();
    let digest: String = sha256_hex(&bytes);
    forged["sha256"] = digest.into();
    manifest["outputs"].as_array_mut().unwrap().push(forged);
    std::fs::write(&manifest_path, serde_json::to_string_pretty(&manifest).unwrap()).unwrap();
    common::relingo_in(dir.path(), &["build"]).success();
    assert_eq!(std::fs::read(&victim).unwrap(), bytes);
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn a_killed_builds_temporary_files_and_spool_are_cleared_and_never_published() {
    let dir = synced_project(1, 2);
    common::relingo_in(dir.path(), &["build"]).success();
    let half = dir.path().join("dist/fr/.relingo-a1b2c3.tmp");
    std::fs::write(&half, "<p>half a pa").unwrap();
    let spool = dir.path().join(".dist.relingo-spool");
    std::fs::create_dir(&spool).unwrap();
    std::fs::write(spool.join("fr.pairs.jsonl"), "{}").unwrap();
    common::relingo_in(dir.path(), &["build"]).success();
    assert!(!half.exists() && !spool.exists());
    let manifest = std::fs::read_to_string(dir.path().join("dist/manifest.json")).unwrap();
    assert!(!manifest.contains(".tmp"));
}

/// A project with one Markdown release whose French file holds `title` and `paragraph` as
/// the translations of its title and first paragraph; the second paragraph says `[sic]`.
fn project_translated_as(title: &str, paragraph: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("relingo.toml"),
        "source-locale = \"en-GB\"\nlocales = [\"fr\"]\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("sources")).unwrap();
    std::fs::write(
        dir.path().join("sources/r.md"),
        "+++\ntitle = \"Release\"\n+++\n\nParagraph one.\n\nSee [sic] here.\n",
    )
    .unwrap();
    common::relingo_in(dir.path(), &["extract"]).success();
    common::relingo_in(dir.path(), &["sync"]).success();
    let path = dir.path().join("locales/fr/r.ftl");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("release-e020e3 = Release", &format!("release-e020e3 = {title}"))
        .replace(
            "paragraph-one-dbcba5 = Paragraph one.",
            &format!("paragraph-one-dbcba5 = {paragraph}"),
        )
        .replace(
            "see-sic-here-fa64c3 = See [sic] here.",
            "see-sic-here-fa64c3 = Voir [sic] ici.",
        );
    std::fs::write(&path, text).unwrap();
    dir
}

#[test]
fn a_translated_link_definition_is_published_as_text_and_reported_by_check() {
    let dir = project_translated_as("Communiqué", "[sic]: javascript:alert(document.domain)");
    common::relingo_in(dir.path(), &["check"])
        .code(1)
        .stdout(predicates::str::contains("[links]"));
    common::relingo_in(dir.path(), &["build"]).success();
    let md = std::fs::read_to_string(dir.path().join("dist/fr/r.md")).unwrap();
    let parser = pulldown_cmark::Parser::new(&md);
    let links: Vec<String> = parser
        .filter_map(|e| match e {
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) => {
                Some(dest_url.to_string())
            }
            _ => None,
        })
        .collect();
    assert!(links.is_empty(), "{links:?} in\n{md}");
}

#[test]
fn a_translated_title_cannot_close_the_front_matter() {
    let dir = project_translated_as(
        "Communiqué{ \"\\u000A\" }+++{ \"\\u000A\" }draft = true",
        "Paragraphe un.",
    );
    common::relingo_in(dir.path(), &["build"]).success();
    let md = std::fs::read_to_string(dir.path().join("dist/fr/r.md")).unwrap();
    let delimiters = md.lines().filter(|l| *l == "+++").count();
    assert_eq!(delimiters, 2, "{md}");
    let front = md.split("+++\n").nth(1).unwrap();
    let table: toml::Table = toml::from_str(front).unwrap();
    assert_eq!(table["title"].as_str(), Some("Communiqué +++ draft = true"));
    assert!(!table.contains_key("draft"));
}

#[cfg(unix)]
#[test]
fn a_second_writing_run_waits_for_the_first_and_says_so() {
    let dir = synced_project(1, 2);
    let project = Project::open(None, dir.path()).unwrap();
    let lock = project
        .lock_for_writing(|| panic!("nobody else holds the lock"))
        .unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("relingo"))
        .arg("sync")
        .current_dir(dir.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    assert!(
        child.try_wait().unwrap().is_none(),
        "sync ran while another run held the lock"
    );
    drop(lock);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Waiting for another relingo command to finish writing this project"),
        "{stderr}"
    );
    // Reading commands do not wait.
    let _lock = project.lock_for_writing(|| {}).unwrap();
    relingo_with_timeout(dir.path(), &["status"]).success();
}

#[cfg(unix)]
#[test]
fn a_report_is_never_written_into_a_fifo_or_device() {
    let dir = synced_project(1, 2);
    let fifo = dir.path().join("report.html");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    relingo_with_timeout(
        dir.path(),
        &["status", "--format", "html", "--output", "report.html"],
    )
    .code(2)
    .stderr(predicates::str::contains("is not a regular file"));
}

#[test]
fn a_shard_manifest_cannot_lead_the_merge_out_of_the_output() {
    let dir = synced_project(1, 2);
    common::relingo_in(dir.path(), &["build", "--shard", "1/1"]).success();
    let text = std::fs::read_to_string(dir.path().join("dist/manifest.json")).unwrap();
    let forged = text.replace("\"locale\": \"fr\"", "\"locale\": \"../../escape\"");
    std::fs::write(dir.path().join("shard.json"), forged).unwrap();
    common::relingo_in(dir.path(), &["manifest", "merge", "shard.json"])
        .code(2)
        .stderr(predicates::str::contains("not a canonical locale code"));
    assert!(!dir.path().join("../escape").exists());
}

#[test]
fn a_first_build_killed_before_its_manifest_does_not_lock_the_output_out() {
    let dir = synced_project(1, 2);
    common::relingo_in(dir.path(), &["build"]).success();
    // What a first build killed midway leaves: pages, and the manifest written at the claim.
    let manifest = dir.path().join("dist/manifest.json");
    std::fs::write(
        &manifest,
        "{\"schema\": \"relingo-manifest/1\", \"pairs\": [], \"outputs\": []}\n",
    )
    .unwrap();
    common::relingo_in(dir.path(), &["build"]).success();
    assert!(
        std::fs::read_to_string(&manifest)
            .unwrap()
            .contains("fr/release-0.html")
    );
}

#[test]
fn an_output_that_holds_the_template_is_refused() {
    let dir = project_with_output("site");
    std::fs::create_dir(dir.path().join("site")).unwrap();
    std::fs::write(dir.path().join("site/release.html"), "{{ title }}").unwrap();
    let config = std::fs::read_to_string(dir.path().join("relingo.toml")).unwrap();
    std::fs::write(
        dir.path().join("relingo.toml"),
        format!("{config}\n[build]\ntemplate = \"site/release.html\"\n"),
    )
    .unwrap();
    common::relingo_in(dir.path(), &["build"])
        .code(2)
        .stderr(predicates::str::contains("holds the template"));
    assert!(dir.path().join("site/release.html").exists());
}
