// `npm run bench [-- NAME…]`: builds the benchmarks and runs each measurement in a fresh Node process.
import { execFileSync } from "node:child_process";
import { build } from "esbuild";

const PLAN = [
  ["engine", 10_000],
  ["engine", 100_000],
  ["engine", 1_048_576],
  ["remarks", 1_048_576],
  ["cli", 50_000],
  ["cli", 1_048_576],
  ["rerun", 50_000],
  ["rerun", 1_048_576],
  ["csv", 50_000],
  ["csv", 1_048_576],
  ["adapter", 10_000],
  ["adapter", 100_000],
  ["adapter", 1_048_576],
];

await build({
  entryPoints: ["bench/run.ts"],
  outfile: "dist/bench.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  logLevel: "warning",
});
const only = process.argv.slice(2);
for (const [name, size] of PLAN) {
  if (only.length > 0 && !only.includes(name)) continue;
  execFileSync(process.execPath, ["--max-old-space-size=8192", "dist/bench.cjs", name, String(size)], {
    stdio: "inherit",
  });
}
// The pane's bundle and first render need a browser: Debian's chromium (see the README).
if (only.length === 0 || only.includes("bundle"))
  execFileSync(process.execPath, ["bench/bundle.mjs"], { stdio: "inherit" });
