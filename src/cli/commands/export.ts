/** Placeholder: this command is being written. */
import type { Command } from 'commander';

export function registerExport(_program: Command): void {}
