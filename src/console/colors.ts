/** Terminal colour that honours NO_COLOR and FORCE_COLOR, plain text when piped. */
import chalk, { Chalk } from 'chalk';

export function makeColors(env: NodeJS.ProcessEnv = process.env, isTTY = Boolean(process.stdout.isTTY)) {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return new Chalk({ level: 0 });
  if (env.FORCE_COLOR !== undefined)
    return new Chalk({ level: env.FORCE_COLOR === '0' ? 0 : (Math.min(3, Math.max(1, Number(env.FORCE_COLOR) || 1)) as 1 | 2 | 3) });
  return isTTY ? chalk : new Chalk({ level: 0 });
}

export type Colors = ReturnType<typeof makeColors>;
