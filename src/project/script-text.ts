/** Commands written out as one script: in order, or at once (`{ a; } & { b; } & wait`). */
export function joinCommands(commands: readonly string[], parallel?: boolean): string {
  return parallel && commands.length > 1 ? `${commands.map((c) => `{ ${c}; } &`).join('\n')}\nwait` : commands.join('\n');
}
