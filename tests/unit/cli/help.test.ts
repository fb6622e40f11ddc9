import { readFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { runCli } from "../../../src/cli/main";
import { FIELDS } from "../../../src/engine";
import { cliEnUS } from "../../../src/i18n/cli.en-US";
import { cliZhCN } from "../../../src/i18n/cli.zh-CN";
import { displayWidth } from "../../../src/workbook/planWrite";

const packageVersion = (
  JSON.parse(readFileSync(path.join(__dirname, "../../../package.json"), "utf8")) as { version: string }
).version;

/** The terminal column where each option's description starts, and where each continuation line does. */
function descriptionColumns(help: string): number[] {
  const starts: number[] = [];
  for (const line of help.split("\n")) {
    // The usage's second form, under the first: no option's description.
    if (/^ +channel-tiering /.test(line)) continue;
    // "  --sheet NAME        the sheet…": the option, its argument, the gap.
    const option = /^ {2}[-<]\S*(?: \S+)? +/.exec(line);
    if (option) starts.push(displayWidth(option[0]));
    else if (/^ {3,}\S/.test(line)) starts.push(line.length - line.trimStart().length);
  }
  return starts;
}

describe.each([
  ["en-US", cliEnUS.help],
  ["zh-CN", cliZhCN.help],
])("the %s help", (_, help) => {
  it("lines every description and its continuations up in one column", () => {
    const columns = descriptionColumns(help);
    expect(columns.length).toBeGreaterThan(10);
    expect(new Set(columns).size).toBe(1);
  });

  it("keeps the option lines within 105 terminal columns", () => {
    const long = help.split("\n").filter((l) => l.startsWith("  ") && displayWidth(l) > 105);
    expect(long).toEqual([]);
  });

  it("gives --remove-saved's and --remove-tiering's form of the command, and says what each writes", () => {
    expect(help).toMatch(
      /\n +channel-tiering <[^>]+> --remove-saved\|--remove-tiering \[--out [^\]]+ \| --in-place\]\n/,
    );
    expect(help).toMatch(/ {2}--remove-saved {2,}\S(?:[^\n]*\n){0,2}[^\n]*\.shareable\.xlsx/);
    expect(help).toMatch(/ {2}--remove-tiering {2,}\S(?:[^\n]*\n){0,4}[^\n]*\.untiered\.xlsx/);
  });

  it("says a column can be mapped by its letters", () => {
    expect(help).toMatch(/--map owner=F/);
  });

  it("names every field --map takes (the customer code was left out)", () => {
    const listed = new Set(help.match(/\b[a-z][A-Za-z]+\b/g));
    expect(FIELDS.filter((f) => !listed.has(f))).toEqual([]);
  });
});

describe("the terminal's language", () => {
  /** Runs `--help` in this process and returns what it printed. */
  async function helpIn(env: NodeJS.ProcessEnv, systemLocale?: string): Promise<string> {
    const out = new PassThrough();
    let text = "";
    out.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    const sink = out as unknown as NodeJS.WriteStream;
    await runCli(["--help"], {
      stdout: sink,
      stderr: sink,
      env,
      now: () => new Date(),
      systemLocale: () => systemLocale,
    });
    return text;
  }

  it("is the system's where no LC_ALL, LC_MESSAGES or LANG says one (Windows sets none)", async () => {
    expect(await helpIn({}, "zh-CN")).toBe(`${cliZhCN.help}\n`);
    expect(await helpIn({}, "en-GB")).toBe(`${cliEnUS.help}\n`);
    expect(await helpIn({}, undefined)).toBe(`${cliEnUS.help}\n`);
    // The environment's wins: LANG=C is English on a Chinese system.
    expect(await helpIn({ LANG: "C" }, "zh-CN")).toBe(`${cliEnUS.help}\n`);
    expect(await helpIn({ LC_ALL: "zh_CN.UTF-8" }, "en-US")).toBe(`${cliZhCN.help}\n`);
  });
});

describe("--version", () => {
  it.each([["--version"], ["-V"], ["sheet.xlsx", "--version"]])(
    "%s prints the package's version on one line and exits 0",
    async (...argv: string[]) => {
      const out = new PassThrough();
      let text = "";
      out.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      const sink = out as unknown as NodeJS.WriteStream;
      const code = await runCli(argv, { stdout: sink, stderr: sink, env: {}, now: () => new Date() });
      expect(code).toBe(0);
      expect(text).toBe(`channel-tiering ${packageVersion}\n`);
      expect(packageVersion).toMatch(/^\d+\.\d+\.\d+/);
    },
  );
});
