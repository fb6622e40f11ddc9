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
require(bundle).main();
