// esbuild options of the CLI bundle, shared by `npm ci` (prepare), `npm run demo` and the test setup.
module.exports = {
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  // The bundle is its own worker script (src/xlsx/checkSheet.ts checks the data sheet on one).
  define: { "process.env.CHANNEL_TIERING_BUNDLE": '"1"' },
};
