#!/usr/bin/env node
// The `channel-tiering` command: runs the bundled CLI that `npm ci` builds (the "prepare" script).
const path = require("node:path");
const fs = require("node:fs");

// A young generation of 32 MB (Node's default is 16) for a large workbook: rewriting a million-row
// sheet makes short-lived strings fast enough that a small one promotes them, and the full collections
// that follow walk the heap (with values built when read, a million rows 41.2 s → 40.1 s; it was worth
// far more while the plan held every note: see the README's performance section). V8 reads the flag
// only at start-up, so the command starts Node again with it, passing signals on; that second start
// costs 50-80 ms, a third of a run on a sheet of a few hundred rows and no gain at 50,000 rows (3.6 MB),
// so it is paid only when an argument names a file of LARGE_INPUT_BYTES or more.
const YOUNG = "--max-semi-space-size=32";
const LARGE_INPUT_BYTES = 16 << 20;

/** Whether any argument names an existing file of `LARGE_INPUT_BYTES` or more (the input, most often). */
function hasLargeFile(args) {
  return args.some((a) => {
    try {
      const s = fs.statSync(a, { throwIfNoEntry: false });
      return s !== undefined && s.isFile() && s.size >= LARGE_INPUT_BYTES;
    } catch {
      return false;
    }
  });
}

function start() {
  const bundle = path.join(__dirname, "..", "dist", "cli.cjs");
  if (!fs.existsSync(bundle)) {
    process.stderr.write(
      "channel-tiering is not built yet: run `npm ci` (or `node scripts/build-cli.mjs`) in the checkout.\n" +
        "channel-tiering 尚未构建：请在代码目录中运行 `npm ci`（或 `node scripts/build-cli.mjs`）。\n",
    );
    process.exit(70);
  }
  const args = process.argv.slice(2);
  if (process.execArgv.some((a) => a.startsWith("--max-semi-space-size")) || !hasLargeFile(args)) {
    require(bundle).main();
    return;
  }
  const { spawn } = require("node:child_process");
  const child = spawn(process.execPath, [YOUNG, ...process.execArgv, __filename, ...args], {
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 70);
  });
}

if (require.main === module) start();
module.exports = { hasLargeFile, LARGE_INPUT_BYTES };
