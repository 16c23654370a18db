// `gongwen serve` in a real headless Chromium: the pages are shown (gzipped on the wire),
// an edit updates them in place (scroll kept) and fetches only the pages it redrew, a
// broken save shows the overlay with its line, the fix removes it, and clicking a missing
// figure marks it on its page. Timings are printed, not asserted (bench/serve.mjs
// measures them).
//
//     node tests/browser/serve.mjs [path/to/gongwen]

import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { editAndWait, getRaw, launch, openPreview, save, serve, shownHashes } from "./lib.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const gongwen = resolve(process.argv[2] ?? join(root, "target/debug/gongwen"));
const FIGURE = "党组中心组专题学习次数";

function check(ok, what) {
  if (!ok) throw new Error(`failed: ${what}`);
  console.log(`ok   ${what}`);
}

const dir = mkdtempSync(join(tmpdir(), "gongwen-serve-"));
const data = join(dir, "d.yaml");
copyFileSync(join(root, "fixtures/lookback.yaml"), data);
const original = readFileSync(data, "utf8");
check(!new RegExp(`^\\s*${FIGURE}:`, "m").test(original), `the fixture leaves ${FIGURE} missing`);
const filled = /^metrics:/m.test(original)
  ? original.replace(/^metrics:.*$/m, (m) => `${m}\n  ${FIGURE}: 12`)
  : `${original.trimEnd()}\nmetrics:\n  ${FIGURE}: 12\n`;

