// Keyboard handling shared by the pickers (customer, product): arrows move
// through the suggestions, Enter chooses, Escape closes.
import { moveSelection } from "./palette";

/** What a key press in a picker does. */
export interface ComboStep {
  /** The highlighted suggestion afterwards. */
  selected: number;
  /** Choose the highlighted suggestion. */
  choose: boolean;
  /** Close the suggestions. */
  close: boolean;
  /** The key was the picker's (the event should not go further). */
  handled: boolean;
}

/** The effect of `key` with `selected` highlighted among `count` suggestions. */
export function comboKey(key: string, selected: number, count: number): ComboStep {
  const step = { selected, choose: false, close: false, handled: true };
  switch (key) {
    case "ArrowDown":
      return { ...step, selected: moveSelection(selected, 1, count) };
    case "ArrowUp":
      return { ...step, selected: moveSelection(selected, -1, count) };
    case "Enter":
      return count > 0 ? { ...step, choose: true } : { ...step, handled: false };
    case "Escape":
      return { ...step, close: true };
    default:
      return { ...step, handled: false };
  }
}

/** One suggestion in a picker. */
export interface PickerItem {
  /** Stable id for the keyed list. */
  id: string;
  /** What it says. */
  label: string;
  /** Smaller text beside it. */
  detail?: string;
}
