// What the browser test (serve.mjs) and the serve benchmark (bench/serve.mjs) share:
// starting `gongwen serve`, saving as editors do, launching Debian's Chromium, and
// watching which pages a browser fetches and when each page is replaced.

import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { renameSync, writeFileSync } from "node:fs";
import http from "node:http";

/** Saves `text` as editors that rename a new file over the old one do. */
export function save(path, text) {
  writeFileSync(`${path}.swp`, text);
  renameSync(`${path}.swp`, path);
}

/** Starts `gongwen serve FILE` in `dir`; resolves with the process and its address. */
export function serve(gongwen, dir, file = "d.yaml") {
  const child = spawn(gongwen, ["serve", file, "--port", "0", "--lang", "zh"], { cwd: dir });
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

/** Headless Chromium (Debian's, or $CHROMIUM). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** GETs `url` with these request headers; resolves with status, headers and the body's
 * bytes as they came over the wire (not decompressed). */
export function getRaw(url, headers = {}) {
  return new Promise((done, fail) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", fail);
  });
}

/** Opens the served page and waits until every page image has loaded. From then on (and
 * after a reload) `window.gwChanges` lists each replacement of a page ({index, hash, at:
 * ms since the epoch}), and the returned `requests` every page image the browser asks
 * for, with its response's encoding and size on the wire. */
export async function openPreview(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(() => {
    window.gwChanges = [];
    addEventListener("DOMContentLoaded", () => {
      const pages = document.getElementById("pages");
      new MutationObserver((records) => {
        const at = performance.timeOrigin + performance.now();
        for (const r of records) {
          const index = [...pages.children].indexOf(r.target);
          window.gwChanges.push({ index, hash: r.target.dataset.hash, at });
        }
      }).observe(pages, { subtree: true, attributeFilter: ["data-hash"] });
    });
  });
  const requests = [], pending = [];
  page.on("requestfinished", (request) => {
    const found = request.url().match(/\/page\/([0-9a-f]+)\.svg$/);
    if (!found) return;
    const record = { hash: found[1], at: Date.now() };
    requests.push(record);
    pending.push((async () => {
      record.encoding = (await request.response())?.headers()["content-encoding"];
      record.wire = (await request.sizes()).responseBodySize;
    })());
  });
  /** Resolves once every request's encoding and size are known. */
  requests.settled = () => Promise.all(pending);
  const first = await page.goto(url);
  await page.waitForFunction(() => Number(document.body.dataset.version) >= 1, null, { timeout: 60000 });
  await allShown(page);
  return { page, requests, first };
}

/** Waits until every page image has loaded. */
export const allShown = (page, timeout = 60000) => page.waitForFunction(() => [...document.querySelectorAll("div.page")]
  .every((div) => div.dataset.hash && div.querySelector("img").complete), null, { timeout });

/** The hashes of the pages the browser shows, in order. */
export const shownHashes = (page) => page.$$eval("div.page", (divs) => divs.map((d) => d.dataset.hash));

/** Saves `text` over `data` and waits until the browser shows every page of the server's
 * next version. Returns the server's state, the indexes of the pages whose hash changed,
 * when the save was made, and when each changed page was replaced (ms since the epoch). */
export async function editAndWait(page, url, data, text, before, timeout = 30000) {
  const version = await page.evaluate(() => Number(document.body.dataset.version));
  await page.evaluate(() => { window.gwChanges = []; });
  const saved = Date.now();
  save(data, text);
  await page.waitForFunction((v) => Number(document.body.dataset.version) > v, version, { timeout });
  // A save may be seen as two changes: wait until the server has settled.
  let state = await (await fetch(`${url}state`)).json();
  for (;;) {
    await page.waitForFunction((want) => {
      const divs = [...document.querySelectorAll("div.page")];
      return divs.length === want.length && divs.every((d, i) => d.dataset.hash === want[i]);
    }, state.pages.map((p) => p.hash), { timeout });
    const again = await (await fetch(`${url}state`)).json();
    if (again.version === state.version) break;
    state = again;
  }
  const changes = await page.evaluate(() => window.gwChanges);
  const changed = state.pages.map((_, i) => i).filter((i) => state.pages[i].hash !== before[i]);
  const replaced = {};
  for (const c of changes) if (c.hash === state.pages[c.index]?.hash) replaced[c.index] ??= c.at;
  return { state, changed, saved, replaced };
}
