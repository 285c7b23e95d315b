// The About window's call to the Rust side.
import { call } from "../backend";
import type { AboutDto } from "../bindings/AboutDto";

export type { AboutDto };

export const aboutApi = {
  /** Version, data file, format versions; works locked or unlocked. */
  get: () => call<AboutDto>("about"),
};
