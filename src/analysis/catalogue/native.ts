/** Placeholder: rows for this ecosystem are being written. */
import type { CatalogueEntry } from './entry.js';

export const NATIVE_ROWS: readonly CatalogueEntry[] = [];
