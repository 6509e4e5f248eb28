/**
 * Documentation builders beyond the ones their ecosystem's file lists (Sphinx and MkDocs in
 * python.ts, Docusaurus/VitePress build and dev in javascript.ts): servers never end, builds
 * take seconds to minutes. Order matters.
 */
import type { CatalogueEntry } from './entry.js';

export const DOCS_ROWS: readonly CatalogueEntry[] = [
  // Docusaurus and VitePress forms the shared JS rows do not cover.
  { programs: ['docusaurus'], args: ['swizzle'], unlessFlags: ['--eject', '--wrap', '--list'], effect: 'interactive', category: 'prompt', reason: 'asks which theme component to swizzle', alternative: 'docusaurus swizzle THEME COMPONENT --eject --danger' },
  { programs: ['docusaurus'], args: ['deploy'], effect: 'work', category: 'build', reason: 'builds the site and pushes it', estimate: 90 },
  { programs: ['docusaurus'], args: ['clear|swizzle|write-translations|write-heading-ids|gen-api-docs|docs:version'], effect: 'work', category: 'query', reason: 'quick Docusaurus command', estimate: 3 },
  // `vitepress [root] --port 3333`: with no command VitePress runs its dev server.
  { programs: ['vitepress'], noMoreArgs: true, effect: 'never-ends', category: 'server', reason: 'vitepress alone starts the dev server', alternative: 'vitepress build' },
  // Zensical, MkDocs' successor, has MkDocs' commands.
  { programs: ['zensical'], args: ['serve'], effect: 'never-ends', category: 'server', reason: 'the docs server runs until stopped', alternative: 'zensical build' },
  { programs: ['zensical'], args: ['build'], effect: 'work', category: 'build', reason: 'builds the documentation site', estimate: 10 },
  { programs: ['vitepress', 'vuepress'], args: ['init'], effect: 'interactive', category: 'prompt', reason: 'the setup wizard asks questions', alternative: 'write .vitepress/config by hand' },

  // mdBook, Zola, mike, TypeDoc, Doxygen, Antora (pdoc is in python.ts).
  { programs: ['mdbook'], args: ['serve|watch'], effect: 'never-ends', category: 'server', reason: 'serves and rebuilds the book until stopped', alternative: 'mdbook build' },
  { programs: ['mdbook'], args: ['test'], effect: 'work', category: 'test', reason: 'compiles and runs the code samples', estimate: 20 },
  { programs: ['mdbook'], effect: 'work', category: 'build', reason: 'builds the book (mdBook is fast)', estimate: 2 },
  { programs: ['zola'], args: ['serve'], effect: 'never-ends', category: 'server', reason: 'serves and rebuilds the site until stopped', alternative: 'zola build' },
  { programs: ['zola'], effect: 'work', category: 'build', reason: 'builds the site (Zola is fast)', estimate: 2 },
  { programs: ['mike'], args: ['serve'], effect: 'never-ends', category: 'server', reason: 'serves the versioned docs until stopped' },
  { programs: ['mike'], args: ['deploy'], effect: 'work', category: 'build', reason: 'builds the docs with MkDocs and commits them', estimate: 20 },
  { programs: ['mike'], effect: 'work', category: 'query', reason: 'quick mike command', estimate: 1 },
  { programs: ['typedoc', 'api-extractor', 'api-documenter'], ifFlags: ['--watch', '-w'], effect: 'never-ends', category: 'watch', reason: 'rebuilds the docs on every change' },
  { programs: ['typedoc', 'api-extractor', 'api-documenter', 'jsdoc', 'esdoc', 'compodoc'], effect: 'work', category: 'build', reason: 'type-checks and renders API documentation', estimate: 15 },
  { programs: ['doxygen'], ifFlags: ['-g', '-s', '-l', '-w'], effect: 'work', category: 'query', reason: 'writes a template configuration', estimate: 0.5 },
  { programs: ['doxygen', 'antora', 'asciidoctor-pdf', 'javadoc', 'dokka', 'pandoc-book'], effect: 'work', category: 'build', reason: 'builds documentation for the whole project', estimate: 30 },
];
