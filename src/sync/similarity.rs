//! How alike two source texts are, word by word.
//!
//! In: two texts. Out: a score in 0–1: twice the longest common subsequence of their words
//! over the sum of their lengths, after normalization. Word order matters (a moved clause
//! scores lower) and every inserted word counts, so a short edit such as an inserted "not"
//! still scores below 1 and is never mistaken for the same text.

use crate::msgid::normalize;

/// The words of a text as compared: normalized, lower-cased, punctuation around them dropped.
pub fn words(text: &str) -> Vec<String> {
    normalize(text)
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Similarity of two word lists in 0–1.
pub fn score(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if upper_bound(a, b) == 0.0 {
        return 0.0;
    }
    2.0 * lcs(a, b) as f64 / (a.len() + b.len()) as f64
}

/// A cheap bound on [`score`]: shared words regardless of order. Used to skip hopeless
/// candidates before the quadratic comparison.
pub fn upper_bound(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut a_sorted: Vec<&str> = a.iter().map(String::as_str).collect();
    let mut b_sorted: Vec<&str> = b.iter().map(String::as_str).collect();
    a_sorted.sort_unstable();
    b_sorted.sort_unstable();
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a_sorted.len() && j < b_sorted.len() {
        match a_sorted[i].cmp(b_sorted[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// [`score`] on word ids (translation memory interns its words).
pub fn score_ids(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    2.0 * lcs(a, b) as f64 / (a.len() + b.len()) as f64
}

fn lcs<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { above.max(row[j]) };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(a: &str, b: &str) -> f64 {
        score(&words(a), &words(b))
    }

    #[test]
    fn identical_texts_score_one_and_unrelated_zero() {
        assert_eq!(s("We will act now.", "We  will act now."), 1.0);
        assert_eq!(s("We will act now.", "Funding doubles."), 0.0);
    }

    #[test]
    fn an_inserted_not_scores_high_but_below_one() {
        let x = s("We will act on this now.", "We will not act on this now.");
        assert!(x > 0.9 && x < 1.0, "{x}");
    }

    #[test]
    fn the_bound_is_never_below_the_score() {
        let a = words("one two three four five");
        let b = words("five four three two one");
        assert!(upper_bound(&a, &b) >= score(&a, &b));
    }
}
