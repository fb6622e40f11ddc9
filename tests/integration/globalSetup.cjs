// Builds the CLI bundle the integration tests run, so a test never runs a stale build.
const { buildSync } = require("esbuild");
const options = require("../../scripts/cliBuildOptions.cjs");

module.exports = async () => {
  buildSync(options);
};
