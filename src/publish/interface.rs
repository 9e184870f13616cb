//! Page chrome in the reader's language: the interface strings of built pages (the fallback
//! notice, the language switcher's label, index titles, release counts) are Fluent messages.
//!
//! In: the catalogs relingo ships (`templates/interface/<locale>.ftl`, English, Welsh,
//! French, German, Spanish, Arabic, Chinese and Polish) and a project's own
//! `locales/<locale>/_interface.ftl`, which override and add to them. Out: each string for a
//! locale, found along its fallback chain (the locale, its configured fallbacks, the source
//! locale, English), with the language it is in, so a page marks a string that fell back.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::Serialize;

use crate::locale::Locale;
use crate::project::Project;
use crate::{Error, Result};

/// The catalogs relingo ships, by locale code.
const BUNDLED: [(&str, &str); 8] = [
    ("en", include_str!("../../templates/interface/en.ftl")),
    ("cy", include_str!("../../templates/interface/cy.ftl")),
    ("fr", include_str!("../../templates/interface/fr.ftl")),
    ("de", include_str!("../../templates/interface/de.ftl")),
    ("es", include_str!("../../templates/interface/es.ftl")),
    ("ar", include_str!("../../templates/interface/ar.ftl")),
    ("zh-CN", include_str!("../../templates/interface/zh-CN.ftl")),
    ("pl", include_str!("../../templates/interface/pl.ftl")),
];

/// The messages every page may use; each catalog is read for these.
pub const MESSAGES: [&str; 8] = [
    "languages",
    "fallback-notice",
    "index-title",
    "all-languages",
    "release-count",
    "read-in-language",
    "dateline-separator",
    "embargo-banner",
];

/// One interface string, and the language it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UiString {
    pub text: String,
    pub lang: String,
    pub dir: &'static str,
    /// Taken from a locale other than the page's.
    pub fallback: bool,
}

/// The interface catalogs of a build.
pub struct Interface {
    /// One bundle per locale that has a catalog: the project's messages over relingo's.
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    /// Each locale's fallback chain, the locale first.
    chains: HashMap<String, Vec<String>>,
    source: String,
}

impl Interface {
    /// relingo's catalogs alone, with English as the source language.
    pub fn bundled() -> Interface {
        let bundles = BUNDLED
            .iter()
            .map(|(code, text)| (code.to_string(), bundle(code, &[text.to_string()])))
            .collect();
        Interface {
            bundles,
            chains: HashMap::new(),
            source: "en".into(),
        }
    }

