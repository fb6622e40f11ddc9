import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * The README and docs/ point at each other, at pictures and at code: every relative link must land on a
 * file, and every `#anchor` into a Markdown page on one of its headings (as GitHub names them). A page
 * moved or a heading renamed fails here, not in a reader's browser.
 */
const ROOT = path.resolve(__dirname, "../..");
const PAGES = [
  "README.md",
  ...readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen. */
function slugOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of a Markdown page's headings (outside code blocks), a repeated one numbered as GitHub does. */
function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let fenced = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const m = fenced ? null : /^#{1,6} (.+)$/.exec(line);
    if (!m) continue;
    const slug = slugOf(m[1] as string);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

/** Relative targets of a page's Markdown links and HTML src/href attributes, code blocks left out. */
function linksOf(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, "");
  const targets = [
    ...[...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string),
    ...[...prose.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string),
  ];
  return targets.filter((t) => !/^[a-z]+:/i.test(t));
}

describe("the README and docs/", () => {
  it("names GitHub's anchors as GitHub does", () => {
    expect(slugOf("The report (`--report FILE.json`)")).toBe("the-report---report-filejson");
    expect(slugOf("Saved settings: one format for every door")).toBe(
      "saved-settings-one-format-for-every-door",
    );
    expect(slugOf("渠道分级 / Tier")).toBe("渠道分级--tier");
  });

  it.each(PAGES)("%s: every relative link lands on a file, and every anchor on a heading", (page) => {
    const text = readFileSync(path.join(ROOT, page), "utf8");
    const broken: string[] = [];
    for (const link of linksOf(text)) {
      const [file, anchor] = link.split("#") as [string, string | undefined];
      const target = file === "" ? path.join(ROOT, page) : path.resolve(ROOT, path.dirname(page), file);
      if (!existsSync(target)) {
        broken.push(`${link}: no such file`);
        continue;
      }
      if (anchor !== undefined && target.endsWith(".md")) {
        if (!anchorsOf(readFileSync(target, "utf8")).has(anchor)) broken.push(`${link}: no such heading`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("keeps every page reachable from the README", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const linked = new Set(linksOf(readme).map((l) => l.split("#")[0]));
    expect(PAGES.filter((p) => p !== "README.md" && !linked.has(p))).toEqual([]);
  });
});