const server = await serve(gongwen, dir);
const browser = await launch();
let status = 0;
try {
  const { page, requests, first } = await openPreview(browser, server.url);
  const blocked = [];
  page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
  check(/default-src 'self'/.test(first.headers()["content-security-policy"] ?? ""),
    "the page is served with its Content-Security-Policy");
  check(await page.$$eval("div.page img", (imgs) => imgs.every((img) => img.naturalWidth > 0)),
    "every page image has loaded");
  const state = await (await fetch(`${server.url}state`)).json();
  const pages = await page.locator("div.page").count();
  check(pages === state.pages.length && pages >= 5, `${pages} pages shown, as the server has them`);
  const problems = await page.locator("#problems li.problem").count();
  check(problems === state.problems.length && problems > 0, `${problems} problems listed beside the pages`);
  check(await page.locator(`#problems li.problem[data-metric="${FIGURE}"]`).count() === 1,
    `${FIGURE} is listed as missing`);
  // The page speaks the server's language (--lang zh): its counts in Chinese.
  check(await page.evaluate(() => document.documentElement.lang) === "zh-CN", "the page is in 简体中文");
  const count = await page.locator("#count").innerText();
  check(count === `（${problems} 个问题）`, `the problems are counted in Chinese: ${count}`);
  const status = await page.locator("#status").innerText();
  check(status.includes(`共 ${pages} 页`), `the status line counts the pages: ${status}`);

  // Every page came gzipped, with the SVG's own policy, and far smaller than it is.
  await requests.settled();
  check(requests.length === pages && requests.every((r) => r.encoding === "gzip"),
    `the ${pages} pages were sent gzipped (Content-Encoding: gzip)`);
  const plain = await getRaw(`${server.url}page/${state.pages[0].hash}.svg`);
  const zipped = await getRaw(`${server.url}page/${state.pages[0].hash}.svg`, { "Accept-Encoding": "gzip, br" });
  check(plain.headers["content-encoding"] === undefined && plain.body.toString().startsWith("<svg"),
    "a client that does not take gzip gets the SVG as it is");
  check(zipped.headers["content-encoding"] === "gzip" && zipped.headers["vary"] === "Accept-Encoding"
    && /img-src data:/.test(zipped.headers["content-security-policy"] ?? "")
    && zipped.headers["x-content-type-options"] === "nosniff",
    "the gzipped page keeps its headers (policy, nosniff, Vary)");
  const wire = requests[0].wire;
  check(wire > 0 && wire * 3 < plain.body.length,
    `a page is ${(plain.body.length / 1e6).toFixed(2)} MB of SVG, ${(wire / 1e6).toFixed(2)} MB on the wire`);

  // Scroll to page 5, then fill in one figure (a new line in the data: every line after
  // it moves, and Typst's own page hashes all changed; the pages' drawings do not).
  await page.evaluate(() => document.querySelectorAll("div.page")[4].scrollIntoView());
  const scrolled = await page.evaluate(() => window.scrollY);
  const hashes = await shownHashes(page);
  const asked = requests.length;
  const edit = await editAndWait(page, server.url, data, filled, hashes);
  const next = edit.state;
  const after = (i) => Math.round(edit.replaced[i] - edit.saved);
  check(edit.changed.length > 0 && edit.changed.length <= 3,
    `the edit redrew ${edit.changed.length} of ${pages} pages (${edit.changed.map((i) => i + 1).join(", ")}), `
    + `replaced ${edit.changed.map((i) => `${after(i)} ms`).join(", ")} after the save`);
  await requests.settled();
  const fetched = requests.slice(asked).map((r) => r.hash).sort();
  const redrawn = edit.changed.map((i) => next.pages[i].hash).sort();
  check(JSON.stringify(fetched) === JSON.stringify(redrawn),
    `only the redrawn pages were fetched again (${fetched.length}), gzipped: `
    + `${requests.slice(asked).every((r) => r.encoding === "gzip")}`);
  check(await page.$$eval("div.page", (divs, want) => divs.every((d, i) => {
    const img = d.querySelector("img");
    return img.src.endsWith(`/page/${want[i]}.svg`) && img.complete && img.naturalWidth > 0;
  }), next.pages.map((p) => p.hash)), "every page shows the image of the new render");
  check(await page.locator("#problems li.problem").count() === problems - 1, "one problem fewer");
  check(Math.abs(await page.evaluate(() => window.scrollY) - scrolled) <= 2,
    `the scroll position stayed at ${scrolled}px (updated in place, no reload)`);

  // Break line 3 of the data: the overlay names it; the pages stay.
  const lines = filled.split("\n");
  lines.splice(2, 0, "  x: y: z");
  const brokenVersion = await page.evaluate(() => Number(document.body.dataset.version));
  save(data, lines.join("\n"));
  await page.waitForSelector("#overlay:not([hidden])", { timeout: 10000 });
  const where = await page.locator("#overlay .where").innerText();
  check(/d\.yaml:3:\d+/.test(where), `the overlay points at the broken line: ${where}`);
  check((await page.locator("#overlay .message").innerText()).includes("YAML"), "and says what is wrong");
  check(await page.locator("div.page").count() === pages, "the last good pages are still shown");

  // Fix it: the overlay goes.
  save(data, filled);
  await page.waitForSelector("#overlay", { state: "hidden", timeout: 10000 });
  check(await page.evaluate((v) => Number(document.body.dataset.version) > v + 1, brokenVersion),
    "the fixed data was rendered again and the overlay is gone");

  // A missing figure in the list scrolls to its place on the page and marks it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator("#problems li.located").first().click();
  await page.waitForSelector("div.page .marker", { timeout: 5000 });
  check(await page.evaluate(() => window.scrollY) > 0, "clicking a figure scrolled to it and marked it");
  check(blocked.length === 0, `the policy blocked nothing the page needs${blocked.length ? `: ${blocked.join("; ")}` : ""}`);
  await page.screenshot({ path: join(dir, "serve.png") });
  console.log(`screenshot: ${join(dir, "serve.png")}`);
} catch (error) {
  console.error(error.message);
  if (process.env.GW_DEBUG) console.error(JSON.stringify(await browser.contexts()[0]?.pages()[0]?.$$eval("div.page", (divs) =>
    divs.map((d) => [d.dataset.index, d.dataset.hash?.slice(0, 6), d.querySelector("img").src.slice(-12), d.querySelector("img").complete, d.querySelector("img").naturalWidth]))));
  console.error(`gongwen printed:\n${server.log()}`);
  status = 1;
} finally {
  await browser.close();
  server.child.kill();
}
process.exit(status);
