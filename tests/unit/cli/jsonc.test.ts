import { blankJsonComments } from "../../../src/cli/jsonc";
import { jsonErrorPlace } from "../../../src/cli/main";

describe("a rules file with comments and trailing commas (JSONC)", () => {
  it("reads as the JSON it means, strings left alone", () => {
    const text = [
      "{",
      '  "version": 2, // the model',
      "  /* the method",
      '     and its share */ "tiering": { "method": "countShare", "keyShare": 0.15, },',
      '  "note": "http://example.com/a,b // not a comment /* nor this */",',
      '  "quote": "a \\" // still a string",',
      '  "list": [1, 2, /* three */ ],',
      "}",
    ].join("\n");
    expect(JSON.parse(blankJsonComments(text))).toEqual({
      version: 2,
      tiering: { method: "countShare", keyShare: 0.15 },
      note: "http://example.com/a,b // not a comment /* nor this */",
      quote: 'a " // still a string',
      list: [1, 2],
    });
  });

  it("keeps every character's place, so a mistake is placed by the file's own line and column", () => {
    const text = '{\n  "a": 1, // fine\n  "b": 2 /* no comma */\n  "c": 3,\n}';
    const blanked = blankJsonComments(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.split("\n").length).toBe(text.split("\n").length);
    let error: unknown;
    try {
      JSON.parse(blanked);
    } catch (e) {
      error = e;
    }
    expect(jsonErrorPlace(text, error)).toEqual({ line: 4, column: 3 });
  });

  it("leaves a comma that follows no value for JSON.parse to refuse", () => {
    expect(blankJsonComments('{"a": ,}')).toBe('{"a": ,}');
    expect(blankJsonComments("[,]")).toBe("[,]");
  });

  it("leaves JSON as it is, commas between values included", () => {
    const json = '{"a": [1, 2], "b": {"c": "d,}"}}';
    expect(blankJsonComments(json)).toBe(json);
  });
});
