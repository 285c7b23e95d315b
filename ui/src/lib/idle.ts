// Calls `onIdle` once nothing has been typed, clicked or moved for `minutes`.
// Returns a function that stops watching.
export function watchIdle(minutes: number, onIdle: () => void, target: EventTarget = window): () => void {
  const events = ["keydown", "pointerdown", "pointermove", "wheel", "focus"];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reset = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, minutes * 60_000);
  };
  for (const e of events) target.addEventListener(e, reset, { passive: true });
  reset();
  return () => {
    clearTimeout(timer);
    for (const e of events) target.removeEventListener(e, reset);
  };
}
