//! In-process timings of each stage on a generated corpus (divan). Whole-command timings
//! against the peers and the floors are in `bench/run.sh` and docs/PERFORMANCE.md.
//!
//! ```sh
//! cargo bench                       # 100 releases × 5 locales
//! RELINGO_BENCH=1000x10 cargo bench # another size
//! ```

mod corpus;

use std::path::PathBuf;
use std::sync::OnceLock;

use relingo::project::Project;

fn main() {
    divan::main();
}

/// The corpus, generated once per run into a temporary directory.
fn project() -> &'static (tempfile::TempDir, Project) {
    static CORPUS: OnceLock<(tempfile::TempDir, Project)> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let size = std::env::var("RELINGO_BENCH").unwrap_or_else(|_| "100x5".into());
        let (releases, locales) = size.split_once('x').expect("RELINGO_BENCH=RELEASESxLOCALES");
        let dir = tempfile::tempdir().expect("temporary directory");
        corpus::generate(
            dir.path(),
            releases.parse().unwrap(),
            locales.parse().unwrap(),
            42,
        )
        .expect("corpus");
        let project = Project::open(Some(&dir.path().join("relingo.toml")), dir.path()).expect("project");
        (dir, project)
    })
}

fn locales(project: &Project) -> Vec<relingo::locale::Locale> {
    project.config.locales.iter().map(|l| l.locale.clone()).collect()
}

#[divan::bench]
fn parse_floor(bencher: divan::Bencher) {
    let (_, project) = project();
    let mut files: Vec<PathBuf> = Vec::new();
    for locale in locales(project) {
        for id in project.catalog_ids(&locale).unwrap() {
            files.push(project.catalog_path(&locale, &id));
        }
    }
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    bencher.bench(|| {
        texts
            .iter()
            .map(|t| {
                fluent_syntax::parser::parse(t.as_str()).map_or_else(|(r, _)| r.body.len(), |r| r.body.len())
            })
            .sum::<usize>()
    });
}

#[divan::bench]
fn extract_check(bencher: divan::Bencher) {
    let (_, project) = project();
    let releases = project.releases().unwrap();
    bencher.bench(|| relingo::extract::run(project, &releases, true).unwrap());
}

#[divan::bench]
fn sync_dry_run(bencher: divan::Bencher) {
    let (_, project) = project();
    let options = relingo::sync::Options {
        prune: false,
        dry_run: true,
        memory_threshold: 0.9,
    };
    let locales = locales(project);
    bencher.bench(|| relingo::sync::run(project, &locales, &[], &options).unwrap());
}

#[divan::bench]
fn status(bencher: divan::Bencher) {
    let (_, project) = project();
    let tree = relingo::coverage::Tree::of_project(project, &locales(project));
    bencher.bench(|| relingo::coverage::compute(&tree).unwrap());
}

#[divan::bench]
fn check(bencher: divan::Bencher) {
    let (_, project) = project();
    let locales = locales(project);
    bencher.bench(|| {
        relingo::check::run(project, &locales, &[], |report| {
            divan::black_box(report);
            Ok::<_, relingo::Error>(())
        })
        .unwrap()
    });
}

#[divan::bench(sample_count = 10)]
fn build(bencher: divan::Bencher) {
    let (_, project) = project();
    bencher.bench(|| relingo::publish::run(project, &relingo::publish::Options::default(), &|_| {}).unwrap());
}
