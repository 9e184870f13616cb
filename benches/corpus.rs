//! The benchmark corpus: a seeded relingo project with N Markdown releases (every block
//! type), their reference catalogs, and L target locales at a realistic spread of states
//! (complete, partial, stale, obsolete, a few syntax errors), written the way relingo writes
//! them. Shared by `examples/gen-corpus.rs` and `benches/stages.rs`.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use relingo::project::Project;

const LOCALES: [&str; 30] = [
    "fr", "de", "es", "it", "nl", "pl", "pt", "sv", "cy", "ga", "ar", "zh-CN", "ja", "ko", "ru", "uk", "tr",
    "el", "ro", "hu", "cs", "da", "fi", "nb", "he", "hi", "bn", "ur", "fa", "vi",
];

const SUBJECTS: [&str; 12] = [
    "The government",
    "The Home Office",
    "The National Crime Agency",
    "Local councils",
    "The regulator",
    "Police forces",
    "The new service",
    "The Minister",
    "Schools",
    "Charities",
    "The department",
    "Officials",
];
const VERBS: [&str; 10] = [
    "will invest",
    "has announced",
    "will publish",
    "is expanding",
    "has confirmed",
    "will support",
    "is launching",
    "has agreed",
    "will review",
    "is funding",
];
const OBJECTS: [&str; 12] = [
    "a new fund for victims",
    "specialist investigation teams",
    "guidance for parents",
    "a national helpline",
    "training for teachers",
    "new reporting tools",
    "support for smaller platforms",
    "research into online harms",
    "partnerships with industry",
    "a review of the rules",
    "regional hubs",
    "an awareness campaign",
];
const PLACES: [&str; 10] = [
    "Manchester",
    "Leeds",
    "Cardiff",
    "Glasgow",
    "Belfast",
    "Bristol",
    "Newcastle",
    "Sheffield",
    "Swansea",
    "York",
];

/// SplitMix64: small, seeded, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
}

fn sentence(rng: &mut Rng) -> String {
    let amount = rng.below(900) + 10;
    let extra = match rng.below(4) {
        0 => format!(" worth £{}.{} million", amount / 10, amount % 10),
        1 => format!(" in {}", rng.pick(&PLACES)),
        2 => format!(" for {amount} organisations"),
        _ => String::new(),
    };
    format!(
        "{} {} {}{extra}.",
        rng.pick(&SUBJECTS),
        rng.pick(&VERBS),
        rng.pick(&OBJECTS)
    )
}

fn paragraph(rng: &mut Rng) -> String {
    let n = 2 + rng.below(4);
    (0..n).map(|_| sentence(rng)).collect::<Vec<_>>().join(" ")
}

fn release(rng: &mut Rng, i: usize) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "+++");
    let _ = writeln!(
        md,
        "title = \"{} {} {}\"",
        rng.pick(&SUBJECTS),
        rng.pick(&VERBS),
        rng.pick(&OBJECTS)
    );
    let _ = writeln!(md, "summary = \"{}\"", sentence(rng));
    let _ = writeln!(md, "date = \"2026-{:02}-{:02}\"", 1 + i % 12, 1 + i % 28);
    let _ = writeln!(md, "location = \"{}\"", rng.pick(&PLACES));
    let _ = writeln!(md, "department = \"Home Office\"");
    let _ = writeln!(md, "reference = \"HO-{i:05}\"");
    let _ = writeln!(md, "+++\n");
    for _ in 0..(3 + rng.below(6)) {
        let _ = writeln!(md, "{}\n", paragraph(rng));
    }
    let _ = writeln!(md, "## {}\n", sentence(rng).trim_end_matches('.'));
    for _ in 0..(2 + rng.below(4)) {
        let _ = writeln!(md, "- {}", sentence(rng));
    }
    let _ = writeln!(
        md,
        "\n> {} Read more on [GOV.UK](https://www.gov.uk/news/{i}).\n>\n> — A Minister\n",
        paragraph(rng)
    );
    let _ = writeln!(md, "![{}](images/{i}.jpg)\n", sentence(rng).trim_end_matches('.'));
    let _ = writeln!(
        md,
        "{} The *government* is committed to this work.\n",
        paragraph(rng)
    );
    let _ = writeln!(md, "## Notes to editors\n");
    for n in 1..=(1 + rng.below(3)) {
        let _ = writeln!(md, "{n}. {}", sentence(rng));
    }
    let _ = writeln!(md, "\n## Contacts\n\nPress office: press.office@example.gov.uk");
    md
}