    /// The catalogs of `project`: relingo's, with each locale's `_interface.ftl` over them.
    /// A project catalog that does not parse is an error naming its line.
    pub fn load(project: &Project) -> Result<Interface> {
        let config = &project.config;
        let mut interface = Interface::bundled();
        interface.source = config.source_locale.to_string();
        let locales = std::iter::once(&config.source_locale).chain(config.locales.iter().map(|l| &l.locale));
        for locale in locales {
            let path = project.locale_dir(locale).join("_interface.ftl");
            let own = match crate::input::read_text(&path, crate::input::Links::Refuse) {
                Ok(text) => Some(text),
                Err(e) if e.is_not_found() => None,
                Err(e) => return Err(e),
            };
            if let Some(text) = &own {
                refuse_broken(&path, text)?;
            }
            let code = locale.as_str();
            let shipped = BUNDLED
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, t)| t.to_string());
            // Later resources do not override earlier ones in a bundle: the project's first.
            let texts: Vec<String> = own.into_iter().chain(shipped).collect();
            if !texts.is_empty() {
                interface.bundles.insert(code.to_string(), bundle(code, &texts));
            }
            let fallbacks = config
                .locale(locale)
                .map(|l| l.fallback.clone())
                .unwrap_or_default();
            let chain = std::iter::once(locale.clone())
                .chain(fallbacks)
                .map(|l| l.to_string())
                .collect();
            interface.chains.insert(code.to_string(), chain);
        }
        Ok(interface)
    }

    /// Where `locale` looks for a string: itself, its fallbacks, its language alone, the
    /// source locale, and English.
    fn chain(&self, locale: &str) -> Vec<String> {
        let mut chain = self
            .chains
            .get(locale)
            .cloned()
            .unwrap_or_else(|| vec![locale.to_string()]);
        let language = locale.split('-').next().unwrap_or(locale).to_string();
        for more in [language, self.source.clone(), "en".to_string()] {
            if !chain.contains(&more) {
                chain.push(more);
            }
        }
        chain
    }

    /// The string `id` for a page in `locale`, with `args`; English as the last resort,
    /// and the id itself if even that lacks it.
    pub fn string(&self, locale: &str, id: &str, args: Option<&FluentArgs>) -> UiString {
        for code in self.chain(locale) {
            let Some(bundle) = self.bundles.get(&code) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
            let rtl = Locale::parse(&code).is_ok_and(|l| l.is_rtl());
            return UiString {
                text,
                dir: if rtl { "rtl" } else { "ltr" },
                // English for an en-GB page is the page's language: no fallback to mark.
                fallback: language_of(&code) != language_of(locale),
                lang: code,
            };
        }
        UiString {
            text: id.to_string(),
            lang: "en".into(),
            dir: "ltr",
            fallback: true,
        }
    }

    /// Every string of [`MESSAGES`] without arguments, keyed with `_` for `-`, as templates
    /// read them (`ui.fallback_notice.text`).
    pub fn strings(&self, locale: &str) -> BTreeMap<String, UiString> {
        MESSAGES
            .iter()
            .map(|id| (id.replace('-', "_"), self.string(locale, id, None)))
            .collect()
    }

    /// "Embargoed: not for publication until …", the time written as the string's language
    /// writes it.
    pub fn embargo_banner(&self, locale: &str, embargo: &crate::embargo::Embargo) -> UiString {
        let found = self.string(locale, "embargo-banner", None).lang;
        // The page's own locale where the string is in its language (en-GB, not en-US).
        let written_as = if language_of(&found) == language_of(locale) {
            locale
        } else {
            &found
        };
        let mut args = FluentArgs::new();
        args.set("time", embargo.long(written_as));
        self.string(locale, "embargo-banner", Some(&args))
    }

    /// "6 releases" in `locale`'s words and plural rules.
    pub fn release_count(&self, locale: &str, count: usize) -> UiString {
        let mut args = FluentArgs::new();
        args.set("count", count);
        self.string(locale, "release-count", Some(&args))
    }
}

fn language_of(code: &str) -> &str {
    code.split('-').next().unwrap_or(code)
}

fn bundle(code: &str, texts: &[String]) -> FluentBundle<FluentResource> {
    let langid = code
        .parse()
        .unwrap_or_else(|_| "en".parse().expect("en is a language"));
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    for text in texts {
        let resource = FluentResource::try_new(text.clone()).unwrap_or_else(|(r, _)| r);
        // A message both define is taken from the first: the project's.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn refuse_broken(path: &Path, text: &str) -> Result<()> {
    let catalog = crate::catalog::parse(path, text.to_string());
    match catalog.diagnostics.first() {
        Some(d) => Err(Error::at(
            d.at.clone(),
            format!("interface catalog: {}", d.message),
            Some("fix it: every page of this locale uses it".into()),
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_catalog_parses_and_has_every_message() {
        for (code, text) in BUNDLED {
            let catalog = crate::catalog::parse(Path::new(code), text.to_string());
            assert!(catalog.is_clean(), "{code}: {:?}", catalog.diagnostics);
            for id in MESSAGES {
                assert!(catalog.get(id).is_some(), "{code} lacks {id}");
            }
        }
    }

    #[test]
    fn a_welsh_page_gets_welsh_chrome_and_counts_in_welsh() {
        let interface = Interface::bundled();
        let notice = interface.string("cy", "fallback-notice", None);
        assert!(notice.text.starts_with("Nid yw rhannau"), "{notice:?}");
        assert_eq!((notice.lang.as_str(), notice.fallback), ("cy", false));
        assert_eq!(interface.release_count("cy", 2).text, "2 ddatganiad");
        assert_eq!(interface.release_count("en", 1).text, "1 release");
        assert_eq!(interface.release_count("ar", 2).text, "بيانان");
        assert_eq!(interface.release_count("pl", 5).text, "5 komunikatów");
    }

    #[test]
    fn a_locale_without_chrome_falls_back_and_says_in_which_language() {
        let notice = Interface::bundled().string("ja", "fallback-notice", None);
        assert_eq!((notice.lang.as_str(), notice.fallback), ("en", true));
        let mexican = Interface::bundled().string("es-MX", "languages", None);
        assert_eq!((mexican.text.as_str(), mexican.lang.as_str()), ("Idiomas", "es"));
    }
}
