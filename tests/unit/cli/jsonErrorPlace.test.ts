import { jsonErrorPlace } from "../../../src/cli/main";

/** Where JSON.parse itself says the text goes wrong, as a line and a column. */
function placeOf(text: string): { line: number; column: number } {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonErrorPlace(text, error);
  }
  throw new Error("the text parsed");
}

describe("where a rules file stops being JSON", () => {
  it.each([
    ["{nope", 1, 2],
    ['{\n  "tiering": {\n    "keyShare": 0.2,\n  }\n}', 4, 3],
    ['{\r\n  "a": 1\r\n  "b": 2\r\n}', 3, 3],
    ['{"tiering": {"keyShare": 0.2}', 1, 30],
    ["", 1, 1],
    ['{"名称": 1,, "b": 2}', 1, 10],
    // V8 quotes the text around an unexpected token instead of naming its position.
    ['{\n  "version": 2,\n  "tiering": { "keyShare": 0.1 },\n  "b": ,\n  "c": 1\n}', 4, 8],
    ['{"a": ,}', 1, 7],
    // "tru" ends at the blank after it, column 31: V8 names that blank.
    ['{\n  "tiering": { "keyShare": tru },\n  "zzzzzzzzzzzzzzzzzzzzzzz": 1}', 2, 31],
    ['{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": 1, "b": x}', 1, 47],
    ['{"a": x, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": 1}', 1, 7],
  ])("%j: line %i, column %i", (text, line, column) => {
    expect(placeOf(text)).toEqual({ line, column });
  });

  it("falls back to the end of the text when the error names no position", () => {
    expect(jsonErrorPlace("ab\ncd", new Error("something else"))).toEqual({ line: 2, column: 3 });
    expect(jsonErrorPlace("ab", "not an error")).toEqual({ line: 1, column: 3 });
  });
});
