/** Julia: Pkg from inline code, test scripts, the REPL. */
import type { VerdictCase } from '../case.js';

export const CASES: readonly VerdictCase[] = [
  ["julia --project -e 'using Pkg; Pkg.test()'", 'suggest-background', 'test'],
  ["julia --project=. -e 'import Pkg; Pkg.instantiate()'", 'suggest-background', 'install'],
  ['julia -e \'using Pkg; Pkg.add("DataFrames")\'', 'suggest-background', 'install'],
  ["julia --project=docs docs/make.jl", 'foreground'],
  ["julia --project=docs -e 'using Documenter; include(\"docs/make.jl\")'", 'suggest-background', 'build'],
  ["julia -e 'using Pluto; Pluto.run()'", 'must-background', 'server'],
  ["julia --project -e 'using Pkg; Pkg.status()'", 'foreground', 'query'],
  ["julia -e 'println(VERSION)'", 'foreground', 'script'],
  ['julia', 'interactive', 'repl'],
  ['julia --project', 'interactive', 'repl'],
  ['julia --version', 'foreground'],
  ['juliaup add release', 'suggest-background', 'install'],
  ['juliaup status', 'foreground'],
];
