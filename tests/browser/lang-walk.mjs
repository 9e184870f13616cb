// Opens built pages in the system's Chromium (through puppeteer-core: no browser download)
// and prints, per page, every text node of <main> with the language the browser resolves
// for it (the nearest `lang`) and its direction, as JSON lines.
//
// Usage: node lang-walk.mjs PAGE.html…   (CHROMIUM overrides /usr/bin/chromium)
import puppeteer from "puppeteer-core";

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
  for (const file of process.argv.slice(2)) {
    await page.goto(new URL(`file://${file}`).href);
    const nodes = await page.evaluate(() => {
      const out = [];
      const main = document.querySelector("main");
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        if (!/\p{L}/u.test(text)) continue;
        const element = node.parentElement;
        out.push({
          text,
          lang: element.closest("[lang]").getAttribute("lang"),
          dir: getComputedStyle(element).direction,
        });
      }
      return out;
    });
    for (const node of nodes) console.log(JSON.stringify({ file, ...node }));
  }
} finally {
  await browser.close();
}
