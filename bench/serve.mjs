// Benchmark of `gongwen serve` in headless Chromium: one-figure edits of the 13-page
// filled look-back report, each timed from the save to the page in view replaced and to
// every changed page replaced, against a baseline run in the same invocation: the same
// edits shown by reloading the whole page with the browser's cache off (what a plain
// live-reload server does: every page sent again), reloaded as soon as the server has
// the new version. Also prints the pages fetched and the bytes on the wire per edit, and
// a page's SVG raw and gzipped.
//
//     cargo build --release
//     (cd tests/browser && npm ci)     # playwright-core; Debian's chromium (apt-get install chromium)
//     node bench/serve.mjs [--edits 20] [--gongwen target/release/gongwen] [--against OLD/gongwen]
//
// --against measures another build (e.g. one from before a change) the same way.

import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { allShown, editAndWait, getRaw, launch, openPreview, save, serve, shownHashes } from "../tests/browser/lib.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FIGURE = "党组中心组专题学习次数";
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const edits = Number(option("edits", 20));
const gongwen = resolve(option("gongwen", join(root, "target/release/gongwen")));
const against = option("against", null);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const ms = (t) => `${Math.round(t)} ms`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

const original = readFileSync(join(root, "fixtures/lookback-filled.yaml"), "utf8");
const line = new RegExp(`^  ${FIGURE}: .*\\n`, "m");
if (!line.test(original)) throw new Error(`fixtures/lookback-filled.yaml has no ${FIGURE}`);
/** The report with the figure set to `value` (left out when null). */
const withFigure = (value) => original.replace(line, value === null ? "" : `  ${FIGURE}: ${value}\n`);
/** Distinct values, wide and narrow in turn, so that the line reflows and no page is one
 * the browser has seen before. */
const value = (i) => (i % 2 ? `${i}` : `${1000000 + i}`);

/** Saves `text` over `data`, waits for the server's next version, reloads the page and
 * waits until every page has loaded; like `editAndWait`. */
async function reloadAfter(page, url, data, text) {
  const { version } = await (await fetch(`${url}state`)).json();
  const saved = Date.now();
  save(data, text);
  let state;
  do {
    await new Promise((done) => setTimeout(done, 2));
    state = await (await fetch(`${url}state`)).json();
  } while (state.version === version);
  await page.reload();
  await allShown(page);
  const replaced = {};
  for (const c of await page.evaluate(() => window.gwChanges)) replaced[c.index] ??= c.at;
  return { state, changed: state.pages.map((_, i) => i), saved, replaced };
}

/** Runs `edits` one-figure edits under `binary`; with `reload`, the browser reloads the
 * whole page after each save, its cache off. */
async function measure(binary, reload) {
  const dir = mkdtempSync(join(tmpdir(), "gongwen-bench-serve-"));
  const data = join(dir, "d.yaml");
  copyFileSync(join(root, "fixtures/lookback-filled.yaml"), data);
  save(data, withFigure(null));
  const server = await serve(binary, dir);
  const browser = await launch();
  try {
    const { page, requests } = await openPreview(browser, server.url);
    // The figure, missing, is placed on its page: keep that page in the middle of the view.
    const state = await (await fetch(`${server.url}state`)).json();
    const at = state.problems.find((p) => p.metric === FIGURE)?.at?.[0];
    if (!at) throw new Error(`${FIGURE} is not placed on a page`);
    const index = at.page - 1;
    await page.evaluate(({ index, y }) => {
      const div = document.querySelectorAll("div.page")[index];
      scrollTo(0, div.offsetTop + (y / Number(div.dataset.height)) * div.offsetHeight - innerHeight / 2);
    }, { index, y: at.y });
    if (reload) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    }
    const inView = [], all = [], fetched = [], wire = [], changedCounts = [];
    for (let i = -3; i < edits; i++) {
      const before = await shownHashes(page);
      const asked = requests.length;
      const text = withFigure(i < -2 ? 6 : value(i + 3));
      const edit = reload
        ? await reloadAfter(page, server.url, data, text)
        : await editAndWait(page, server.url, data, text, before);
      if (i < 0) continue; // warming up (the first fills the figure in)
      if (!edit.changed.includes(index)) throw new Error(`edit ${i}: page ${index + 1} unchanged`);
      inView.push(edit.replaced[index] - edit.saved);
      all.push(Math.max(...edit.changed.map((c) => edit.replaced[c])) - edit.saved);
      await requests.settled();
      const mine = requests.slice(asked);
      fetched.push(mine.length);
      wire.push(mine.reduce((sum, r) => sum + r.wire, 0));
      changedCounts.push(edit.changed.length);
    }
    const sizes = [];
    for (const p of (await (await fetch(`${server.url}state`)).json()).pages) {
      const plain = await getRaw(`${server.url}page/${p.hash}.svg`);
      const gzip = await getRaw(`${server.url}page/${p.hash}.svg`, { "Accept-Encoding": "gzip" });
      sizes.push({ plain: plain.body.length, gzip: gzip.body.length, encoding: gzip.headers["content-encoding"] });
    }
    return { pages: state.pages.length, page: index + 1, inView, all, fetched, wire, changedCounts, sizes };
  } finally {
    await browser.close();
    server.child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(what, r) {
  console.log(`${what}:`);
  console.log(`  page in view (page ${r.page}) replaced: median ${ms(median(r.inView))}, 90th percentile ${ms(p90(r.inView))}`);
  console.log(`  every changed page replaced:    median ${ms(median(r.all))}, 90th percentile ${ms(p90(r.all))}`);
  console.log(`  pages whose hash changed per edit: ${mean(r.changedCounts).toFixed(1)} of ${r.pages}; `
    + `pages fetched per edit: ${mean(r.fetched).toFixed(1)}; on the wire per edit: ${mb(mean(r.wire))}`);
  const plain = mean(r.sizes.map((s) => s.plain)), gzip = mean(r.sizes.map((s) => s.gzip));
  const encoding = r.sizes[0]?.encoding ?? "none";
  console.log(`  a page's SVG: ${mb(plain)} raw, ${mb(gzip)} to a browser taking gzip (Content-Encoding: ${encoding}, `
    + `${(plain / gzip).toFixed(1)}x smaller)`);
}

console.log(`machine: ${cpus().length} cores; filled look-back report; ${edits} one-figure edits of ${FIGURE} `
  + "(wide and narrow in turn), 1400x900 window with the figure's page in the middle");
const now = await measure(gongwen, false);
const baseline = await measure(gongwen, true);
report(`gongwen serve (${gongwen})`, now);
report("baseline, the same build, the whole page reloaded (cache off) after each save", baseline);
console.log(`ratio (baseline / now, medians): page in view ${(median(baseline.inView) / median(now.inView)).toFixed(1)}x, `
  + `every changed page ${(median(baseline.all) / median(now.all)).toFixed(1)}x`);
console.log(`targets: page in view <= 150 ms: ${median(now.inView) <= 150 ? "met" : "NOT met"}; `
  + `every changed page <= 300 ms: ${median(now.all) <= 300 ? "met" : "NOT met"}`);
if (against) {
  const other = await measure(resolve(against), false);
  report(`--against ${against}`, other);
  console.log(`ratio (--against / now, medians): page in view ${(median(other.inView) / median(now.inView)).toFixed(1)}x, `
    + `every changed page ${(median(other.all) / median(now.all)).toFixed(1)}x`);
}
