/**
 * What `report --project` matches: a project recorded on this machine by its path, and the same
 * repository recorded anywhere (another clone, another machine, the team's data) by its portable
 * id. An argument that names no directory may be a portable id itself (`github.com/acme/widget`).
 */
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { projectOf } from '../runtime/project.js';
import { projectIdAt } from '../runtime/project-id.js';

export interface ProjectFilter {
  /** The git root on this machine (or the argument, when it is no path). */
  project: string;
  projectId: string;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function projectFilter(argument: string): ProjectFilter {
  if (isDirectory(argument)) {
    const root = projectOf(argument);
    return { project: root, projectId: projectIdAt(root) };
  }
  const path = isAbsolute(argument) || argument.startsWith('.');
  return { project: path ? projectOf(argument) : argument, projectId: argument };
}
