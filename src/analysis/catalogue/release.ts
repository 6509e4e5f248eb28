/**
 * Release tooling: version bumps, changelogs, tags and uploads. A release analyses history,
 * builds and publishes: tens of seconds; dry runs print the plan. Order matters.
 */
import type { CatalogueEntry } from './entry.js';

const DRY_RUN = ['--dry-run', '--dryRun', '-n'];
/** A version np is told to release: an increment or a semver. */
const NP_VERSION = /^(patch|minor|major|prepatch|preminor|premajor|prerelease|\d+\.\d+\.\d+\S*)$/;

export const RELEASE_ROWS: readonly CatalogueEntry[] = [
  { programs: ['semantic-release', 'multi-semantic-release'], ifFlags: ['--dry-run', '-d'], effect: 'work', category: 'query', reason: 'prints the next version and notes without releasing', estimate: 4 },
  { programs: ['semantic-release', 'multi-semantic-release', 'release-please', 'jreleaser', 'shipjs', 'knope'], effect: 'work', category: 'build', reason: 'analyses commits, tags and publishes the release', estimate: 60 },
  // release-it asks before each step unless told it runs in CI.
  { programs: ['release-it'], ifFlags: ['--dry-run', '-d', '--release-version', '--changelog'], effect: 'work', category: 'query', reason: 'prints the plan without releasing', estimate: 4 },
  { programs: ['release-it'], unlessFlags: ['--ci', '--no-interactive', '--only-version'], unlessEnv: ['CI'], effect: 'interactive', category: 'prompt', reason: 'asks for confirmation before every step', alternative: 'release-it --ci' },
  { programs: ['release-it'], effect: 'work', category: 'build', reason: 'bumps, tags and publishes the release', estimate: 60 },
  // np asks which version to release unless one is named; --yolo or --no-publish skip steps, not that question.
  { programs: ['np'], anyArg: NP_VERSION, effect: 'work', category: 'build', reason: 'tests and publishes the package', estimate: 60 },
  { programs: ['np'], effect: 'interactive', category: 'prompt', reason: 'asks for the version and confirmation', alternative: 'np patch --yolo, or npm version + npm publish' },
  // Changesets: `changeset` alone is `changeset add`, a questionnaire.
  { programs: ['changeset', 'changesets'], bare: true, effect: 'interactive', category: 'prompt', reason: 'asks which packages changed and how', alternative: 'changeset add --empty, or write .changeset/NAME.md' },
  { programs: ['changeset', 'changesets'], args: ['add'], unlessFlags: ['--empty'], effect: 'interactive', category: 'prompt', reason: 'asks which packages changed and how', alternative: 'changeset add --empty, or write .changeset/NAME.md' },
  { programs: ['changeset', 'changesets'], args: ['publish'], effect: 'work', category: 'build', reason: 'publishes every changed package', estimate: 30 },
  { programs: ['changeset', 'changesets'], effect: 'work', category: 'query', reason: 'versions, tags or reports changesets locally', estimate: 3 },
  { programs: ['standard-version', 'commit-and-tag-version', 'bumpversion', 'bump2version', 'bump-my-version', 'git-cliff', 'conventional-changelog', 'towncrier'], ifFlags: DRY_RUN, effect: 'work', category: 'query', reason: 'prints the plan', estimate: 1 },
  { programs: ['standard-version', 'commit-and-tag-version', 'bumpversion', 'bump2version', 'bump-my-version', 'git-cliff', 'conventional-changelog', 'towncrier'], effect: 'work', category: 'other', reason: 'bumps the version or writes the changelog', estimate: 2 },
];
