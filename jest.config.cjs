/** Unit and integration tests. End-to-end browser tests run separately (npm run test:e2e). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
      },
    ],
  },
  transformIgnorePatterns: ["/node_modules/"],
  testTimeout: 60000,
  globalSetup: "<rootDir>/tests/integration/globalSetup.cjs",
  setupFilesAfterEnv: ["<rootDir>/tests/helpers/domSetup.ts"],
};
