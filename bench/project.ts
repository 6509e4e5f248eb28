// In-process cost of project resolution per call (a fresh lookup, as each hook process makes one),
// against the least a cache keyed by path, size and mtime would still do per call (a stat of each
// file it stands for, and reading and parsing the cache file itself).
// Usage: npx tsx bench/project.ts
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analysis/classify.js';
import { ProjectFiles } from '../src/project/files.js';
import { projectLookup } from '../src/project/lookup.js';
// @ts-expect-error plain JavaScript helper shared with bench/hooks.mjs
import { writeBenchProject } from './project-fixture.mjs';

const dir = mkdtempSync(join(tmpdir(), 'bgt-bench-project-'));
writeBenchProject(dir);
const commands = ['npm run check', 'npm test', './scripts/ci.sh', 'git status', 'npm run dev', 'make target-7'];

function perCall(label: string, n: number, f: () => void): number {
  for (let i = 0; i < 200; i++) f();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) f();
  const us = Number(process.hrtime.bigint() - start) / 1e3 / n;
  console.log(`${label.padEnd(52)} ${us.toFixed(1).padStart(8)} µs per call`);
  return us;
}

try {
  let reads = 0;
  for (const command of commands) {
    const files = new ProjectFiles();
    analyze(command, { project: projectLookup(dir, files) });
    reads = Math.max(reads, files.reads);
    console.log(`${command.padEnd(20)} reads ${files.reads} file(s)`);
  }
  const paths = [join(dir, 'package.json'), join(dir, 'scripts', 'ci.sh')];
  const cacheFile = join(dir, 'cache.json');
  writeFileSync(cacheFile, JSON.stringify({ tables: readFileSync(paths[0], 'utf8'), script: readFileSync(paths[1], 'utf8') }));
  for (const command of commands) {
    console.log(`-- ${command}`);
    perCall('  catalogue only', 5000, () => analyze(command));
    perCall('  with the project, no cache', 5000, () => analyze(command, { project: projectLookup(dir) }));
    const lookup = projectLookup(dir);
    perCall('  with the project, everything in memory', 5000, () => analyze(command, { project: lookup }));
  }
  perCall('a validating cache: stat 2 files, read+parse its file', 5000, () => {
    for (const p of paths) statSync(p);
    JSON.parse(readFileSync(cacheFile, 'utf8'));
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