/// How much of its work a locale has done: the first are complete, the last barely started.
fn translated_share(k: usize, locales: usize) -> f64 {
    if k < locales / 5 {
        1.0
    } else {
        0.95 - 0.8 * k as f64 / locales as f64
    }
}

/// Fills the stubs `sync` wrote as translators would leave them.
fn translate_file(path: &Path, share: f64, rng: &mut Rng) -> std::io::Result<()> {
    let text = std::fs::read_to_string(path)?;
    let mut out = String::with_capacity(text.len() + 256);
    let mut lines = text.lines().peekable();
    let mut source = String::new();
    while let Some(line) = lines.next() {
        if let Some(s) = line.strip_prefix("# @source: ") {
            source = s.to_string();
        }
        if line == "# @todo" && rng.chance(share) {
            let stub = lines.next().unwrap_or_default();
            let (id, value) = stub.split_once(" = ").unwrap_or((stub, ""));
            if rng.chance(0.05) {
                let _ = writeln!(out, "# @stale: {}", source.replacen(' ', " very ", 1));
            }
            let _ = writeln!(out, "{id} = {}", relingo::publish::document::pseudo(value, false));
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    if rng.chance(0.1) {
        out.push_str("\n## Obsolete\n# @source: An old paragraph that left the release.\n# @obsolete\nold-paragraph-0a0b0c = Ŏľď ƥàřàĝřàƥĥ.\n");
    }
    if rng.chance(0.002) {
        out.push_str("broken-message = { $\n");
    }
    std::fs::write(path, out)
}

/// The bytes of image `i`: not a picture, but its size, and different for every release.
fn image(i: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; 60 * 1024];
    for (k, b) in bytes.iter_mut().enumerate() {
        *b = (k.wrapping_mul(31) ^ i) as u8;
    }
    bytes
}

pub fn generate(
    out: &Path,
    releases: usize,
    locales: usize,
    seed: u64,
) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(out.join("sources/images"))?;
    let codes = &LOCALES[..locales.min(LOCALES.len())];
    let list: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
    std::fs::write(
        out.join("relingo.toml"),
        format!("source-locale = \"en-GB\"\nlocales = [{}]\n", list.join(", ")),
    )?;
    let mut rng = Rng(seed);
    for i in 1..=releases {
        std::fs::write(out.join(format!("sources/pr-{i:05}.md")), release(&mut rng, i))?;
        // Each release shows one image (a web-sized photo's 60 KB), which a build copies
        // beside every page of the release.
        std::fs::write(out.join(format!("sources/images/{i}.jpg")), image(i))?;
    }
    let project = Project::open(Some(&out.join("relingo.toml")), out)?;
    let all = project.releases()?;
    relingo::extract::run(&project, &all, false)?;
    let targets: Vec<_> = project.config.locales.iter().map(|l| l.locale.clone()).collect();
    let options = relingo::sync::Options {
        prune: false,
        dry_run: false,
        memory_threshold: 1.1,
    };
    relingo::sync::run(&project, &targets, &[], &options)?;
    for (k, locale) in targets.iter().enumerate() {
        let share = translated_share(k, targets.len());
        for release in &all {
            translate_file(&project.catalog_path(locale, &release.id), share, &mut rng)?;
        }
    }
    println!(
        "wrote {releases} releases × {} locales into {}",
        targets.len(),
        out.display()
    );
    Ok(())
}

/// Rewrites a share of the body paragraphs, as press officers revise releases.
pub fn edit(out: &Path, share: f64, seed: u64) -> Result<(), Box<dyn std::error::Error>> {
    let mut rng = Rng(seed ^ 0xED17);
    let mut edited = 0;
    let mut files: Vec<PathBuf> = std::fs::read_dir(out.join("sources"))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    // Only the release texts: `sources/images/` holds the pictures they show.
    files.retain(|path| path.is_file());
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path)?;
        let mut changed = String::with_capacity(text.len());
        for line in text.lines() {
            let is_paragraph =
                line.starts_with("The ") || line.starts_with("Local ") || line.starts_with("Police ");
            if is_paragraph && rng.chance(share) {
                changed.push_str(
                    &line
                        .replacen(" will ", " will now ", 1)
                        .replacen(" has ", " has now ", 1),
                );
                edited += 1;
            } else {
                changed.push_str(line);
            }
            changed.push('\n');
        }
        std::fs::write(&path, changed)?;
    }
    println!("edited {edited} paragraphs");
    Ok(())
}
