/**
 * .NET: the dotnet CLI, Entity Framework, MSBuild, NuGet, test consoles and build scripts.
 * Order matters. Nearly everything that touches a project restores and builds it first.
 */
import type { CatalogueEntry } from './entry.js';

const DOTNET = ['dotnet', 'dotnet.exe'];
const EF = ['dotnet-ef'];
const MSBUILD = ['msbuild', 'MSBuild', 'msbuild.exe', 'MSBuild.exe', 'xbuild'];
const NUGET = ['nuget', 'nuget.exe'];
/** `dotnet ef X` and the standalone `dotnet-ef X` take the same words. */
const EF_ROWS: readonly Omit<CatalogueEntry, 'programs'>[] = [
  { args: ['database', 'update|drop'], effect: 'work', category: 'migration', reason: 'builds the project and migrates the database', estimate: 20 },
  { args: ['migrations', 'add|remove|script|bundle|has-pending-model-changes'], effect: 'work', category: 'migration', reason: 'builds the project and writes migrations', estimate: 20 },
  { args: ['dbcontext', 'scaffold|optimize'], effect: 'work', category: 'build', reason: 'builds the project and generates code', estimate: 20 },
  { args: ['migrations|dbcontext', 'list|info'], effect: 'work', category: 'query', reason: 'builds the project to read its migrations', estimate: 15 },
];

