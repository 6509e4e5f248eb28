/** Public library surface of the command analysis (built to dist/analysis.mjs). */
export { analyze, MAX_ANALYSED_CHARS } from './classify.js';
export { formatSeconds } from './format.js';
export { VERDICTS, CATEGORIES, EFFECTS, DEFAULT_SLOW_THRESHOLD_SECONDS } from './types.js';
export type { Analysis, AnalysisOptions, HistoryEntry, PartAnalysis, Verdict, Category, Effect, EstimateSource } from './types.js';
export type { CatalogueEntry } from './catalogue/entry.js';
