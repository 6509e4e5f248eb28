/** Placeholder: this command is being written. */
import type { Command } from 'commander';

export function registerConfig(_program: Command): void {}
