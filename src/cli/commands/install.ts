/** Placeholder: this command is being written. */
import type { Command } from 'commander';

export function registerInstall(_program: Command): void {}
