// Python in a module Web Worker: Pyodide (from the book's own _static/pyodide/, never a
// CDN) and the dialogue_coach package (a zip the build made from src/). The page's
// thread never waits for Python, so the page does not freeze while it starts.
import { loadPyodide } from "../pyodide/pyodide.mjs";

let respond = null;

async function boot() {
  // The engine downloads while Python starts.
  const download = fetch(new URL("dialogue_coach.zip", import.meta.url));
  const pyodide = await loadPyodide({ indexURL: new URL("../pyodide/", import.meta.url).href });
  const engine = await download;
  if (!engine.ok) throw new Error(`the engine's zip: HTTP ${engine.status}`);
  pyodide.unpackArchive(await engine.arrayBuffer(), "zip", { extractDir: "/home/pyodide/engine" });
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/engine')");
  respond = pyodide.pyimport("dialogue_coach.widgets.browser").respond;
}

const booted = boot().then(
  () => postMessage({ ready: true }),
  (error) => postMessage({ failed: String(error) }),
);

onmessage = async ({ data }) => {
  await booted;
  try {
    postMessage({ id: data.id, answer: respond(data.request) });
  } catch (error) {
    postMessage({ id: data.id, error: String(error) });
  }
};
