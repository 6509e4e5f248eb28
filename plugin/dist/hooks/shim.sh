#!/usr/bin/env bash
# bgtelemetry's command hook with the daemon transport (docs/architecture.md, "The daemon"):
#   bash shim.sh <hook> [node]
# Sends the hook's payload to the local daemon over bash's /dev/tcp and prints its answer. On any
# failure (no daemon, refused, too slow, another build, a reply that is not 200) it runs the
# Node hook <hook>.cjs with the same payload instead, which also starts the daemon: an event is
# never lost, and advice is still given. Written by scripts/build.mjs from src/daemon/shim.sh.
LC_ALL=C # lengths in bytes: Content-Length
trap '' PIPE # a daemon that closes early must not kill the shim: the write fails, we fall back
hook=$1
node=${2:-node}
here=${BASH_SOURCE[0]%/*}
[[ $here == "${BASH_SOURCE[0]}" ]] && here=. # run as `bash shim.sh` from its own directory
version=42de4806095dcfb7
case $hook in '' | *[!a-z-]*) exit 0 ;; esac
# Most payloads are small: bash reads them itself, without forking a `cat` (a few ms per event on
# a busy machine). It reads a pipe a byte at a time, so the rest of a large one is left to `cat`.
IFS= read -r -d '' -n 8192 payload
((${#payload} < 8192)) || payload+=$(cat)

# $1: --daemon-hung when the daemon took the request but did not answer in time.
fallback() {
  exec 3<&- 2>/dev/null
  exec "$node" "$here/$hook.cjs" --start-daemon "$@" <<<"$payload"
}

data=${BGTELEMETRY_HOME:-${CLAUDE_CONFIG_DIR:-$HOME/.claude}/bgtelemetry}
{ read -r port pid announced <"$data/daemon.port" && { read -r secret <"$data/daemon.secret" || [[ -n $secret ]]; }; } 2>/dev/null || fallback
[[ $announced == "$version" && $port =~ ^[0-9]+$ ]] || fallback

request="POST /hook/$hook HTTP/1.0"$'\r\n'"Host: 127.0.0.1:$port"$'\r\n'"X-Bgt-Secret: $secret"$'\r\n'
request+="X-Bgt-Version: $version"$'\r\n'"Content-Length: ${#payload}"$'\r\n'
for name in HOME CLAUDE_CONFIG_DIR CLAUDE_PROJECT_DIR CLAUDE_PLUGIN_DATA BGTELEMETRY_HOME BGTELEMETRY_DB BGTELEMETRY_MODE BGTELEMETRY_SLOW_THRESHOLD BGTELEMETRY_TEAM_URL XDG_CONFIG_HOME XDG_RUNTIME_DIR TMPDIR; do
  [[ ${!name+set} ]] || continue
  value=${!name}
  [[ $value == *[$'\r\n']* ]] && fallback
  request+="X-Bgt-Env-$name: $value"$'\r\n'
done
request+=$'\r\n'"$payload"

{ exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || fallback
# Small requests fit the socket's buffers; a larger one is written beside the read, so that a
# daemon that stopped reading cannot hold the shim past the read's timeout.
if ((${#request} < 16384)); then
  printf '%s' "$request" >&3 2>/dev/null || fallback
else
  printf '%s' "$request" >&3 2>/dev/null &
fi

IFS= read -r -t 2 status <&3 || fallback --daemon-hung
[[ $status == "HTTP/1.1 200 "* ]] || fallback
length=
while :; do
  IFS= read -r -t 2 line <&3 || fallback
  line=${line%$'\r'}
  [[ -z $line ]] && break
  [[ $line == [Cc]ontent-[Ll]ength:* ]] && length=${line#*: }
done
body=
IFS= read -r -d '' -t 2 body <&3
(($? == 1)) && [[ $length == "${#body}" ]] || fallback
exec 3<&-
[[ -n $body ]] && printf '%s\n' "$body"
exit 0
