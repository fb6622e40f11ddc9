import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { COMMAND_IDS, associateCommands } from "../../src/commands/associateCommands";

const ROOT = path.resolve(__dirname, "../..");
const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new JSDOM(xml, { contentType: "text/xml" }).window.document;
const all = (selector: string): Element[] =>
  Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === selector);

describe("manifest.xml", () => {
  it("validates against the add-in manifest XSDs when xmllint is installed (CI installs it)", () => {
    const schemas = path.resolve(ROOT, "../shared/office-schemas/OfficeAppManifestV1_1.xsd");
    let hasXmllint = true;
    try {
      execFileSync("xmllint", ["--version"], { stdio: "ignore" });
    } catch {
      hasXmllint = false;
    }
    if (!hasXmllint || !existsSync(schemas)) return;
    expect(() =>
      execFileSync("xmllint", ["--noout", "--schema", schemas, path.join(ROOT, "manifest.xml")], {
        stdio: "pipe",
      }),
    ).not.toThrow();
  });

  it("resolves every resid to a resource", () => {
    const ids = new Set(
      all("Image")
        .concat(all("Url"), all("String"))
        .map((e) => e.getAttribute("id"))
        .filter((id): id is string => Boolean(id)),
    );
    const refs = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => Boolean(r));
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect([r, ids.has(r)]).toEqual([r, true]);
  });

  it("uses https for every URL", () => {
    const urls = [
      ...Array.from(doc.getElementsByTagName("*"))
        .map((e) => e.getAttribute("DefaultValue") ?? "")
        .filter((v) => /^[a-z]+:\/\//i.test(v)),
      ...all("AppDomain").map((e) => e.textContent ?? ""),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it("keeps ids within 32 characters", () => {
    const ids = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("id"))
      .filter((id): id is string => Boolean(id));
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    expect(all("Id")[0]?.textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it("points every icon at a file in assets/, with the sizes the ribbon needs", () => {
    const images = all("Image").filter((e) => e.getAttribute("id"));
    const files = [
      ...images.map((e) => e.getAttribute("DefaultValue") ?? ""),
      all("IconUrl")[0]?.getAttribute("DefaultValue") ?? "",
      all("HighResolutionIconUrl")[0]?.getAttribute("DefaultValue") ?? "",
    ];
    for (const url of files) expect(existsSync(path.join(ROOT, new URL(url).pathname))).toBe(true);
    const sizes = all("Image")
      .filter((e) => e.getAttribute("size"))
      .map((e) => e.getAttribute("size"));
    expect(new Set(sizes)).toEqual(new Set(["16", "32", "80"]));
  });

  it("gives every string a zh-CN override", () => {
    for (const s of all("String"))
      expect([
        s.getAttribute("id"),
        s.getElementsByTagName("bt:Override")[0]?.getAttribute("Locale"),
      ]).toEqual([s.getAttribute("id"), "zh-CN"]);
    expect(all("DisplayName")[0]?.getElementsByTagName("Override")[0]?.getAttribute("Value")).toBe(
      "渠道分级",
    );
  });

  it("declares the shared runtime, the requirement sets the code needs, and read-write access", () => {
    expect(all("Runtime")[0]?.getAttribute("lifetime")).toBe("long");
    expect(all("Permissions")[0]?.textContent).toBe("ReadWriteDocument");
    const sets = Object.fromEntries(
      all("Set").map((e) => [e.getAttribute("Name"), e.getAttribute("MinVersion")]),
    );
    expect(sets).toEqual({ ExcelApi: "1.7", SharedRuntime: "1.1" });
    expect(all("FunctionFile")[0]?.getAttribute("resid")).toBe(all("Runtime")[0]?.getAttribute("resid"));
  });

  it("has each FunctionName registered with Office.actions.associate", () => {
    const names = all("FunctionName").map((e) => e.textContent);
    expect(names).toEqual([...COMMAND_IDS]);
    const associated: string[] = [];
    (globalThis as Record<string, unknown>).Office = {
      actions: { associate: (name: string) => associated.push(name) },
    };
    try {
      associateCommands();
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
    expect(associated.sort()).toEqual([...names].sort());
  });
});
