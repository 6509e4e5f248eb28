/**
 * The task-file parsers, one row per kind of file: which runner reads it, the file names it has,
 * and its parser. The resolver's runner table picks from these rows. Each parser is pure and
 * linear in its input; the caller bounds the bytes it reads (the parsers take whatever text they
 * are given, and 1 MB parses in well under a second).
 *
 * knip.json lists this file as an entry until the resolver imports it (wired by the runner table):
 * drop it from there at the merge.
 */
import type { TaskFileParser } from '../task-table.js';
import { parseComposerJson } from './composer-json.js';
import { parseDenoJson } from './deno-json.js';
import { parseJustfile } from './justfile.js';
import { parseMakefile } from './makefile.js';
import { parseNoxfile } from './noxfile.js';
import { parseHatchScripts, parsePdmScripts, parsePoeTasks, parsePoetryScripts } from './pyproject.js';
import { parseRakefile } from './rakefile.js';
import { parseTaskfile } from './taskfile.js';
import { parseToxIni } from './tox-ini.js';

export interface TaskFileKind {
  runner: string;
  /** File names the runner looks for, in its own order of preference. */
  fileNames: string[];
  parse: TaskFileParser;
}

export const TASK_FILE_KINDS: TaskFileKind[] = [
  // make reads GNUmakefile, makefile, Makefile in that order; included *.mk files parse the same way.
  { runner: 'make', fileNames: ['GNUmakefile', 'makefile', 'Makefile'], parse: parseMakefile },
  { runner: 'just', fileNames: ['justfile', 'Justfile', '.justfile'], parse: parseJustfile },
  { runner: 'deno', fileNames: ['deno.json', 'deno.jsonc'], parse: parseDenoJson },
  { runner: 'composer', fileNames: ['composer.json'], parse: parseComposerJson },
  // pyproject.toml holds one table per runner; these rows load smol-toml (about 17 KB minified).
  { runner: 'pdm', fileNames: ['pyproject.toml'], parse: parsePdmScripts },
  { runner: 'hatch', fileNames: ['pyproject.toml'], parse: parseHatchScripts },
  { runner: 'poe', fileNames: ['pyproject.toml'], parse: parsePoeTasks },
  { runner: 'poetry', fileNames: ['pyproject.toml'], parse: parsePoetryScripts },
  { runner: 'tox', fileNames: ['tox.ini'], parse: parseToxIni },
  { runner: 'nox', fileNames: ['noxfile.py'], parse: parseNoxfile },
  // go-task's own order of preference.
  {
    runner: 'task',
    fileNames: [
      'Taskfile.yml',
      'taskfile.yml',
      'Taskfile.yaml',
      'taskfile.yaml',
      'Taskfile.dist.yml',
      'taskfile.dist.yml',
      'Taskfile.dist.yaml',
      'taskfile.dist.yaml',
    ],
    parse: parseTaskfile,
  },
  { runner: 'rake', fileNames: ['Rakefile', 'rakefile', 'Rakefile.rb', 'rakefile.rb'], parse: parseRakefile },
];

export { expandMakeVariables } from './makefile.js';
