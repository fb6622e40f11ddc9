/**
 * @jest-environment jsdom
 */

describe("the shared runtime's entry", () => {
  it("associates the ribbon's commands at once, before Office.onReady resolves", async () => {
    const associated: string[] = [];
    (globalThis as Record<string, unknown>).Office = {
      actions: { associate: (name: string) => associated.push(name) },
      // Office not ready yet (it never becomes ready in this test).
      onReady: () => new Promise(() => undefined),
    };
    try {
      await import("../../../src/taskpane/index");
      expect(associated).toEqual(["rerunTiering"]);
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });
});
