// gongwen serve: keeps page.html's pages, errors and problems in step with the server
// (a file of its own: the page's CSP allows no inline script).
"use strict";
const pagesEl = document.getElementById("pages");
const overlayEl = document.getElementById("overlay");
const problemsEl = document.getElementById("problems");
let shown = -1, announced = 0, busy = false, again = false;

// The texts in the server's language (page.html's data-texts): `%name` marks are filled
// in; a count chooses the `-one` or `-other` form.
const texts = JSON.parse(document.documentElement.dataset.texts || "{}");
const say = (id, values = {}) =>
  (texts[id] ?? id).replace(/%(\w+)/g, (mark, name) => (name in values ? String(values[name]) : mark));
const count = (id, n, values = {}) => say(`${id}-${n === 1 ? "one" : "other"}`, { n, ...values });

const place = (p) => p.file ? [p.file, p.line, p.column].filter((v) => v != null).join(":") : "";

async function update() {
  if (busy) { again = true; return; }
  busy = true;
  try {
    const state = await (await fetch("/state", { cache: "no-store" })).json();
    await apply(state);
  } catch (e) {
    document.getElementById("status").textContent = say("page-disconnected");
  }
  busy = false;
  if (again) { again = false; update(); }
}

// Pages whose hash changed get their new image once it has loaded; the others stay,
// and so does the scroll position.
async function apply(state) {
  const divs = [...pagesEl.children];
  const changed = [];
  state.pages.forEach((p, i) => {
    let div = divs[i];
    if (!div) {
      div = document.createElement("div");
      div.className = "page";
      div.appendChild(document.createElement("img"));
      pagesEl.appendChild(div);
    }
    div.style.aspectRatio = `${p.width} / ${p.height}`;
    div.dataset.index = i + 1;
    div.dataset.width = p.width;
    div.dataset.height = p.height;
    if (div.dataset.hash !== p.hash) changed.push([div, p.hash]);
  });
  for (let i = divs.length - 1; i >= state.pages.length; i--) divs[i].remove();
  // One image at a time, pages in view first: a page is a large SVG, and Chromium
  // stalls when it is handed many at once. The version counts as shown once the pages
  // in view are; the others follow unless a newer render arrives first.
  const top = scrollY, bottom = scrollY + innerHeight;
  const inView = ([div]) => div.offsetTop < bottom && div.offsetTop + div.offsetHeight > top;
  const middle = (top + bottom) / 2;
  changed.sort(([a], [b]) => Math.abs(a.offsetTop - middle) - Math.abs(b.offsetTop - middle));
  const now = changed.filter(inView);
  for (const page of now) await load(...page);
  showError(state.error);
  showProblems(state.problems);
  document.body.classList.toggle("stale", !!state.error);
  document.getElementById("status").textContent = count("page-status", state.pages.length,
    { file: state.file, ms: state.took_ms, version: state.version });
  shown = state.version;
  document.body.dataset.version = state.version;
  for (const page of changed.filter((p) => !now.includes(p))) {
    if (announced > state.version) break;
    await load(...page);
  }
}

// Puts page image `hash` into `div` once it has loaded (or after 10 s, whatever happened).
async function load(div, hash) {
  const src = `/page/${hash}.svg`;
  await new Promise((done) => {
    const next = new Image();
    next.onload = next.onerror = done;
    setTimeout(done, 10000);
    next.src = src;
  });
  const img = div.querySelector("img");
  img.alt = say("page-alt", { n: Number(div.dataset.index) });
  img.src = src;
  div.dataset.hash = hash;
}

function showError(error) {
  overlayEl.hidden = !error;
  if (!error) return;
  overlayEl.querySelector(".where").textContent = place(error);
  overlayEl.querySelector(".message").textContent = error.message;
  overlayEl.querySelector(".hint").textContent = error.hint ? say("page-hint", { hint: error.hint }) : "";
  const detail = overlayEl.querySelector(".detail");
  detail.hidden = !error.detail;
  detail.textContent = error.detail || "";
}

function showProblems(problems) {
  document.getElementById("count").textContent = problems.length ? count("page-count", problems.length) : "";
  problemsEl.replaceChildren(...problems.map((p) => {
    const li = document.createElement("li");
    li.className = `problem ${p.severity}` + (p.at.length ? " located" : "");
    if (p.metric) li.dataset.metric = p.metric;
    const what = document.createElement("div");
    what.textContent = p.message;
    const where = document.createElement("div");
    where.className = "where";
    const pages = p.at.map((a) => a.page).join(say("page-list-separator"));
    where.textContent = place(p) + (p.at.length ? ` · ${count("page-on", p.at.length, { list: pages })}` : "");
    li.append(what, where);
    let next = 0;
    if (p.at.length) li.addEventListener("click", () => { reveal(p.at[next]); next = (next + 1) % p.at.length; });
    return li;
  }));
  if (!problems.length) {
    const li = document.createElement("li");
    li.textContent = say("page-no-problems");
    problemsEl.replaceChildren(li);
  }
}

// Scrolls the figure at `at` (page, x and y in points) to the middle of the window and marks it.
function reveal(at) {
  const div = pagesEl.children[at.page - 1];
  if (!div) return;
  for (const old of document.querySelectorAll(".marker")) old.remove();
  const marker = document.createElement("div");
  marker.className = "marker";
  marker.style.left = `${(100 * at.x) / div.dataset.width}%`;
  marker.style.top = `${(100 * at.y) / div.dataset.height}%`;
  div.appendChild(marker);
  marker.scrollIntoView({ block: "center" });
}

new EventSource("/events").onmessage = (e) => {
  announced = Math.max(announced, Number(e.data));
  if (announced !== shown) update();
};
update();
