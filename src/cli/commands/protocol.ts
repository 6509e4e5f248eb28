/** Placeholder: this command is being written. */
import type { Command } from 'commander';

export function registerProtocol(_program: Command): void {}
