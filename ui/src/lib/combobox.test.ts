import { describe, expect, it } from "vitest";
import { comboKey } from "./combobox";

describe("picker keys", () => {
  it("moves with the arrows, wrapping, and chooses with Enter", () => {
    expect(comboKey("ArrowDown", 0, 3).selected).toBe(1);
    expect(comboKey("ArrowUp", 0, 3).selected).toBe(2);
    expect(comboKey("ArrowDown", 2, 3).selected).toBe(0);
    expect(comboKey("Enter", 1, 3)).toMatchObject({ choose: true, selected: 1, handled: true });
  });

  it("lets Enter through when there is nothing to choose, and closes on Escape", () => {
    expect(comboKey("Enter", 0, 0)).toMatchObject({ choose: false, handled: false });
    expect(comboKey("Escape", 0, 2)).toMatchObject({ close: true, handled: true });
    expect(comboKey("a", 1, 2)).toMatchObject({ handled: false, selected: 1 });
  });
});
