// `gongwen serve` in a real headless Chromium: the pages are shown, an edit updates them in
// place (scroll kept), a broken save shows the overlay with its line, the fix removes it,
// and clicking a missing figure marks it on its page.
//
//     node tests/browser/serve.mjs [path/to/gongwen]

import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const gongwen = resolve(process.argv[2] ?? join(root, "target/debug/gongwen"));
const FIGURE = "党组中心组专题学习次数";

function check(ok, what) {
  if (!ok) throw new Error(`failed: ${what}`);
  console.log(`ok   ${what}`);
}

/** Saves `text` as editors that rename a new file over the old one do. */
function save(path, text) {
  writeFileSync(`${path}.swp`, text);
  renameSync(`${path}.swp`, path);
}

/** Starts `gongwen serve`; resolves with the process and its address. */
function serve(dir) {
  const child = spawn(gongwen, ["serve", "d.yaml", "--port", "0", "--lang", "zh"], { cwd: dir });
  let log = "";
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no address in 60 s:\n${log}`)), 60000);
    child.stderr.on("data", (chunk) => {
      log += chunk;
      // The address, whatever the words around it (the line follows the language).
      const found = log.match(/(http:\/\/127\.0\.0\.1:\d+\/)/);
      if (found) {
        clearTimeout(timer);
        done({ child, url: found[1], log: () => log });
      }
    });
    child.on("exit", (code) => fail(new Error(`gongwen serve exited with ${code}:\n${log}`)));
  });
}

const dir = mkdtempSync(join(tmpdir(), "gongwen-serve-"));
const data = join(dir, "d.yaml");
copyFileSync(join(root, "fixtures/lookback.yaml"), data);
const original = readFileSync(data, "utf8");
check(!new RegExp(`^\\s*${FIGURE}:`, "m").test(original), `the fixture leaves ${FIGURE} missing`);
const filled = /^metrics:/m.test(original)
  ? original.replace(/^metrics:.*$/m, (m) => `${m}\n  ${FIGURE}: 12`)
  : `${original.trimEnd()}\nmetrics:\n  ${FIGURE}: 12\n`;

const server = await serve(dir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let status = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const blocked = [];
  page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
  const first = await page.goto(server.url);
  check(/default-src 'self'/.test(first.headers()["content-security-policy"] ?? ""),
    "the page is served with its Content-Security-Policy");
  await page.waitForFunction(() => Number(document.body.dataset.version) >= 1, null, { timeout: 60000 });
  await page.waitForFunction(() => [...document.querySelectorAll("div.page img")]
    .every((img) => img.complete && img.naturalWidth > 0), null, { timeout: 30000 });
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

  // Scroll to page 5, then fill in one figure.
  await page.evaluate(() => document.querySelectorAll("div.page")[4].scrollIntoView());
  const scrolled = await page.evaluate(() => window.scrollY);
  const hashes = await page.$$eval("div.page", (divs) => divs.map((d) => d.dataset.hash));
  const version = await page.evaluate(() => Number(document.body.dataset.version));
  const saved = Date.now();
  save(data, filled);
  await page.waitForFunction((v) => Number(document.body.dataset.version) > v, version, { timeout: 10000 });
  const shownAfter = Date.now() - saved;
  const next = await (await fetch(`${server.url}state`)).json();
  await page.waitForFunction((want) => {
    const divs = [...document.querySelectorAll("div.page")];
    return divs.length === want.length && divs.every((d, i) => d.dataset.hash === want[i]);
  }, next.pages.map((p) => p.hash), { timeout: 20000 });
  const allAfter = Date.now() - saved;
  check(next.pages.some((p, i) => p.hash !== hashes[i]),
    `the edit changed pages: shown ${shownAfter} ms after the save, every changed page after ${allAfter} ms`);
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
