import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The UI is served from the app binary (tauri custom protocol) in release and
// tests, and from this dev server only with `npm run dev`.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // The dev server may read the UI and, for a test that keeps the wizard's
  // layout list in step with core, the layouts' own files; nothing else.
  server: { port: 5173, strictPort: true, host: "127.0.0.1", fs: { allow: [".", "../crates/core/src/import/layouts", "../crates/l10n/locales"] } },
  build: { target: "safari15", outDir: "dist", emptyOutDir: true, sourcemap: false },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