export const DOTNET_ROWS: readonly CatalogueEntry[] = [
  // Fast SDK queries (`--version` and `--help` are handled for every program).
  { programs: DOTNET, ifFlags: ['--info', '--list-sdks', '--list-runtimes'], effect: 'work', category: 'query', reason: 'prints SDK information', estimate: 0.5 },
  { programs: DOTNET, bare: true, effect: 'work', category: 'query', reason: 'prints usage', estimate: 0.3 },

  // Watchers and servers.
  { programs: DOTNET, args: ['watch'], effect: 'never-ends', category: 'watch', reason: 'dotnet watch rebuilds and reruns on changes until stopped', alternative: 'dotnet build / dotnet test for a single run' },
  { programs: DOTNET, args: ['run'], ifFlags: ['--urls'], effect: 'never-ends', category: 'server', reason: 'runs a web app that serves until stopped' },
  { programs: DOTNET, args: ['fsi'], anyArg: /\.fsx$/, effect: 'work', category: 'script', reason: 'runs an F# script', estimate: 5 },
  { programs: DOTNET, args: ['fsi|repl'], effect: 'interactive', category: 'repl', reason: 'opens F# Interactive', alternative: 'dotnet fsi script.fsx' },
  { programs: DOTNET, args: ['dev-certs'], ifFlags: ['--trust'], effect: 'interactive', category: 'prompt', reason: 'asks the system to trust a certificate (a password or dialog)', alternative: 'trust the certificate once by hand' },

  // Build, test, publish.
  { programs: DOTNET, args: ['test|vstest'], effect: 'work', category: 'test', reason: 'builds and runs the tests', estimate: 60 },
  { programs: DOTNET, args: ['build|msbuild'], effect: 'work', category: 'build', reason: 'restores and compiles the projects', estimate: 30 },
  { programs: DOTNET, args: ['publish'], effect: 'work', category: 'build', reason: 'builds and packages for deployment', estimate: 60 },
  { programs: DOTNET, args: ['pack'], effect: 'work', category: 'build', reason: 'builds and packs NuGet packages', estimate: 30 },
  // A console app builds, then runs; a web app would never end, which needs --urls to see.
  { programs: DOTNET, args: ['run'], effect: 'work', category: 'script', reason: 'builds and runs the project', estimate: 10 },
  { programs: DOTNET, args: ['restore'], effect: 'work', category: 'install', reason: 'downloads NuGet packages', estimate: 20 },
  { programs: DOTNET, args: ['clean'], effect: 'work', category: 'build', reason: 'removes build outputs', estimate: 4 },
  { programs: DOTNET, args: ['format'], effect: 'work', category: 'lint', reason: 'loads the workspace and formats it', estimate: 20 },
  { programs: DOTNET, args: ['stryker'], effect: 'work', category: 'test', reason: 'mutation testing reruns the suite many times', estimate: 600 },
  { programs: DOTNET, args: ['csharpier'], effect: 'work', category: 'lint', reason: 'formats the code', estimate: 3 },
  { programs: DOTNET, args: ['outdated'], effect: 'work', category: 'query', reason: 'asks NuGet for newer versions', estimate: 15 },
  { programs: DOTNET, args: ['cake|nuke|fake'], effect: 'work', category: 'build', reason: 'runs the build script', estimate: 60 },
  { programs: DOTNET, args: ['sonarscanner|coverage|reportgenerator|dotnet-coverage'], effect: 'work', category: 'test', reason: 'collects coverage or analysis over the build', estimate: 30 },

  // Entity Framework.
  ...EF_ROWS.map((row) => ({ ...row, programs: EF })),
  ...EF_ROWS.map((row) => ({ ...row, programs: DOTNET, args: ['ef', ...(row.args ?? [])] })),
  { programs: DOTNET, args: ['ef'], effect: 'work', category: 'query', reason: 'Entity Framework tools', estimate: 2 },
  { programs: EF, effect: 'work', category: 'query', reason: 'Entity Framework tools', estimate: 2 },

  // Packages, tools, templates.
  { programs: DOTNET, args: ['add', 'package'], effect: 'work', category: 'install', reason: 'adds a package and restores', estimate: 10 },
  { programs: DOTNET, args: ['*', 'add', 'package'], effect: 'work', category: 'install', reason: 'adds a package and restores', estimate: 10 },
  { programs: DOTNET, args: ['package', 'add|update'], effect: 'work', category: 'install', reason: 'adds a package and restores', estimate: 10 },
  { programs: DOTNET, args: ['list|package'], ifFlags: ['--outdated', '--vulnerable', '--deprecated'], effect: 'work', category: 'query', reason: 'asks NuGet about every package', estimate: 10 },
  { programs: DOTNET, args: ['tool|workload', 'list|search'], effect: 'work', category: 'query', reason: 'lists tools or workloads', estimate: 2 },
  { programs: DOTNET, args: ['tool', 'install|update|restore'], effect: 'work', category: 'install', reason: 'downloads .NET tools', estimate: 10 },
  { programs: DOTNET, args: ['workload', 'install|update|restore|repair'], effect: 'work', category: 'install', reason: 'downloads SDK workloads', estimate: 120 },
  { programs: DOTNET, args: ['new', 'install|uninstall|update'], effect: 'work', category: 'install', reason: 'downloads templates', estimate: 10 },
  { programs: DOTNET, args: ['nuget', 'push|delete'], effect: 'work', category: 'other', reason: 'uploads to a feed', estimate: 10 },
  { programs: DOTNET, args: ['new|add|remove|list|sln|nuget|user-secrets|dev-certs|tool|workload|build-server|sdk|package|reference|user-jwts'], effect: 'work', category: 'query', reason: 'quick project or SDK command', estimate: 2 },

  // MSBuild, NuGet, test consoles, build scripts, Azure Functions.
  { programs: MSBUILD, ifFlags: ['/version', '-version', '/ver', '-ver', '/help', '/?', '-help', '/h'], effect: 'work', category: 'query', reason: 'prints version or help', estimate: 0.5 },
  { programs: MSBUILD, effect: 'work', category: 'build', reason: 'builds the project or solution', estimate: 30 },
  { programs: NUGET, args: ['restore|install|update'], effect: 'work', category: 'install', reason: 'downloads packages', estimate: 30 },
  { programs: NUGET, args: ['pack|push|delete|add|init'], effect: 'work', category: 'other', reason: 'packs or uploads a package', estimate: 8 },
  { programs: NUGET, effect: 'work', category: 'query', reason: 'quick NuGet command', estimate: 1.5 },
  { programs: ['vstest.console', 'vstest.console.exe', 'nunit3-console', 'nunit3-console.exe', 'xunit.console', 'xunit.console.exe', 'dotnet-test'], effect: 'work', category: 'test', reason: 'runs the tests', estimate: 60 },
  { programs: ['paket'], args: ['install|restore|update|outdated'], effect: 'work', category: 'install', reason: 'resolves and downloads packages', estimate: 30 },
  { programs: ['fake', 'cake', 'nuke', 'dotnet-cake', 'build.cake'], effect: 'work', category: 'build', reason: 'runs the build script', estimate: 60 },
  { programs: ['func'], args: ['start|host'], effect: 'never-ends', category: 'server', reason: 'the Functions host runs until stopped' },
  { programs: ['func'], args: ['azure'], effect: 'work', category: 'infra', reason: 'publishes to Azure', estimate: 60 },
];
