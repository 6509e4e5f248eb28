/**
 * An nx workspace (the folder of nx.json) and the script a `project:target` runs in it. Projects
 * are the folders with a project.json or package.json among the root, the folders the root
 * package.json's `workspaces` (or pnpm-workspace.yaml) name, and `apps/*`, `libs/*`,
 * `packages/*`; a project's targets are its package.json scripts (nx infers them) and its
 * project.json targets, which win. Every read goes through the lookup's bounded ProjectFiles.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { ProjectExpansion } from '../../analysis/types.js';
import { PROJECT_LIMITS, type ProjectFiles } from '../files.js';
import type { TaskCall } from '../runner-row.js';
import { joinCommands } from '../script-text.js';
import type { TaskTable } from '../task-table.js';
import { parsePackageJson } from '../task-files/package-json.js';
import { parsePnpmWorkspace } from '../task-files/pnpm-workspace.js';
import { type NxTarget, parseProjectJson } from '../task-files/project-json.js';

interface NxProject {
  name: string;
  dir: string;
  targets: Map<string, NxTarget>;
}

/** Where nx workspaces keep projects when nothing says otherwise. */
const CONVENTIONAL_FOLDERS = ['apps/*', 'libs/*', 'packages/*'];

class Workspace {
  private readonly known = new Map<string, NxProject | undefined>();
  private folderList?: string[];

  constructor(
    readonly root: string,
    /** nx.json's targetDefaults. */
    readonly defaults: TaskTable,
    private readonly files: ProjectFiles,
  ) {}

  private text(path: string): string | null {
    return this.files.text(path, PROJECT_LIMITS.taskFileBytes);
  }

  /** The project in `dir`, if one is there. */
  projectAt(dir: string): NxProject | undefined {
    if (this.known.has(dir)) return this.known.get(dir);
    const projectText = this.text(join(dir, 'project.json'));
    const packageText = this.text(join(dir, 'package.json'));
    const project = projectText === null ? undefined : parseProjectJson(projectText);
    const pkg = packageText === null ? undefined : parsePackageJson(packageText);
    // The root package.json is the workspace's own unless a project.json sits beside it.
    const found = project || (pkg && dir !== this.root) ? { project, pkg } : undefined;
    let result: NxProject | undefined;
    if (found) {
      const targets = new Map<string, NxTarget>();
      for (const script of pkg?.tasks.keys() ?? [])
        targets.set(script, { commands: [`npm run ${script}`], known: true, continuous: false, parallel: false });
      for (const [name, target] of project?.targets ?? []) targets.set(name, target);
      result = { name: project?.name ?? pkg?.variables.get('name') ?? basename(dir), dir, targets };
    }
    this.known.set(dir, result);
    return result;
  }

  /** The root and the project folders its patterns name, at most PROJECT_LIMITS.workspaceEntries each. */
  folders(): string[] {
    if (this.folderList) return this.folderList;
    const pkg = this.text(join(this.root, 'package.json'));
    const yaml = this.text(join(this.root, 'pnpm-workspace.yaml'));
    const patterns = [...(pkg ? parsePackageJson(pkg).includes : []), ...(yaml ? parsePnpmWorkspace(yaml) : []), ...CONVENTIONAL_FOLDERS];
    const out = new Set([this.root]);
    for (const pattern of new Set(patterns)) {
      if (pattern.startsWith('!')) continue;
      if (!pattern.includes('*')) out.add(resolve(this.root, pattern));
      else if (pattern.endsWith('/*') && pattern.indexOf('*') === pattern.length - 1) {
        const parent = resolve(this.root, pattern.slice(0, -2));
        for (const name of this.files.folders(parent)) out.add(join(parent, name));
      }
    }
    this.folderList = [...out];
    return this.folderList;
  }

  /** A project by name: the folder of that name is tried first (a scoped `@org/web` in `…/web`). */
  named(name: string): NxProject | undefined {
    const folders = this.folders();
    const likely = folders.filter((d) => basename(d) === name.split('/').pop());
    for (const dir of [...likely, ...folders]) if (this.projectAt(dir)?.name === name) return this.projectAt(dir);
    return undefined;
  }

  /** The project whose folder holds `dir` (nx's default for `nx build` without a project). */
  containing(dir: string): NxProject | undefined {
    for (let at = dir; at.startsWith(this.root); at = dirname(at)) {
      const project = this.projectAt(at);
      if (project || at === this.root) return project;
    }
    return undefined;
  }

  every(): NxProject[] {
    return this.folders().flatMap((d) => this.projectAt(d) ?? []);
  }
}

/** The script `nx run project:target` runs: its own dependsOn targets by name, then its commands. */
function targetScript(
  ws: Workspace,
  project: NxProject,
  name: string,
  extra: readonly string[],
  via: string,
): ProjectExpansion | undefined {
  const target = project.targets.get(name);
  if (!target?.known) return undefined;
  const own = target.dependsOn ?? ws.defaults.tasks.get(name)?.dependencies ?? [];
  const lines = own.filter((d) => d !== name && project.targets.has(d)).map((d) => `nx run ${project.name}:${d}`);
  if (!target.commands.length && !lines.length) return undefined;
  const commands = [...target.commands];
  if (extra.length && commands.length) commands.push(`${commands.pop()} ${extra.join(' ')}`);
  if (commands.length) lines.push(joinCommands(commands, target.parallel));
  const dir = target.cwd === undefined ? project.dir : resolve(ws.root, target.cwd);
  const endless = target.continuous ? 'nx: a continuous target, runs until stopped' : undefined;
  return { script: lines.join('\n'), via, dir, key: `${project.dir}#${name}`, ...(endless ? { endless } : {}) };
}

/** What an nx call runs, from the workspace whose nx.json is `root`; `start` is the command's directory. */
export function nxExpansion(root: { path: string; table: TaskTable }, asked: TaskCall, start: string, via: string, files: ProjectFiles) {
  const ws = new Workspace(dirname(root.path), root.table, files);
  const runs: [NxProject, string][] = asked.tasks.flatMap((spec) => {
    const colon = spec.indexOf(':');
    const [name, target] = [spec.slice(0, colon), spec.slice(colon + 1)];
    if (name === '*') return ws.every().flatMap((p) => (p.targets.get(target)?.known ? [[p, target] as [NxProject, string]] : []));
    const project = name ? ws.named(name) : ws.containing(start);
    return project ? [[project, target] as [NxProject, string]] : [];
  });
  if (runs.length === 1 && !asked.tasks[0].startsWith('*:')) return targetScript(ws, runs[0][0], runs[0][1], asked.extra, via);
  if (!runs.length) return undefined;
  const script = joinCommands(
    runs.map(([p, t]) => `nx run ${p.name}:${t}${asked.extra.length ? ` ${asked.extra.join(' ')}` : ''}`),
    asked.parallel,
  );
  return { script, via, dir: ws.root, key: `${root.path}#${asked.tasks.join(',')}` };
}
