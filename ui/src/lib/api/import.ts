// The import wizard's calls, with the progress of a running import.
import { Channel } from "@tauri-apps/api/core";
import { call } from "../backend";
import type { CsvPreviewDto } from "../bindings/CsvPreviewDto";
import type { ImportRequestDto } from "../bindings/ImportRequestDto";
import type { ImportReportDto } from "../bindings/ImportReportDto";
import type { ImportProgressDto } from "../bindings/ImportProgressDto";
import type { ImportKind } from "../bindings/ImportKind";
import type { UndoReportDto } from "../bindings/UndoReportDto";

import type { VcardImportRequestDto } from "../bindings/VcardImportRequestDto";
import type { VcardImportReportDto } from "../bindings/VcardImportReportDto";
import type { VcardCardNotesDto } from "../bindings/VcardCardNotesDto";

export type { CsvPreviewDto, ImportRequestDto, ImportReportDto, ImportProgressDto, ImportKind, UndoReportDto };
export type { VcardImportRequestDto, VcardImportReportDto, VcardCardNotesDto };

export const importApi = {
  preview: (path: string) => call<CsvPreviewDto>("preview_import", { path }),
  /** Imports (or checks) the file, calling `onProgress` as rows are read. */
  run: (request: ImportRequestDto, onProgress: (p: ImportProgressDto) => void) => {
    const progress = new Channel<ImportProgressDto>();
    progress.onmessage = onProgress;
    return call<ImportReportDto>("run_import", { request, progress });
  },
  /** Undoes an import from its summary (`batch` is the report's). */
  undo: (batch: string) => call<UndoReportDto>("undo_import", { batch }),
  /** Checks (dry run) or imports a vCard file; the report lists what each card left out. */
  vcards: (request: VcardImportRequestDto) => call<VcardImportReportDto>("import_vcards", { request }),
};
