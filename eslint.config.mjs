// Flat config: typescript-eslint, React hooks, the Office add-in rules, and the layering of ARCHITECTURE.md.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]),
);

/** Imports a layer may not make, as no-restricted-imports patterns. */
const ban = (groups, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "bin/", "tests/e2e/artifacts/", "bench/out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "TSEnumDeclaration", message: "Use a string union instead of an enum." },
      ],
    },
  },
  {
    // The Office.js rules fit the code that talks to Office; ExcelJS objects would trip them falsely.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "no-console": "error",
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: ban(
      ["../*", "react", "react-dom", "@fluentui/*", "exceljs", "node:*", "fs", "path", "@microsoft/*"],
      "The engine is pure: it imports nothing outside src/engine.",
    ),
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: ban(
      [
        "../excel/*",
        "../excel",
        "../xlsx/*",
        "../xlsx",
        "../taskpane/*",
        "../commands/*",
        "../cli/*",
        "react",
        "@fluentui/*",
        "exceljs",
        "node:*",
        "fs",
        "@microsoft/*",
      ],
      "workbook/ imports only engine/ and i18n/.",
    ),
  },
  {
    files: ["src/i18n/**/*.ts"],
    rules: ban(
      [
        "../excel*",
        "../xlsx*",
        "../taskpane*",
        "../commands*",
        "../cli*",
        "../workbook*",
        "react",
        "exceljs",
        "node:*",
      ],
      "i18n/ holds strings only.",
    ),
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    rules: ban(
      ["../xlsx*", "../../xlsx*", "../cli*", "../../cli*", "exceljs", "node:*", "fs", "path"],
      "The pane and the ribbon reach Excel only through excel/ and workbook/.",
    ),
  },
  {
    // Only src/excel touches Office: the pane, the ribbon and the rest reach it through src/excel.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Excel", "Office", "OfficeExtension"].map((name) => ({
          name,
          message: `Only src/excel touches ${name}: go through src/excel (host.ts for Office itself).`,
        })),
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts", "src/xlsx/**/*.ts"],
    rules: {
      "no-console": "off",
      ...ban(
        ["../excel*", "../taskpane*", "../commands*", "react", "@fluentui/*"],
        "The CLI and xlsx adapter never load Office or React.",
      ),
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.{mjs,ts}"],
    rules: { "no-console": "off" },
  },
  {
    // The fake's proxies hand `this` to property traps and getters of nested objects.
    files: ["tests/fakes/**/*.ts"],
    rules: { "@typescript-eslint/no-this-alias": "off" },
  },
  {
    // CommonJS by necessity: Jest's global setup and the config shared with it.
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
