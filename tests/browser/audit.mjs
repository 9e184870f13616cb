// Opens built pages in the system's Chromium (through puppeteer-core: no browser download)
// and prints, per page, one JSON line of what a reader's browser makes of it:
//
// - `dir`: the direction the browser computes for the document;
// - `nodes`: every text node of <body> with the language the browser resolves for it (the
//   nearest `lang`) and its computed direction;
// - `links`: every internal link (`a[href]`, `link[href]`) and whether its file exists;
// - `images`: every image, and whether the browser loaded it;
// - `alternates`: the page's `<link rel="alternate" hreflang>` as { hreflang: file };
// - `axe` (with --axe): axe-core's violations, with their impact.
//
// Usage: node audit.mjs [--axe] [--screenshots DIR] PAGE.html…
// CHROMIUM overrides /usr/bin/chromium. With --screenshots, each page is also captured at
// desktop width (1280 px, the whole page) and
// phone width (390 px, the first screen), as DIR/<locale>-<page>-{desktop,phone}.png.
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import puppeteer from "puppeteer-core";

const args = process.argv.slice(2);
const axe = args.includes("--axe");
const shotsAt = args.indexOf("--screenshots");
const shots = shotsAt >= 0 ? args[shotsAt + 1] : null;
const files = args.filter((a, i) => !a.startsWith("--") && !(shotsAt >= 0 && i === shotsAt + 1));
const axeSource = axe
  ? readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")
  : null;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
try {
  const page = await browser.newPage();
  for (const file of files) {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(new URL(`file://${file}`).href, { waitUntil: "load" });
    const seen = await page.evaluate(() => {
      const nodes = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        if (!/\p{L}/u.test(text)) continue;
        const element = node.parentElement;
        nodes.push({
          text,
          lang: element.closest("[lang]").getAttribute("lang"),
          // A link to a page in another language names it in that language, and so does
          // the rest of a list row it heads (the top index's "6 datganiad").
          hreflang:
            element.closest("[hreflang]")?.getAttribute("hreflang") ??
            element.closest("li")?.querySelector(":scope > a[hreflang]")?.getAttribute("hreflang") ??
            null,
          dir: getComputedStyle(element).direction,
        });
      }
      const internal = [...document.querySelectorAll("a[href], link[href]")]
        .map((e) => e.href)
        .filter((href) => href.startsWith("file:"));
      const images = [...document.images].map((img) => ({
        src: img.src,
        loaded: img.complete && img.naturalWidth > 0,
      }));
      const alternates = Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.hreflang,
          l.href,
        ]),
      );
      return { dir: getComputedStyle(document.documentElement).direction, nodes, internal, images, alternates };
    });
    const path = (url) => decodeURIComponent(new URL(url).pathname);
    const links = seen.internal.map((url) => ({ href: path(url), exists: existsSync(path(url)) }));
    const alternates = Object.fromEntries(
      Object.entries(seen.alternates).map(([lang, url]) => [lang, path(url)]),
    );
    let violations;
    if (axe) {
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => window.axe.run(document));
      violations = result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")),
      }));
    }
    if (shots) {
      const name = `${basename(dirname(file))}-${basename(file, ".html")}`;
      await page.screenshot({ path: join(shots, `${name}-desktop.png`), fullPage: true });
      await page.setViewport({ width: 390, height: 844, isMobile: true, deviceScaleFactor: 2 });
      // A phone's first screen: what a reader sees before scrolling.
      await page.screenshot({ path: join(shots, `${name}-phone.png`) });
    }
    console.log(JSON.stringify({
      file,
      dir: seen.dir,
      nodes: seen.nodes,
      links,
      images: seen.images,
      alternates,
      axe: violations,
    }));
  }
} finally {
  await browser.close();
}
