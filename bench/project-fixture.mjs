// The project the benchmarks resolve commands in: a package.json of 40 scripts (some calling
// others, one calling a shell script), a 300-line Makefile and a scripts/ folder of 10 scripts.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBenchProject(dir) {
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  const scripts = {
    check: 'npm run lint && npm run typecheck && npm run test:ci',
    lint: 'eslint .',
    typecheck: 'tsc --noEmit',
    'test:ci': 'vitest run',
    ci: './scripts/ci.sh',
    pretest: 'npm run build',
    test: 'vitest',
    build: 'tsc -p tsconfig.build.json',
    dev: 'vite',
  };
  for (let k = Object.keys(scripts).length; k < 40; k++) scripts[`task:${k}`] = `node scripts/task-${k}.js --flag ${k}`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-app', version: '1.0.0', scripts }, null, 2));
  const make = [];
  for (let k = 0; make.length < 300; k++) make.push(`target-${k}: dep-${k}`, `\t@echo building ${k}`, `\t$(CC) -o out/${k} src/${k}.c`, '');
  writeFileSync(join(dir, 'Makefile'), make.slice(0, 300).join('\n') + '\n');
  for (let k = 0; k < 10; k++) {
    const path = join(dir, 'scripts', k === 0 ? 'ci.sh' : `step-${k}.sh`);
    const body = k === 0 ? 'npm ci\nnpm run check\n' : `echo step ${k}\n`.repeat(20);
    writeFileSync(path, `#!/usr/bin/env bash\nset -euo pipefail\n${body}`);
    chmodSync(path, 0o755);
  }
}
