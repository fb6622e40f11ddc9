#!/usr/bin/env node
// The `channel-tiering` command: runs the bundled CLI that `npm ci` builds (the "prepare" script).
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "dist", "cli.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "channel-tiering is not built yet: run `npm ci` (or `node scripts/build-cli.mjs`) in the checkout.\n" +
      "channel-tiering 尚未构建：请在代码目录中运行 `npm ci`（或 `node scripts/build-cli.mjs`）。\n",
  );
  process.exit(70);
}

// A young generation of 32 MB (Node's default is 16): rewriting a million-row sheet makes short-lived
// strings fast enough that a small one promotes them, and the full collections that follow walk the
// heap (measured when the plan held every note: 262,144 rows 14.1 s → 11.8 s; with values built when
// read, a million rows 41.2 s → 40.1 s; see the README's performance section).
// V8 reads the flag only at start-up, so the command starts Node again with it, passing signals on.
const YOUNG = "--max-semi-space-size=32";
if (process.execArgv.some((a) => a.startsWith("--max-semi-space-size"))) {
  require(bundle).main();
} else {
  const { spawn } = require("node:child_process");
  const child = spawn(process.execPath, [YOUNG, ...process.execArgv, __filename, ...process.argv.slice(2)], {
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
