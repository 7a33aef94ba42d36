/** The two Office.js entry points the gateway needs, injectable so tests can run against the fake. */
export interface ExcelHost {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The real host: Office.js globals. */
export function officeHost(): ExcelHost {
  return {
    run: (options, batch) => Excel.run(options, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** Lowest ExcelApi set the gateway works with (getItemOrNullObject, getUsedRange(valuesOnly), protection). */
export const MIN_EXCEL_API = '1.4';

/** Optional features, each gated on the requirement set that introduced it. */
export interface ExcelCapabilities {
  /** runtime.enableEvents — ExcelApi 1.8. */
  enableEvents: boolean;
  /** Range.getCellProperties (per-cell fill colour) — ExcelApi 1.9. */
  cellProperties: boolean;
  /** Range.getMergedAreasOrNullObject — ExcelApi 1.13. */
  mergedAreas: boolean;
  /** workbook/worksheet.notes — ExcelApi 1.18. */
  notes: boolean;
}

export function detectCapabilities(host: ExcelHost): ExcelCapabilities {
  const has = (v: string) => host.isSetSupported('ExcelApi', v);
  return { enableEvents: has('1.8'), cellProperties: has('1.9'), mergedAreas: has('1.13'), notes: has('1.18') };
}
