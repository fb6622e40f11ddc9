import { dateOption, languageOption, parseArguments } from "../../../src/cli/parseArguments";

describe("--as-of", () => {
  it("takes a day written YYYY-MM-DD, and refuses any other text or a day no calendar has", () => {
    const run = parseArguments(["a.xlsx", "--as-of", "2025-12-31"]);
    expect(run.kind === "run" && run.options.asOf?.toISOString()).toBe("2025-12-31T00:00:00.000Z");
    expect(dateOption("2025-1-5")?.toISOString()).toBe("2025-01-05T00:00:00.000Z");
    for (const bad of ["2025-02-30", "31/12/2025", "2025-13-01", "today"])
      expect(parseArguments(["a.xlsx", `--as-of=${bad}`])).toMatchObject({
        kind: "usage",
        problem: { kind: "badDate", value: bad },
      });
    const plain = parseArguments(["a.xlsx"]);
    expect(plain.kind === "run" && plain.options.asOf).toBeUndefined();
  });
});

describe("--lang as people write it", () => {
  it.each([
    ["zh-CN", "zh-CN"],
    ["zh_CN", "zh-CN"],
    ["zh-cn", "zh-CN"],
    ["ZH", "zh-CN"],
    ["zh-Hans", "zh-CN"],
    ["en-US", "en-US"],
    ["en", "en-US"],
    ["en_gb", "en-US"],
    ["zh-TW", undefined],
    ["fr", undefined],
    ["english", undefined],
    ["", undefined],
  ])("%s", (text, language) => {
    expect(languageOption(text)).toBe(language);
  });

  it("runs with what it recognises and refuses the rest as a usage error", () => {
    const run = parseArguments(["a.xlsx", "--lang", "zh_cn"]);
    expect(run.kind === "run" && run.options.lang).toBe("zh-CN");
    expect(parseArguments(["a.xlsx", "--lang=zh-TW"])).toMatchObject({
      kind: "usage",
      problem: { kind: "badLanguage", value: "zh-TW" },
    });
  });

  it("refuses one field mapped twice, and takes the same mapping given twice", () => {
    expect(parseArguments(["a.xlsx", "--map", "revenue=A", "--map=revenue=B"])).toMatchObject({
      kind: "usage",
      problem: { kind: "mapTwice", field: "revenue", first: "A", second: "B" },
    });
    expect(parseArguments(["a.xlsx", "--map", "revenue=A", "--map", "revenue=A"]).kind).toBe("run");
    expect(parseArguments(["a.xlsx", "--map", "revenue=", "--map", "revenue=B"])).toMatchObject({
      kind: "usage",
      problem: { kind: "mapTwice", field: "revenue", first: "", second: "B" },
    });
  });

  it("takes a field with nothing after the = as automatic again (null), over the saved mapping", () => {
    expect(parseArguments(["a.xlsx", "--map", "owner=", "--map", "name=A"])).toMatchObject({
      kind: "run",
      options: { mapping: { owner: null, name: "A" } },
    });
    expect(parseArguments(["a.xlsx", "--map", "=A"])).toMatchObject({
      kind: "usage",
      problem: { kind: "badMapping" },
    });
    expect(parseArguments(["a.xlsx", "--map", "owners="])).toMatchObject({
      kind: "usage",
      problem: { kind: "badMapping" },
    });
  });

  it("refuses --in-place with --out", () => {
    expect(parseArguments(["a.xlsx", "--in-place", "--out", "b.xlsx"])).toMatchObject({
      kind: "usage",
      problem: { kind: "inPlaceWithOut" },
    });
  });

  it("takes --remove-saved with --out or --in-place, and refuses it with an option of a run that tiers", () => {
    expect(parseArguments(["a.xlsx", "--remove-saved", "--in-place"])).toMatchObject({
      kind: "run",
      options: { removeSaved: true, inPlace: true },
    });
    expect(parseArguments(["a.xlsx"])).toMatchObject({ kind: "run", options: { removeSaved: false } });
    for (const [option, value] of [
      ["--sheet", "S"],
      ["--rules", "r.json"],
      ["--report", "r.json"],
      ["--map", "name=A"],
      ["--as-of", "2025-12-31"],
    ] as const)
      expect(parseArguments(["a.xlsx", "--remove-saved", option, value])).toMatchObject({
        kind: "usage",
        problem: { kind: "removeSavedWith", option },
      });
  });
});
