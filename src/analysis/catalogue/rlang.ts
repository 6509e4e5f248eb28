/**
 * R: Rscript, R CMD, and the package tools usually called as inline code
 * (`Rscript -e 'devtools::test()'`): rows look into the code for the function it calls.
 */
import type { CatalogueEntry } from './entry.js';

const R = ['Rscript', 'R'];

export const R_ROWS: readonly CatalogueEntry[] = [
  // Never ends: apps and servers started from inline code.
  { programs: R, anyArg: /\b(shiny::)?runApp\(|\bplumber::pr_run\(|\bservr::(httd|httw|daemon)|\brmarkdown::run\(/, effect: 'never-ends', category: 'server', reason: 'serves an app until stopped' },
  // Slow package work.
  { programs: R, anyArg: /\b(devtools|testthat|tinytest)::(test|test_dir|test_local|test_check|run_examples)\b|\btest_dir\(|\bcovr::/, effect: 'work', category: 'test', reason: 'runs the package tests', estimate: 60 },
  { programs: R, anyArg: /\b(devtools|rcmdcheck)::(check|rcmdcheck|check_win\w*|check_man)\b|\brcmdcheck\(/, effect: 'work', category: 'test', reason: 'R CMD check builds and checks the package: minutes', estimate: 180 },
  { programs: R, anyArg: /\binstall\.packages\(|\b(remotes|devtools|pak|BiocManager)::(install\w*|pkg_install|local_install)\b|\brenv::(restore|install|update|hydrate)\b|\bpak::pak\(/, effect: 'work', category: 'install', reason: 'downloads and installs packages (often compiling them)', estimate: 90 },
  { programs: R, anyArg: /\b(devtools::(build|document|install|build_readme|build_vignettes)|roxygen2::roxygeni[sz]e|pkgdown::build_\w+|rmarkdown::render|quarto::quarto_render|bookdown::\w+|knitr::knit)\b/, effect: 'work', category: 'build', reason: 'builds documentation, a package or a report', estimate: 30 },
  { programs: R, anyArg: /\b(lintr::lint_package|lintr::lint_dir|styler::style_pkg|styler::style_dir)\b/, effect: 'work', category: 'lint', reason: 'lints or styles the whole package', estimate: 15 },
  { programs: ['R'], args: ['CMD', 'check|Rd2pdf'], effect: 'work', category: 'test', reason: 'builds and checks the package: minutes', estimate: 180 },
  { programs: ['R'], args: ['CMD', 'build|INSTALL|SHLIB'], effect: 'work', category: 'build', reason: 'builds or installs the package', estimate: 30 },
  { programs: ['R'], args: ['CMD'], effect: 'work', category: 'query', reason: 'an R CMD utility', estimate: 3 },
  { programs: R, ifFlags: ['-e', '-f', '--file'], effect: 'work', category: 'script', reason: 'runs R code', estimate: 1 },
  { programs: ['R'], effect: 'interactive', category: 'repl', reason: 'R with nothing to run opens an interactive session', alternative: "Rscript -e '…' or Rscript FILE.R" },
  { programs: ['radian'], effect: 'interactive', category: 'repl', reason: 'opens an interactive R console', alternative: "Rscript -e '…'" },
  { programs: ['quarto'], args: ['preview|serve'], effect: 'never-ends', category: 'server', reason: 'serves and re-renders until stopped', alternative: 'quarto render' },
  { programs: ['quarto'], args: ['render|publish'], effect: 'work', category: 'build', reason: 'renders documents (running their code)', estimate: 30 },
  { programs: ['quarto'], effect: 'work', category: 'query', reason: 'quick Quarto command', estimate: 1 },
];
