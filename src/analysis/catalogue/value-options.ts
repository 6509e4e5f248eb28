/**
 * Options that take a value, per program, so that the value is not mistaken for a subcommand
 * (`git -C dir status`, `docker compose -f x.yml up`, `ssh -p 22 host`).
 */
import type { ValueOptions } from './entry.js';

export const VALUE_OPTIONS: ValueOptions = {
  git: ['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--exec-path'],
  ssh: ['-p', '-i', '-l', '-o', '-F', '-J', '-L', '-R', '-D', '-c', '-b', '-E', '-S', '-W', '-w', '-m', '-e', '-I', '-B', '-O', '-Q'],
  npm: ['--prefix', '-w', '--workspace', '--registry', '--cache', '--loglevel', '-C'],
  pnpm: ['-C', '--dir', '--filter', '-F', '-w', '--workspace', '--registry', '--reporter'],
  yarn: ['--cwd', '--registry', '--network-timeout', '--modules-folder'],
  bun: ['--cwd', '-c', '--config', '--filter'],
  find: ['-name', '-iname', '-type', '-path', '-ipath', '-maxdepth', '-mindepth', '-newer', '-size', '-mtime', '-mmin', '-user', '-group', '-perm', '-regex', '-not', '-wholename'],
  make: ['-C', '-f', '-j', '--directory', '--file', '--jobs', '-l', '-o', '-W', '-I'],
  tail: ['-n', '-c', '--lines', '--bytes', '-s', '--pid'],
  ping: ['-c', '-i', '-w', '-W', '-s', '-I', '-t'],
  sleep: [],
};
