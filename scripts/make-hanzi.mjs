// Writes src/engine/hanziTable.ts: the traditional characters (Taiwan's, Hong Kong's and OpenCC's
// standard forms) whose simplified form is a character of ours, one pair each, so that a header typed
// in traditional Chinese (經銷商名稱, 年銷售額（萬元）, 客戶狀態) reads as its simplified form does.
// "Ours" is every Han character in src/'s code (comment lines left out): the words the engine matches, and
// the headers and sheets the tool writes (a workbook converted with Excel's 简转繁 and run again). Made from OpenCC's dictionaries
// (opencc-js, a devDependency), one character at a time.
// `node scripts/make-hanzi.mjs` rewrites the table; `node scripts/make-hanzi.mjs --check` exits 1 where
// the table is not what the sources make (a test runs it: a new word with a new character needs a run).
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as OpenCC from "opencc-js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "src/engine/hanziTable.ts");
const HAN = /[\u3400-\u9fff]/g;

const sources = [];
const walk = (dir) => {
  for (const f of readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.tsx?$/.test(f) && p !== out) sources.push(p);
  }
};
walk(path.join(root, "src"));
const ours = new Set();
// Code only: a comment's words are matched against nothing (a new character in a comment needs no run).
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*)/;
for (const f of sources)
  for (const line of readFileSync(f, "utf8").split("\n"))
    if (!COMMENT_LINE.test(line)) for (const [c] of line.matchAll(HAN)) ours.add(c);

// From each traditional standard OpenCC knows (its own, Taiwan's, Hong Kong's) to mainland simplified.
const toSimplified = ["t", "tw", "hk"].map((from) => OpenCC.Converter({ from, to: "cn" }));
const pairs = new Map();
for (let cp = 0x3400; cp <= 0x9fff; cp++) {
  const c = String.fromCodePoint(cp);
  for (const convert of toSimplified) {
    const s = convert(c);
    if (s === c || [...s].length !== 1 || !ours.has(s)) continue;
    const had = pairs.get(c);
    if (had !== undefined && had !== s) throw new Error(`${c} is ${had} and ${s}`);
    pairs.set(c, s);
  }
}
const table = [...pairs].map(([t, s]) => t + s).join("");
const text = `// Made by scripts/make-hanzi.mjs from OpenCC's dictionaries: do not edit. Each pair is a traditional
// character and its simplified form (${pairs.size} pairs).
export const TRADITIONAL_SIMPLIFIED =
  "${table}";
`;
if (process.argv.includes("--check")) {
  let now = "";
  try {
    now = readFileSync(out, "utf8");
  } catch {
    // none yet
  }
  if (now !== text) {
    console.error("src/engine/hanziTable.ts is not what the sources make: run node scripts/make-hanzi.mjs");
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
  console.log(`${pairs.size} pairs written to ${path.relative(root, out)}`);
}
