/**
 * The three ids every event carries: the portable project id from git's remote URL (every
 * spelling of one repository gives one id, credentials never kept), the developer from git's
 * user.email (hashed unless configured otherwise), and the machine's random id (made once, 0600).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { identityOf } from '../../src/policy/identity.js';
import { developerId, emailHash } from '../../src/runtime/developer-id.js';
import { parseGitConfig, remoteUrl, userEmail } from '../../src/runtime/git-config.js';
import { machineId, machineIdPath } from '../../src/runtime/machine-id.js';
import { normaliseRemoteUrl, projectIdOf } from '../../src/runtime/project-id.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bgt-identity-'));
  made.push(dir);
  return dir;
}

describe('the portable project id', () => {
  const SPELLINGS = [
    'git@github.com:Acme/Widget.git',
    'git@github.com:Acme/Widget',
    'github.com:Acme/Widget.git',
    'https://github.com/Acme/Widget.git',
    'https://github.com/Acme/Widget',
    'https://github.com/Acme/Widget/',
    'https://GitHub.COM/Acme/Widget.git',
    'http://github.com/Acme/Widget',
    'ssh://git@github.com/Acme/Widget.git',
    'ssh://git@github.com:22/Acme/Widget.git',
    'git+ssh://git@github.com/Acme/Widget.git',
    'git://github.com/Acme/Widget.git',
    'https://alice:ghp_abcdefghijklmnopqrstuvwxyz0123456789@github.com/Acme/Widget.git',
    'https://x-access-token:s3cr3t@github.com:443/Acme/Widget.git?ref=main#readme',
    'https://oauth2:glpat-XXXXXXXXXXXXXXXXXXXX@github.com/Acme/Widget',
    'https://alice:p@ss:w0rd@github.com/Acme/Widget.git',
    '  https://github.com//Acme//Widget.git  ',
  ];

  it.each(SPELLINGS)('%s is github.com/Acme/Widget', (url) => {
    expect(normaliseRemoteUrl(url)).toBe('github.com/Acme/Widget');
  });

  it('keeps no credentials, whatever the spelling', () => {
    for (const url of SPELLINGS) expect(normaliseRemoteUrl(url)).not.toMatch(/alice|ghp_|s3cr3t|glpat|oauth2|token|ss|w0rd|@/);
  });

  it('keeps nested groups and ports apart from paths', () => {
    expect(normaliseRemoteUrl('git@gitlab.example.org:group/sub/repo.git')).toBe('gitlab.example.org/group/sub/repo');
    expect(normaliseRemoteUrl('ssh://git@gitlab.example.org:2222/group/sub/repo.git')).toBe('gitlab.example.org/group/sub/repo');
    expect(normaliseRemoteUrl('ssh://user@host.example/~user/repo.git')).toBe('host.example/user/repo');
  });

  it('finds no id in a local path or file URL, and falls back to the folder name', () => {
    for (const local of ['/srv/git/repo.git', '../other', 'file:///home/alice/repo.git', 'C:\\Users\\alice\\repo', '']) {
      expect(normaliseRemoteUrl(local)).toBeUndefined();
    }
    expect(projectIdOf('/home/alice/work/widget', '/srv/git/widget.git')).toBe('widget');
    expect(projectIdOf('/home/alice/work/widget', undefined)).toBe('widget');
    expect(projectIdOf('/home/alice/work/widget', 'git@github.com:acme/widget.git')).toBe('github.com/acme/widget');
  });
});

describe("git's configuration", () => {
  it('reads user.email and the remote URL, as git would', () => {
    const config = parseGitConfig(`
# a comment
[User]
\tname = Alice
\temail = "Alice@Example.COM" ; trailing comment
[remote "upstream"]
\turl = git@github.com:up/widget.git
[remote "origin"]
\turl = https://github.com/acme/widget.git
\tfetch = +refs/heads/*:refs/remotes/origin/*
`);
    expect(userEmail(config)).toBe('Alice@Example.COM');
    expect(remoteUrl(config)).toBe('https://github.com/acme/widget.git');
    expect(remoteUrl(parseGitConfig('[remote "fork"]\n  url = git@host.example:me/widget\n'))).toBe('git@host.example:me/widget');
    expect(userEmail(parseGitConfig('[core]\n bare = false\n'))).toBeUndefined();
  });
});

describe('the developer id', () => {
  it('is the first 12 hex digits of the SHA-256 of the lower-cased address by default', () => {
    // sha256("alice@example.com"), computed independently: printf alice@example.com | sha256sum
    expect(emailHash('alice@example.com')).toBe('ff8d9819fc0e');
    expect(emailHash('  Alice@Example.COM ')).toBe('ff8d9819fc0e');
    expect(developerId({ hash: true }, 'Alice@Example.com')).toBe('ff8d9819fc0e');
  });

  it('is the address when hashing is turned off, the configured name when there is one, else nothing', () => {
    expect(developerId({ hash: false }, 'Alice@Example.com')).toBe('alice@example.com');
    expect(developerId({ hash: true, name: 'Alice' }, 'alice@example.com')).toBe('Alice');
    expect(developerId({ hash: true }, undefined)).toBeUndefined();
    expect(developerId({ hash: true }, '  ')).toBeUndefined();
  });
});

describe('the machine id', () => {
  it('is made once, mode 0600, and the same on every later run', () => {
    const env = { BGTELEMETRY_HOME: join(tempDir(), 'data') };
    const first = machineId(env);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(statSync(machineIdPath(env)).mode & 0o777).toBe(0o600);
    expect(machineId(env)).toBe(first);
    expect(machineId({ BGTELEMETRY_HOME: join(tempDir(), 'data') })).not.toBe(first);
  });

  it('is none, without throwing, when the data directory is unusable (the hooks then use their fallback)', () => {
    const file = join(tempDir(), 'data');
    writeFileSync(file, 'not a directory');
    expect(machineId({ BGTELEMETRY_HOME: file })).toBeUndefined();
  });
});

describe('the identity of a hook process', () => {
  it("comes from the repository's config and the user's global one, never from a local path", () => {
    const base = tempDir();
    const home = join(base, 'home');
    const repo = join(base, 'home', 'alice', 'widget');
    mkdirSync(join(repo, '.git'), { recursive: true });
    writeFileSync(join(home, '.gitconfig'), '[user]\n\temail = alice@example.com\n');
    writeFileSync(join(repo, '.git', 'config'), '[remote "origin"]\n\turl = https://alice:tok@GitHub.com/acme/widget.git\n');
    const env = { HOME: home, XDG_CONFIG_HOME: join(base, 'xdg'), BGTELEMETRY_HOME: join(base, 'data') };
    const identity = identityOf(repo, { hash: true, hostname: false }, env);
    expect(identity).toEqual({ developer: 'ff8d9819fc0e', machine: machineId(env), projectId: 'github.com/acme/widget' });

    // A worktree's .git is a file naming its git directory; the config is the common directory's.
    const worktree = join(base, 'wt');
    mkdirSync(join(repo, '.git', 'worktrees', 'wt'), { recursive: true });
    writeFileSync(join(repo, '.git', 'worktrees', 'wt', 'commondir'), '../..\n');
    mkdirSync(worktree);
    writeFileSync(join(worktree, '.git'), `gitdir: ${join(repo, '.git', 'worktrees', 'wt')}\n`);
    writeFileSync(
      join(repo, '.git', 'config'),
      '[user]\n\temail = Alice@Work.example\n[remote "origin"]\n\turl = git@github.com:acme/widget\n',
    );
    const inWorktree = identityOf(worktree, { hash: false, hostname: true }, env);
    expect(inWorktree.projectId).toBe('github.com/acme/widget');
    expect(inWorktree.developer).toBe('alice@work.example');
    expect(inWorktree.machine).toMatch(/^[^/]+\/[0-9a-f]{16}$/);
  });
});
