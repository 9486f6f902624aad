// The static book's widgets, alive in the reader's browser.
//
// Each widget on the page ([data-dc-live]) was rendered at build time by
// dialogue_coach.widgets.browser.markup(), so it is complete without this script. Here we
// only carry text between the page and Python: the first time the reader focuses or
// clicks a widget, a module Web Worker starts Pyodide and the engine (worker.mjs); then
// every keystroke or button press goes to browser.respond() there, and its HTML replaces
// the widget's view. Nothing is judged here, and nothing leaves the page.
//
// Browsers that cannot run module scripts (old ones, JavaScript off, a page opened from
// file://) never run this file and keep the snapshot with its one-line explanation.

const roots = [...document.querySelectorAll("[data-dc-live]")];
const queues = new Map(roots.map((root) => [root, []]));
const busy = new Set();
const replies = new Map();
let worker = null;
let ready = false;
let serial = 0;

function setStatus(phase) {
  for (const root of roots) {
    const key = "dcText" + phase[0].toUpperCase() + phase.slice(1);
    root.querySelector("[data-dc-status]").textContent = root.dataset[key];
    root.dataset.dcPhase = phase;
  }
}

function storageKey(root) {
  return `dialogue-coach:${root.dataset.dcLive}:${root.lang}`;
}

// The hat check keeps its last code in this browser, so a reader coming back a month
// later finds it in the box for an earlier code. Storage may be switched off: then the
// code on the page is the only copy, as its text says.
function remember(root) {
  const saved = root.querySelector("[data-dc-remember]");
  try {
    if (saved) localStorage.setItem(storageKey(root), saved.dataset.dcRemember);
  } catch { /* storage unavailable */ }
}

function recall(root) {
  for (const input of root.querySelectorAll("[data-dc-recall]")) {
    try {
      if (!input.value) input.value = localStorage.getItem(storageKey(root)) || "";
    } catch { /* storage unavailable */ }
  }
}

function enable(root) {
  for (const button of root.querySelectorAll("[data-dc-action]")) button.disabled = false;
}

function fields(root) {
  const values = {};
  for (const el of root.querySelectorAll("[data-dc-field]")) {
    if (el.type === "radio") {
      if (el.checked) values[el.dataset.dcField] = el.value;
    } else {
      values[el.dataset.dcField] = el.value;
    }
  }
  return values;
}

function fail(reason) {
  console.warn("dialogue coach: could not start in this browser:", reason);
  worker = worker || "failed";
  ready = false;
  setStatus("failed");
}

function start() {
  if (worker) return;
  setStatus("loading");
  try {
    worker = new Worker(new URL("worker.mjs", import.meta.url), { type: "module" });
  } catch (error) {
    fail(error);
    return;
  }
  worker.onerror = (event) => fail(event.message || "the worker failed");
  worker.onmessage = ({ data }) => {
    if (data.ready) {
      ready = true;
      setStatus("ready");
      roots.forEach(dispatch);
    } else if (data.failed) {
      fail(data.failed);
    } else {
      replies.get(data.id)(data);
      replies.delete(data.id);
    }
  };
}

// Typing sends only its latest text: a request still queued is replaced, not repeated.
function enqueue(root, action, value = "") {
  const queue = queues.get(root);
  if (action === "input" && queue.length && queue[queue.length - 1].action === "input") {
    queue.pop();
  }
  queue.push({ action, value });
  start();
  dispatch(root);
}

function ask(request) {
  const id = ++serial;
  return new Promise((resolve) => {
    replies.set(id, resolve);
    worker.postMessage({ id, request: JSON.stringify(request) });
  });
}

async function dispatch(root) {
  const queue = queues.get(root);
  if (!ready || busy.has(root) || !queue.length) return;
  busy.add(root);
  const { action, value } = queue.shift();
  const reply = await ask({
    kind: root.dataset.dcLive,
    spec: JSON.parse(root.dataset.dcSpec),
    state: JSON.parse(root.dataset.dcState),
    action,
    value,
    fields: fields(root),
  });
  busy.delete(root);
  if (reply.error) {
    console.warn("dialogue coach:", reply.error);
  } else {
    const answer = JSON.parse(reply.answer);
    root.dataset.dcState = JSON.stringify(answer.state);
    root.querySelector("[data-dc-view]").innerHTML = answer.html;
    remember(root);
    recall(root);
    // After a button press the old button is gone: move focus to what changed.
    if (action !== "input") root.querySelector("[data-dc-focus]")?.focus();
    root.dataset.dcUpdates = String(Number(root.dataset.dcUpdates || 0) + 1);
  }
  dispatch(root);
}

for (const root of roots) {
  root.addEventListener("focusin", start);
  root.addEventListener("pointerdown", start);
  root.addEventListener("input", (event) => {
    if (event.target.matches("textarea[data-dc-field]")) enqueue(root, "input");
  });
  root.addEventListener("click", (event) => {
    const button = event.target.closest("[data-dc-action]");
    if (button && !button.disabled) {
      enqueue(root, button.dataset.dcAction, button.dataset.dcValue);
    }
  });
  enable(root);
  recall(root);
}
setStatus("idle");
