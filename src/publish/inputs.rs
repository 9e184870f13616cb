//! What a release's pages are built from, as one fingerprint: a build renders only the
//! releases whose fingerprint changed since the previous build.
//!
//! In: what every release of a build shares ([`Shared`]: the relingo that renders, the
//! configuration's text, the template and sentence rules it names, each locale's interface strings and terms, the
//! targets, formats and `--strict`) and what one release has of its own: its source, its
//! images, its reference catalog, the catalog of every locale each target falls back
//! through, and the publication its embargo gives at the build's clock. Out: a BLAKE3 digest
//! of all of it ([`HexDigest`]), which the manifest records on each of the release's pairs as
//! `inputs`. BLAKE3, as ccache, sccache and Buck2 fingerprint their inputs: a build that
//! changes nothing reads and digests every input, 0.4 GB at 1,000 releases × 30 locales,
//! and BLAKE3 does it in a fraction of SHA-256's time.
//!
//! A later build that computes the same fingerprint for a release, and finds each of its
//! outputs in place (at the size recorded, not modified since the manifest), takes the
//! release's records from the manifest instead of rendering it: the output is
//! byte-identical to a fresh build's, because nothing the rendering reads has changed. A release whose build had a failure or a notice records
//! no fingerprint, so that every build reports its problems afresh.

use std::path::Path;

use super::manifest::HexDigest;
use super::media::Media;
use crate::embargo::Publication;
use crate::project::Project;
use crate::source::Release;

/// The fingerprint's state after what every release shares, and the locales whose catalogs
/// each release adds. Both are those of the complete build, whatever a partial build
/// selects: a page a partial build renders is the page a complete build renders (its
/// switcher comes from the previous build), so the two record the same fingerprint.
pub struct Shared {
    digest: blake3::Hasher,
    targets: Vec<super::Target>,
}

/// Feeds one input, length-prefixed so that no two sequences of inputs feed the same bytes.
fn feed(digest: &mut blake3::Hasher, bytes: &[u8]) {
    digest.update(&(bytes.len() as u64).to_le_bytes());
    digest.update(bytes);
}

/// Feeds a file's bytes, read into `buffer`, or a mark that it is absent or unreadable (which
/// the build reports).
fn feed_file(digest: &mut blake3::Hasher, path: &Path, buffer: &mut Vec<u8>) {
    match crate::input::read_into(path, crate::input::Links::Refuse, buffer) {
        Ok(()) => {
            digest.update(&[1]);
            feed(digest, buffer);
        }
        Err(e) if e.is_not_found() => {
            digest.update(&[0]);
        }
        Err(_) => {
            digest.update(&[2]);
        }
    }
}

impl Shared {
    /// What every release of a build of `project` with `options` reads.
    pub(super) fn new(project: &Project, options: &super::Options) -> Shared {
        let complete = super::Options {
            pseudo: options.pseudo,
            ..super::Options::default()
        };
        let targets = super::targets(project, &complete);
        let formats = &project.config.formats;
        let strict = options.strict;
        let config = &project.config;
        let mut digest = blake3::Hasher::new();
        let buffer = &mut Vec::new();
        feed(&mut digest, env!("RELINGO_BUILD_DIGEST").as_bytes());
        feed(&mut digest, &config.digest);
        for file in [&config.template, &config.segment_rules].into_iter().flatten() {
            feed_file(&mut digest, file, buffer);
        }
        let interfaces =
            std::iter::once(&config.source_locale).chain(config.locales.iter().map(|l| &l.locale));
        for locale in interfaces {
            feed_file(
                &mut digest,
                &project.locale_dir(locale).join("_interface.ftl"),
                buffer,
            );
        }
        for target in &targets {
            feed(&mut digest, target.locale.as_str().as_bytes());
            feed(
                &mut digest,
                &[
                    u8::from(target.pseudo.is_some()),
                    u8::from(target.pseudo == Some(true)),
                ],
            );
            for locale in &target.chain {
                feed(&mut digest, locale.as_str().as_bytes());
                feed_file(
                    &mut digest,
                    &project.locale_dir(locale).join("_terms.ftl"),
                    buffer,
                );
            }
        }
        for format in formats {
            feed(&mut digest, format.extension().as_bytes());
        }
        feed(&mut digest, &[u8::from(strict)]);
        Shared { digest, targets }
    }

    /// The fingerprint of `release`'s build: the shared inputs and the release's own.
    pub(super) fn of_release(
        &self,
        project: &Project,
        release: &Release,
        media: &[Media],
        publication: Publication,
    ) -> HexDigest {
        let mut digest = self.digest.clone();
        // One buffer for the release's files, which are about the same size.
        let buffer = &mut Vec::new();
        feed(&mut digest, release.id.as_bytes());
        feed_file(&mut digest, &release.path, buffer);
        feed_file(&mut digest, &project.reference_path(&release.id), buffer);
        for image in media {
            feed(&mut digest, image.src.as_bytes());
            feed(&mut digest, &image.bytes);
        }
        let translated = |locale: &&crate::locale::Locale| **locale != project.config.source_locale;
        for target in self.targets.iter().filter(|t| t.pseudo.is_none()) {
            for locale in target.chain.iter().filter(translated) {
                feed_file(&mut digest, &project.catalog_path(locale, &release.id), buffer);
            }
        }
        feed(&mut digest, format!("{publication:?}").as_bytes());
        HexDigest(*digest.finalize().as_bytes())
    }
}
