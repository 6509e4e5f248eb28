/**
 * Progress for long operations (import, export, prune, spool replay): one self-overwriting line
 * on stderr, only on a terminal, so piped output and logs stay clean.
 */
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

const QUIET: Progress = { update() {}, done() {} };
/** Redraws at most this often: a redraw per row would cost more than the work. */
const EVERY_MS = 100;

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return QUIET;
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < EVERY_MS && done < total) return;
      last = now;
      shown = true;
      const pct = total > 0 ? ` (${Math.floor((done / total) * 100)}%)` : '';
      stream.write(`\r\x1b[2K${label}: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}${pct}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}

/** One line saying what a long step does (a migration), on a terminal only; `done` clears it. */
export function notice(line: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return QUIET;
  stream.write(`\r\x1b[2K${line}`);
  return { update() {}, done: () => stream.write('\r\x1b[2K') };
}
