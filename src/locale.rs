//! Locale codes: BCP 47 tags parsed and canonicalized with unic-langid.
//!
//! In: a code as users write it (`zh_cn`, `en-gb`, `CY`). Out: a [`Locale`] whose canonical
//! string (`zh-CN`, `en-GB`, `cy`) is the folder name under `locales/`, plus what rendering and
//! fallback need to know about it (text direction, the locale without its region).

use std::fmt;

use unic_langid::{CharacterDirection, LanguageIdentifier};

/// A canonical BCP 47 locale.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(String);

impl Locale {
    /// Parses and canonicalizes a locale code; the error says what a valid code looks like.
    pub fn parse(code: &str) -> Result<Self, String> {
        if code.is_empty() || code.len() > 64 {
            return Err(format!("`{code}` is not a locale code"));
        }
        let langid: LanguageIdentifier = code.parse().map_err(|_| {
            format!("`{code}` is not a BCP 47 locale code (examples: `cy`, `fr`, `zh-CN`, `es-MX`)")
        })?;
        if langid.language.is_empty() {
            return Err(format!("`{code}` has no language subtag"));
        }
        Ok(Locale(langid.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The language subtag (`zh` of `zh-CN`): the canonical code always starts with it, so
    /// this is a slice, not a parse (checks ask it once per message).
    pub fn language(&self) -> &str {
        self.0.split_once('-').map_or(&self.0, |(language, _)| language)
    }

    pub fn langid(&self) -> LanguageIdentifier {
        self.0
            .parse()
            .expect("a Locale always holds a canonical, valid code")
    }

    /// Whether text in this locale runs right to left (Arabic, Hebrew, Persian, Urdu …).
    pub fn is_rtl(&self) -> bool {
        self.langid().character_direction() == CharacterDirection::RTL
    }

    /// The same locale without region and variants (`es-MX` → `es`), if that differs.
    pub fn without_region(&self) -> Option<Locale> {
        let langid = self.langid();
        let mut bare = LanguageIdentifier::default();
        bare.language = langid.language;
        bare.script = langid.script;
        let bare = Locale(bare.to_string());
        (bare != *self).then_some(bare)
    }

    /// Whether this locale is written without spaces between words and sentences
    /// (Chinese, Japanese; Thai and Lao too), which changes word counts and sentence joins.
    pub fn is_scriptio_continua(&self) -> bool {
        matches!(self.language(), "zh" | "ja" | "th" | "lo" | "my" | "km")
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_canonicalized() {
        assert_eq!(Locale::parse("zh_cn").unwrap().as_str(), "zh-CN");
        assert_eq!(Locale::parse("EN-gb").unwrap().as_str(), "en-GB");
        assert_eq!(Locale::parse("cy").unwrap().as_str(), "cy");
    }

    #[test]
    fn language_is_the_first_subtag() {
        for (code, language) in [
            ("zh-Hant-TW", "zh"),
            ("cy", "cy"),
            ("sr-Latn", "sr"),
            ("es-419", "es"),
        ] {
            let locale = Locale::parse(code).unwrap();
            assert_eq!(locale.language(), language);
            assert_eq!(locale.language(), locale.langid().language.as_str());
        }
    }

    #[test]
    fn invalid_codes_are_refused_with_an_example() {
        let err = Locale::parse("french!").unwrap_err();
        assert!(err.contains("BCP 47"), "{err}");
        assert!(Locale::parse("").is_err());
        assert!(Locale::parse("../x").is_err());
    }

    #[test]
    fn arabic_is_right_to_left_and_welsh_is_not() {
        assert!(Locale::parse("ar").unwrap().is_rtl());
        assert!(!Locale::parse("cy").unwrap().is_rtl());
    }

    #[test]
    fn region_is_dropped_for_fallback() {
        let mx = Locale::parse("es-MX").unwrap();
        assert_eq!(mx.without_region().unwrap().as_str(), "es");
        assert_eq!(Locale::parse("fr").unwrap().without_region(), None);
    }
}
