/** Shell builtins and everyday Unix tools: state changes, editors, pagers, followers, waits. */
import type { CatalogueEntry } from './entry.js';

export const SHELL_ROWS: readonly CatalogueEntry[] = [
  // Changes to the calling shell: lost if run anywhere but the foreground.
  { programs: ['cd', 'pushd', 'popd'], effect: 'state-change', category: 'shell-state', reason: 'changes the working directory of this shell', estimate: 0 },
  { programs: ['export', 'unset', 'declare', 'typeset', 'readonly', 'local'], effect: 'state-change', category: 'shell-state', reason: 'changes variables of this shell', estimate: 0 },
  { programs: ['source', '.'], effect: 'state-change', category: 'shell-state', reason: 'loads definitions into this shell', estimate: 0.5 },
  { programs: ['alias', 'unalias', 'hash', 'trap', 'shopt', 'umask', 'ulimit', 'setopt', 'unsetopt', 'enable'], effect: 'state-change', category: 'shell-state', reason: 'changes settings of this shell', estimate: 0 },
  { programs: ['set'], args: [], ifFlags: ['-e', '-u', '-x', '-o', '+e', '+x', '+o', '-euo', '-eu'], effect: 'state-change', category: 'shell-state', reason: 'changes options of this shell', estimate: 0 },
  { programs: ['set'], effect: 'work', category: 'query', reason: 'prints shell variables', estimate: 0 },
  { programs: ['deactivate'], effect: 'state-change', category: 'shell-state', reason: 'leaves the virtual environment in this shell', estimate: 0 },
  { programs: ['nvm', 'fnm'], args: ['use|alias|unalias|deactivate'], effect: 'state-change', category: 'shell-state', reason: 'switches the Node version of this shell', estimate: 0.5 },
  { programs: ['nvm', 'fnm'], args: ['install|install-latest-npm|reinstall-packages|i'], effect: 'work', category: 'install', reason: 'downloads and installs a Node version', estimate: 30 },
  { programs: ['nvm', 'fnm'], bare: true, effect: 'work', category: 'query', reason: 'prints usage', estimate: 0.2 },
  { programs: ['nvm', 'fnm'], effect: 'work', category: 'query', reason: 'lists or prints Node versions', estimate: 1 },
  { programs: ['conda', 'mamba', 'micromamba'], args: ['activate|deactivate'], effect: 'state-change', category: 'shell-state', reason: 'switches the conda environment of this shell', estimate: 0.5 },
  { programs: ['pyenv', 'rbenv', 'nodenv', 'goenv', 'jenv'], args: ['shell'], effect: 'state-change', category: 'shell-state', reason: 'switches the version for this shell', estimate: 0 },
  { programs: ['asdf'], args: ['shell'], effect: 'state-change', category: 'shell-state', reason: 'switches the version for this shell', estimate: 0 },
  { programs: ['rvm', 'chruby', 'sdk'], args: ['use'], effect: 'state-change', category: 'shell-state', reason: 'switches the version for this shell', estimate: 0.5 },
  { programs: ['workon'], effect: 'state-change', category: 'shell-state', reason: 'activates a virtual environment in this shell', estimate: 0.5 },
  { programs: ['exec'], bare: true, effect: 'state-change', category: 'shell-state', reason: 'redirects this shell itself', estimate: 0 },

  // Waits and followers.
  { programs: ['sleep'], estimateFromArg: 0, effect: 'work', category: 'sleep', reason: 'waits', estimate: 1 },
  { programs: ['tail'], ifFlags: ['-f', '-F', '--follow', '--retry'], effect: 'never-ends', category: 'follow', reason: 'follows a file forever', alternative: 'run it with run_in_background: true, or tail -n 100 for a snapshot' },
  { programs: ['journalctl'], ifFlags: ['-f', '--follow'], effect: 'never-ends', category: 'follow', reason: 'follows the journal forever', alternative: 'journalctl -n 100 --no-pager' },
  { programs: ['journalctl'], unlessFlags: ['--no-pager'], effect: 'interactive', category: 'pager', reason: 'opens a pager', alternative: 'journalctl --no-pager -n 100' },
  { programs: ['watch'], effect: 'never-ends', category: 'watch', reason: 'repeats a command forever', alternative: 'run the command once, or loop in the background' },
  // `yes` is nearly always piped into a command that stops reading.
  { programs: ['yes'], effect: 'work', category: 'other', reason: 'answers prompts of the next command', estimate: 0.1 },
  { programs: ['ping', 'ping6'], unlessFlags: ['-c', '-w', '-W'], effect: 'never-ends', category: 'other', reason: 'pings forever without -c', alternative: 'ping -c 3 HOST' },
  { programs: ['nc', 'ncat', 'netcat'], ifFlags: ['-l', '--listen'], effect: 'never-ends', category: 'server', reason: 'listens for connections until stopped' },
  { programs: ['socat'], effect: 'never-ends', category: 'server', reason: 'relays until stopped' },
  { programs: ['inotifywait'], ifFlags: ['-m', '--monitor'], effect: 'never-ends', category: 'watch', reason: 'watches files forever' },
  { programs: ['entr', 'watchexec', 'watchman-make', 'reflex', 'fswatch'], effect: 'never-ends', category: 'watch', reason: 'reruns on file changes until stopped' },
  { programs: ['dmesg'], ifFlags: ['-w', '--follow'], effect: 'never-ends', category: 'follow', reason: 'follows kernel messages forever' },
  // Lasts as long as the jobs this command put in the background (classify.ts); each Bash call
  // is a fresh shell, so there are no others to wait for.
  { programs: ['wait'], effect: 'work', category: 'other', reason: 'waits for background jobs of this shell', estimate: 0 },

  // Detaching on its own.
  { programs: ['disown'], effect: 'self-background', category: 'detached', reason: 'detaches jobs from the shell', estimate: 0 },
  { programs: ['screen'], ifFlags: ['-d', '-dm', '-dmS'], effect: 'self-background', category: 'detached', reason: 'starts a detached screen session', estimate: 0.2 },
  { programs: ['screen'], effect: 'interactive', category: 'remote', reason: 'attaches a terminal multiplexer', alternative: 'screen -dmS NAME CMD to start it detached' },
  { programs: ['tmux'], args: ['new|new-session'], ifFlags: ['-d'], effect: 'self-background', category: 'detached', reason: 'starts a detached tmux session', estimate: 0.2 },
  { programs: ['tmux'], args: ['send-keys|send|capture-pane|capturep|ls|list-sessions|list-windows|kill-session|kill-server|has-session|has|display-message|display'], effect: 'work', category: 'query', reason: 'scripts tmux', estimate: 0.2 },
  { programs: ['tmux'], effect: 'interactive', category: 'remote', reason: 'attaches a terminal multiplexer', alternative: 'tmux new-session -d -s NAME CMD' },
  { programs: ['daemonize', 'start-stop-daemon'], effect: 'self-background', category: 'detached', reason: 'starts a daemon', estimate: 0.5 },
  { programs: ['systemctl'], args: ['start|restart|stop|reload|enable|disable'], effect: 'work', category: 'other', reason: 'asks systemd to change a service', estimate: 1 },
  { programs: ['systemctl', 'service'], args: ['status'], unlessFlags: ['--no-pager'], effect: 'work', category: 'query', reason: 'shows a service status', estimate: 0.5 },
  { programs: ['pm2'], args: ['start|restart|reload|stop|delete|list|ls|status|save'], effect: 'self-background', category: 'detached', reason: 'pm2 manages the process in the background', estimate: 1 },
  { programs: ['pm2'], args: ['logs|monit'], unlessFlags: ['--nostream'], effect: 'never-ends', category: 'follow', reason: 'streams logs forever', alternative: 'pm2 logs --nostream --lines 100' },

  // Editors, pagers and prompts: they wait for a person.
  { programs: ['vim', 'nvim', 'vi'], ifFlags: ['-es', '-Es', '--headless', '-c'], effect: 'work', category: 'script', reason: 'runs the editor in batch mode', estimate: 1 },
  { programs: ['emacs'], ifFlags: ['--batch', '-batch', '--script'], effect: 'work', category: 'script', reason: 'runs emacs in batch mode', estimate: 2 },
  { programs: ['vim', 'vi', 'nvim', 'nano', 'pico', 'micro', 'joe', 'ed', 'ex', 'kak', 'hx', 'helix', 'mcedit'], effect: 'interactive', category: 'editor', reason: 'opens an editor that waits for keystrokes', alternative: 'edit with the Edit tool, or sed -i / a heredoc' },
  { programs: ['emacs'], effect: 'interactive', category: 'editor', reason: 'opens an editor', alternative: 'emacs --batch …' },
  { programs: ['code', 'code-insiders', 'codium', 'cursor'], ifFlags: ['--install-extension', '--update-extensions'], effect: 'work', category: 'install', reason: 'downloads and installs editor extensions', estimate: 8 },
  { programs: ['code', 'subl', 'gedit', 'xdg-open', 'open'], effect: 'work', category: 'other', reason: 'hands a file to a desktop program', estimate: 0.5 },
  // A pager whose input is piped in or whose output is piped or redirected just copies it, like cat.
  { programs: ['less', 'more', 'most', 'pg'], unlessStdin: true, unlessOutputCaptured: true, effect: 'interactive', category: 'pager', reason: 'opens a pager that waits for keystrokes', alternative: 'cat FILE, or head -n 100 FILE' },
  { programs: ['less', 'more', 'most', 'pg'], effect: 'work', category: 'query', reason: 'with a pipe on either side, the pager just copies its input', estimate: 0.2 },
  { programs: ['man', 'info'], unlessOutputCaptured: true, effect: 'interactive', category: 'pager', reason: 'opens a manual in a pager', alternative: 'man CMD | col -b | head -n 100, or CMD --help' },
  { programs: ['man', 'info'], effect: 'work', category: 'query', reason: 'prints a manual page into a pipe or file', estimate: 0.5 },
  // Without a terminal these fail at once ("failed tty get"): still no use to the agent.
  { programs: ['top', 'htop', 'btop', 'atop', 'glances', 'iotop', 'nmon', 'iftop', 'nethogs', 'bpytop'], unlessFlags: ['-b', '-n'], effect: 'interactive', category: 'pager', reason: 'a full-screen monitor: without a terminal it fails at once', alternative: 'top -b -n 1 | head -n 30, or ps aux --sort=-%cpu | head' },
  { programs: ['top'], effect: 'work', category: 'query', reason: 'prints one batch snapshot', estimate: 1 },
  { programs: ['ranger', 'mc', 'nnn', 'lf', 'vifm', 'tig', 'lazygit', 'lazydocker', 'k9s', 'fzf', 'dialog', 'whiptail', 'ncdu', 'gitui'], effect: 'interactive', category: 'pager', reason: 'opens a full-screen interface', alternative: 'use the plain command-line equivalent' },
  { programs: ['read', 'select'], unlessStdin: true, effect: 'interactive', category: 'prompt', reason: 'waits for input on the terminal', alternative: 'pass the value as an argument or variable' },
  { programs: ['read'], effect: 'work', category: 'query', reason: 'reads a line from its input', estimate: 0 },
  { programs: ['passwd', 'visudo', 'vipw', 'chsh', 'chfn'], effect: 'interactive', category: 'prompt', reason: 'asks for input on the terminal' },
  { programs: ['crontab'], ifFlags: ['-e'], effect: 'interactive', category: 'editor', reason: 'opens an editor', alternative: 'crontab FILE, or (crontab -l; echo "…") | crontab -' },
  { programs: ['su'], unlessFlags: ['-c'], effect: 'interactive', category: 'prompt', reason: 'opens a shell as another user and asks for a password', alternative: "su -c '…' USER, or sudo -n …" },
  { programs: ['sudo'], ifFlags: ['-i', '-s'], effect: 'interactive', category: 'prompt', reason: 'opens a root shell', alternative: "sudo -n CMD, or sudo sh -c '…'" },
  { programs: ['login', 'newgrp'], effect: 'interactive', category: 'prompt', reason: 'opens a new login shell' },
  { programs: ['ssh'], args: ['*'], noMoreArgs: true, unlessFlags: ['-N', '-f', '-O', '-V', '-G', '-Q'], effect: 'interactive', category: 'remote', reason: 'opens a remote shell', alternative: "ssh HOST 'command' with BatchMode=yes" },
  { programs: ['ssh'], ifFlags: ['-N'], unlessFlags: ['-f'], effect: 'never-ends', category: 'server', reason: 'holds a tunnel open until stopped', alternative: 'ssh -f -N … to detach, or run_in_background: true' },
  { programs: ['ssh'], ifFlags: ['-f'], effect: 'self-background', category: 'detached', reason: 'goes to the background after connecting', estimate: 2 },
  { programs: ['ssh'], effect: 'work', category: 'remote', reason: 'runs a command on a remote host', estimate: 3 },
  { programs: ['mosh', 'telnet', 'ftp', 'sftp', 'lftp'], unlessFlags: ['-b', '-c', '-e'], effect: 'interactive', category: 'remote', reason: 'opens an interactive session', alternative: 'a batch form (sftp -b FILE, lftp -c …)' },
  { programs: ['ssh-keygen'], unlessFlags: ['-f', '-l', '-y', '-R', '-F', '-H', '-Y'], effect: 'interactive', category: 'prompt', reason: 'asks where to save the key and for a passphrase', alternative: 'ssh-keygen -t ed25519 -f PATH -N ""' },
  { programs: ['ssh-add'], unlessFlags: ['-l', '-L', '-D', '-d'], effect: 'interactive', category: 'prompt', reason: 'may ask for a key passphrase' },
  { programs: ['gpg', 'gpg2'], ifFlags: ['--gen-key', '--full-generate-key', '--edit-key', '--full-gen-key'], effect: 'interactive', category: 'prompt', reason: 'asks questions on the terminal', alternative: 'gpg --batch --quick-generate-key …' },

  // Long searches and copies over big trees.
  { programs: ['find'], args: [/^(\/|~|\$HOME|\/home|\/usr|\/var|\/Users)\/?$/], unlessFlags: ['-maxdepth'], effect: 'work', category: 'search', reason: 'walks a whole file system', estimate: 30, alternative: 'search the project directory, or add -maxdepth' },
  { programs: ['du'], args: [/^(\/|~|\$HOME)\/?$/], effect: 'work', category: 'search', reason: 'sizes a whole file system', estimate: 30 },
  { programs: ['find', 'fd', 'locate', 'ls', 'tree', 'du', 'df', 'wc', 'stat', 'file'], effect: 'work', category: 'query', reason: 'quick file query', estimate: 0.3 },
  { programs: ['grep', 'egrep', 'rg', 'ag', 'ack'], ifFlags: ['-r', '-R', '--recursive'], anyArg: /^(\/|~|\$HOME)\/?$/, effect: 'work', category: 'search', reason: 'searches a whole file system', estimate: 30 },
  { programs: ['updatedb'], effect: 'work', category: 'search', reason: 'indexes the whole file system', estimate: 60 },
  { programs: ['dd'], effect: 'work', category: 'other', reason: 'copies raw data, often gigabytes', estimate: 20 },
  { programs: ['ffmpeg', 'handbrake-cli', 'HandBrakeCLI'], effect: 'work', category: 'script', reason: 'encodes media', estimate: 60 },
  { programs: ['tar', 'zip', 'unzip', '7z', 'xz', 'zstd', 'gzip', 'gunzip', 'bzip2'], effect: 'work', category: 'other', reason: 'packs or unpacks files', estimate: 2 },
  // loadtest without a request or time limit keeps loading until stopped.
  { programs: ['loadtest'], unlessFlags: ['-n', '--maxRequests', '-t', '--maxSeconds'], effect: 'never-ends', category: 'script', reason: 'load-tests until stopped without -n or -t', alternative: 'loadtest -n 1000 …, or -t 30' },
  { programs: ['hyperfine', 'wrk', 'loadtest', 'ab', 'k6', 'vegeta', 'oha', 'hey', 'siege', 'stress', 'stress-ng', 'sysbench'], effect: 'work', category: 'script', reason: 'benchmarks or load-tests for a while', estimate: 30 },
  { programs: ['parallel'], ifFlags: ['--dry-run', '--version', '--citation'], effect: 'work', category: 'query', reason: 'prints the commands it would run', estimate: 0.5 },
  { programs: ['parallel'], effect: 'work', category: 'script', reason: 'runs a command over many inputs', estimate: 20 },
  { programs: ['configure'], effect: 'work', category: 'build', reason: 'configures a source build', estimate: 20 },

  // Everyday utilities: quick, and known to be quick (unknown programs are only assumed so).
  // Last, so that the specific rows above (`tail -f`, `grep -r /`) are tried first.
  {
    programs: ['echo', 'printf', 'true', 'false', ':', 'test', '[', '[[', 'pwd', 'which', 'type', 'whoami', 'id', 'hostname', 'uname', 'date', 'cat', 'head', 'grep', 'egrep', 'fgrep', 'rg', 'ag', 'sed', 'awk', 'gawk', 'jq', 'yq', 'cut', 'tr', 'sort', 'uniq', 'tee', 'diff', 'cmp', 'comm', 'mkdir', 'rmdir', 'rm', 'cp', 'mv', 'ln', 'touch', 'chmod', 'chown', 'basename', 'dirname', 'realpath', 'readlink', 'printenv', 'seq', 'column', 'nl', 'rev', 'base64', 'md5sum', 'sha256sum', 'shasum', 'xxd', 'od', 'hexdump', 'ps', 'pgrep', 'pkill', 'kill', 'killall', 'lsof', 'env', 'time', 'tput', 'clear', 'history', 'jobs', 'fg', 'bg', 'return', 'exit', 'break', 'continue', 'shift', 'getopts', 'let', 'expr', 'bc', 'mktemp', 'nproc', 'free', 'uptime'],
    effect: 'work',
    category: 'query',
    reason: 'a quick shell utility',
    estimate: 0.1,
  },
];
