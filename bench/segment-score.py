#!/usr/bin/env python3
"""Scores relingo's sentence splitter, beside pySBD's, on pySBD's public test sets.

Usage: bench/segment-score.py PYSBD_CHECKOUT [RELINGO_BINARY]

It also times pySBD on the bundled releases' paragraphs, the text that
`cargo bench --bench sentences` times relingo's splitter on, in process both.

PYSBD_CHECKOUT is a clone of github.com/nipunsadvilkar/pySBD: its English Golden Rules
(benchmarks/english_golden_rules.py) and per-language tests (tests/lang/test_*.py) are
read from there, never copied into this repository. pySBD itself is scored when the
`pysbd` package is installed (pip install pysbd), each set in the mode its tests use
(sets named CLEAN or PDF with pySBD's text cleaner, which relingo does not have: those
are scored apart). A case passes when the sentences, stripped of surrounding spaces,
are exactly the expected ones.
"""
import ast
import json
import subprocess
import sys
from pathlib import Path

LANGUAGES = {
    "en": "benchmarks/english_golden_rules.py",
    "de": "tests/lang/test_deutsch.py",
    "fr": "tests/lang/test_french.py",
    "es": "tests/lang/test_spanish.py",
    "it": "tests/lang/test_italian.py",
    "nl": "tests/lang/test_dutch.py",
    "pl": "tests/lang/test_polish.py",
}


def case_sets(path):
    """Every module-level list of (text, expected sentences) in a pySBD test file."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name):
            continue
        try:
            value = ast.literal_eval(node.value)
        except ValueError:
            continue  # lists holding pytest marks; the English file's are in benchmarks/
        cases = [value] if isinstance(value, tuple) else value
        if cases and all(isinstance(c, tuple) and len(c) == 2 for c in cases):
            yield node.targets[0].id, cases


def relingo(binary, language, text):
    out = subprocess.run(
        [binary, "segment", "-", "--plain", "--granularity", "sentence", "--lang", language, "--format", "json"],
        input=text.encode(), capture_output=True, check=True,
    ).stdout
    return [s["text"].strip() for s in json.loads(out)]


def main():
    checkout = Path(sys.argv[1])
    binary = sys.argv[2] if len(sys.argv) > 2 else "target/release/relingo"
    try:
        import pysbd
    except ImportError:
        pysbd = None
    print(f"{'lang':<5} {'set':<32} {'relingo':>9} {'pySBD':>9}  relingo fails")
    for language, file in LANGUAGES.items():
        for name, cases in case_sets(checkout / file):
            cleaned = "CLEAN" in name or "PDF" in name
            ours = [relingo(binary, language, text) == [e.strip() for e in expected] for text, expected in cases]
            theirs = "-"
            if pysbd is not None:
                segmenter = pysbd.Segmenter(language=language, clean=cleaned, doc_type="pdf" if "PDF" in name else None)
                passed = sum([s.strip() for s in segmenter.segment(text)] == expected for text, expected in cases)
                theirs = f"{passed}/{len(cases)}"
            fails = [i + 1 for i, ok in enumerate(ours) if not ok]
            label = name + (" (cleaner)" if cleaned else "")
            print(f"{language:<5} {label:<32} {sum(ours):>4}/{len(cases):<4} {theirs:>9}  {fails}")
    if pysbd is not None:
        time_pysbd()


def paragraphs():
    """The bundled releases' paragraphs, prepared as benches/sentences.rs prepares them."""
    found = []
    for path in sorted(Path("sources").iterdir()):
        if path.suffix in (".txt", ".md"):
            text = path.read_text(encoding="utf-8")
            found += [p for p in (" ".join(p.split()) for p in text.split("\n\n")) if len(p) > 40]
    return found


def time_pysbd():
    import time
    import pysbd

    once = paragraphs()
    size = sum(len(p.encode()) for p in once)
    texts = once * (1_000_000 // size + 1)
    segmenter = pysbd.Segmenter(language="en", clean=False)
    start = time.perf_counter()
    for text in texts:
        segmenter.segment(text)
    elapsed = time.perf_counter() - start
    total = sum(len(p.encode()) for p in texts)
    print(f"pySBD on {total / 1e6:.2f} MB of the bundled releases' paragraphs: {elapsed:.2f} s, {total / 1e6 / elapsed:.2f} MB/s")


if __name__ == "__main__":
    main()
