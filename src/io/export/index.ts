export { exportSvg } from './exportSvg.ts';
export { exportTree } from './exportTree.ts';
export type { ExportDrawing } from './exportTree.ts';
export { DEFAULT_EXPORT_OPTIONS, FONT_FAMILY } from './exportInput.ts';
export type { ExportInput, ExportOptions } from './exportInput.ts';
export { readSvgMap, NO_MAP } from './svgMap.ts';
export { settleForExport } from './exportLayout.ts';
