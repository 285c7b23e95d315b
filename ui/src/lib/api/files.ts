// Choosing files and folders: the shell opens the native dialog (the window
// has no dialog permission of its own) and remembers a file chosen to save
// to; commands that write accept only such a file.
import { call } from "../backend";
import type { FileChoiceDto } from "../bindings/FileChoiceDto";
import type { FileFilterDto } from "../bindings/FileFilterDto";

export type { FileChoiceDto, FileFilterDto };

/** What the dialog asks: a title, the file types offered, and a name (save) or a folder (open) to start with. */
export interface Choice {
  title: string;
  defaultPath?: string;
  filters?: FileFilterDto[];
}

const request = (c: Choice, folder: boolean): FileChoiceDto => ({
  title: c.title,
  defaultPath: c.defaultPath || null,
  filters: c.filters ?? [],
  folder,
});

export const filesApi = {
  /** Where to save; null if the owner cancelled. The next save may write only there. */
  chooseSave: (c: Choice) => call<string | null>("choose_save_path", { request: request(c, false) }),
  /** A file to read; null if the owner cancelled. */
  chooseFile: (c: Choice) => call<string | null>("choose_open_path", { request: request(c, false) }),
  /** A folder; null if the owner cancelled. */
  chooseFolder: (c: Choice) => call<string | null>("choose_open_path", { request: request(c, true) }),
};
