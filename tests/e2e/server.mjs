// A static server for the built demo pane (dist-demo/), with office.js served from the npm package, as
// the dev server does. Localhost only; used by the browser tests and the first-render benchmark.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
  ".map": "application/json",
  ".css": "text/css",
};

export function startServer(root, port = 0) {
  const officeJs = path.resolve("node_modules/@microsoft/office-js/dist");
  // Tests inject axe-core from here: same origin, so the page's Content-Security-Policy allows it.
  const axe = path.resolve("node_modules/axe-core");
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const [base, rel] = url.pathname.startsWith("/office-js/")
      ? [officeJs, url.pathname.slice("/office-js/".length)]
      : url.pathname === "/test-tools/axe.min.js"
        ? [axe, "axe.min.js"]
        : [root, url.pathname.slice(1) || "taskpane.html"];
    const file = path.resolve(base, decodeURIComponent(rel));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () =>
      resolve({ server, url: `http://localhost:${server.address().port}` }),
    ),
  );
}
