/** R: Rscript and R CMD, with package work called as inline code. */
import type { VerdictCase } from '../case.js';

export const CASES: readonly VerdictCase[] = [
  ['Rscript -e "devtools::test()"', 'suggest-background', 'test'],
  ["Rscript -e 'testthat::test_dir(\"tests/testthat\")'", 'suggest-background', 'test'],
  ['Rscript -e "devtools::check()"', 'suggest-background', 'test'],
  ['Rscript -e "rcmdcheck::rcmdcheck(args = \'--no-manual\')"', 'suggest-background', 'test'],
  ['Rscript -e "install.packages(\'dplyr\')"', 'suggest-background', 'install'],
  ['Rscript -e "renv::restore()"', 'suggest-background', 'install'],
  ['Rscript -e "devtools::document()"', 'suggest-background', 'build'],
  ['Rscript -e "rmarkdown::render(\'report.Rmd\')"', 'suggest-background', 'build'],
  ['Rscript -e "shiny::runApp(port = 3838)"', 'must-background', 'server'],
  ['Rscript -e "sessionInfo()"', 'foreground', 'script'],
  ['Rscript --version', 'foreground'],
  ['R CMD check mypkg_0.1.0.tar.gz', 'suggest-background', 'test', 'R CMD check'],
  ['R CMD build .', 'suggest-background', 'build'],
  ['R CMD INSTALL .', 'suggest-background', 'build'],
  ['R CMD config CC', 'foreground'],
  ['R', 'interactive', 'repl'],
  ['R --vanilla', 'interactive', 'repl'],
  ['R -e "print(1)"', 'foreground'],
  ['echo "print(1)" | R --no-save', 'foreground'],
  ['quarto render', 'suggest-background', 'build'],
  ['quarto preview', 'must-background', 'server'],
  ['quarto --version', 'foreground'],
];
