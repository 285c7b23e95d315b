import { describe, expect, it } from "vitest";
import type { CustomerRowDto } from "./api/customers";
import { forgetList, keepList, keptList } from "./keptList";

const row = { id: "01a2", displayName: "Zoë Ødegård" } as unknown as CustomerRowDto;

describe("the kept customer list", () => {
  it("is given back only in the order it was kept in, and not after it is forgotten", () => {
    expect(keptList("name")).toBeNull();
    keepList({ sort: "name", currency: "EUR", total: 1, rows: [row] });
    expect(keptList("name")?.rows[0].displayName).toBe("Zoë Ødegård");
    expect(keptList("spend")).toBeNull();
    forgetList();
    expect(keptList("name")).toBeNull();
  });
});
