// Bundles the command line into dist/cli.cjs (run on `npm ci` through "prepare", and before demo/bench).
import { createRequire } from "node:module";
import { build } from "esbuild";

const options = createRequire(import.meta.url)("./cliBuildOptions.cjs");
await build(options);
