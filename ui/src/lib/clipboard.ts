// Drafts copied for the owner to paste into their mail or messages carry a
// customer's name and more: the clipboard gives them back after a minute.

/** How long a copied draft stays on the clipboard. */
export const CLEAR_AFTER_MS = 60_000;

/** The part of the Clipboard API used here (a stand-in in tests). */
export type TextClipboard = Pick<Clipboard, "readText" | "writeText">;

/** Clears the clipboard if it still holds `text` (something copied since stays); if the clipboard cannot be read, clears it anyway. */
export async function clearIfStill(text: string, clipboard: TextClipboard): Promise<void> {
  let current: string | null = null;
  try {
    current = await clipboard.readText();
  } catch {
    current = null;
  }
  if (current === null || current === text) await clipboard.writeText("").catch(() => undefined);
}

/** Copies `text` and clears it from the clipboard after a minute if it is still there. */
export async function copyForAMinute(text: string, clipboard: TextClipboard = navigator.clipboard): Promise<void> {
  await clipboard.writeText(text);
  setTimeout(() => void clearIfStill(text, clipboard), CLEAR_AFTER_MS);
}
