import { syncInBatches } from "../../../src/excel/syncInBatches";
import { FakeOfficeError } from "../../fakes/fakeExcel";

describe("syncInBatches", () => {
  it("packs items under the budget, one sync per batch", async () => {
    const batches: [number, number][] = [];
    await syncInBatches({
      count: 10,
      bytesOf: () => 100,
      budget: 350,
      queue: (start, n) => batches.push([start, n]),
      sync: async () => {},
    });
    expect(batches).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
      [9, 1],
    ]);
  });

  it("halves a batch Excel refuses as too large, and gives up only on a single item", async () => {
    const synced: number[] = [];
    let queued: [number, number] = [0, 0];
    await syncInBatches({
      count: 8,
      bytesOf: () => 100,
      budget: 10_000,
      queue: (start, n) => void (queued = [start, n]),
      sync: async (bytes) => {
        if (bytes > 300) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded");
        synced.push(queued[1]);
      },
    });
    // 8 → 4 → 2 fit; each next batch starts from the budget again: 6 → 3, then the last 3.
    expect(synced).toEqual([2, 3, 3]);
    await expect(
      syncInBatches({
        count: 1,
        bytesOf: () => 100,
        budget: 10_000,
        queue: () => {},
        sync: async () => {
          throw new FakeOfficeError("RequestPayloadSizeLimitExceeded");
        },
      }),
    ).rejects.toBeInstanceOf(FakeOfficeError);
  });
});
