/** System package managers and environment tools: apt, brew and friends (Nix is in nix.ts). */
import type { CatalogueEntry } from './entry.js';

const QUERIES = 'list|search|show|info|policy|depends|rdepends|madison|desc|deps|uses|outdated|leaves|doctor|config|--version|version|why|which|files|owns|query|-Q|-Qi|-Ql|-Ss|-Si';

export const SYSTEM_ROWS: readonly CatalogueEntry[] = [
  { programs: ['apt', 'apt-get', 'aptitude', 'apt-cache', 'dpkg'], args: [QUERIES], effect: 'work', category: 'query', reason: 'package query', estimate: 1 },
  { programs: ['apt', 'apt-get', 'aptitude'], args: ['install|update|upgrade|dist-upgrade|full-upgrade|build-dep|source|reinstall'], effect: 'work', category: 'install', reason: 'downloads and installs system packages', estimate: 45 },
  { programs: ['apt', 'apt-get', 'aptitude'], args: ['remove|purge|autoremove|clean|autoclean'], effect: 'work', category: 'install', reason: 'removes system packages', estimate: 10 },
  { programs: ['dpkg'], ifFlags: ['-i', '--install', '--configure'], effect: 'work', category: 'install', reason: 'installs packages', estimate: 15 },
  { programs: ['yum', 'dnf', 'microdnf', 'zypper', 'apk', 'pacman', 'yay', 'paru', 'port', 'pkg', 'emerge', 'xbps-install', 'snap', 'flatpak', 'choco', 'scoop', 'winget'], args: [QUERIES], effect: 'work', category: 'query', reason: 'package query', estimate: 1.5 },
  { programs: ['yum', 'dnf', 'microdnf', 'zypper', 'apk', 'port', 'pkg', 'snap', 'flatpak', 'choco', 'scoop', 'winget'], args: ['install|in|add|update|upgrade|up|makecache|refresh|fix|build|groupinstall|selfupdate|sync'], effect: 'work', category: 'install', reason: 'downloads and installs system packages', estimate: 45 },
  { programs: ['pacman', 'yay', 'paru'], ifFlags: ['-S', '-Syu', '-Sy', '-Syy', '-U'], effect: 'work', category: 'install', reason: 'downloads and installs system packages', estimate: 45 },
  { programs: ['emerge', 'xbps-install'], effect: 'work', category: 'install', reason: 'builds or installs system packages', estimate: 120 },
  { programs: ['brew'], args: ['services'], effect: 'work', category: 'other', reason: 'starts or stops a background service', estimate: 2 },
  { programs: ['brew'], args: ['install|reinstall|upgrade|update|bundle|tap|fetch|cleanup|uninstall|remove|rm|link'], effect: 'work', category: 'install', reason: 'Homebrew downloads, builds or updates packages', estimate: 60 },
  { programs: ['brew'], effect: 'work', category: 'query', reason: 'Homebrew query', estimate: 2 },
  { programs: ['direnv'], args: ['allow|deny|reload'], effect: 'work', category: 'other', reason: 'updates direnv trust', estimate: 1 },
  { programs: ['pyenv', 'rbenv', 'nodenv', 'goenv', 'asdf', 'mise', 'rtx', 'volta', 'fnm', 'rustup', 'sdk', 'proto'], args: ['install|update|upgrade|plugin-add|sync|toolchain'], effect: 'work', category: 'install', reason: 'downloads and installs a toolchain', estimate: 60 },
  { programs: ['mise', 'rtx'], args: ['run|r|tasks'], effect: 'work', category: 'build', reason: 'runs a project task', estimate: 10 },
  { programs: ['mise', 'rtx'], args: ['watch'], effect: 'never-ends', category: 'watch', reason: 'reruns tasks on changes until stopped' },
  { programs: ['dpkg-buildpackage', 'debuild', 'pbuilder', 'sbuild', 'rpmbuild', 'mock', 'makepkg', 'abuild', 'fpm', 'nfpm'], effect: 'work', category: 'build', reason: 'builds a system package from source', estimate: 120 },
  { programs: ['pip-compile', 'pip-sync'], effect: 'work', category: 'install', reason: 'resolves or installs Python dependencies over the network', estimate: 20 },
];
