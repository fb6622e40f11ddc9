// The pane's first load: the JavaScript taskpane.html loads (office.js aside), gzip-compressed, and the
// time to first render in headless Chromium (demo build, localhost). Prints JSON lines.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { openPane } from "../tests/e2e/browser.mjs";

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const scriptsOf = (dir) =>
  [...readFileSync(path.join(dir, "taskpane.html"), "utf8").matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/office\.js$/.test(src));

execFileSync(process.execPath, ["node_modules/webpack/bin/webpack.js", "--mode", "production"], {
  stdio: "ignore",
});
const entry = scriptsOf("dist/addin").reduce((sum, src) => sum + gz(path.join("dist/addin", src)), 0);
console.log(
  JSON.stringify({
    bench: "bundle",
    build: "production",
    initialScripts: scriptsOf("dist/addin"),
    initialGzipBytes: entry,
    initialGzipKB: Math.round(entry / 102.4) / 10,
  }),
);

execFileSync(
  process.execPath,
  ["node_modules/webpack/bin/webpack.js", "--mode", "production", "--env", "demo"],
  { stdio: "ignore" },
);
const times = [];
let startup = 0;
for (let i = 0; i < 3; i++) {
  const pane = await openPane();
  await pane.page.getByRole("button", { name: "Tier distributors" }).waitFor({ timeout: 30_000 });
  // The pane marks its first committed render; reading the clock after waitFor would add Playwright's
  // polling interval (up to 100 ms) to the time. The scripts counted are those the page had received by
  // that mark (resource timing), office.js and its own files aside: a lazy chunk fetched just after the
  // first render is not part of it (counting every script seen by the time the pane closed gave 160-211 KB
  // from run to run).
  const first = await pane.page.evaluate(() => {
    const at =
      performance.getEntriesByName("channel-tiering:first-render")[0]?.startTime ?? performance.now();
    const scripts = performance
      .getEntriesByType("resource")
      .filter((e) => e.initiatorType === "script" && e.responseEnd <= at)
      .map((e) => e.name);
    return { at, scripts };
  });
  times.push(first.at);
  startup = first.scripts
    .filter((u) => !u.includes("/office-js/"))
    .reduce((sum, u) => sum + gz(path.join("dist/demo", new URL(u).pathname.slice(1))), 0);
  await pane.close();
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    bench: "first-render",
    build: "demo",
    runs: times.length,
    medianMs: Math.round(times[1]),
    scriptsToFirstRenderGzipKB: Math.round(startup / 102.4) / 10,
  }),
);
