#!/usr/bin/env bash
# A session with the Orca screen reader reading the production build in Debian's Chromium, on a
# virtual display of its own; prints the transcript (what Orca said, step by step) as Markdown.
# Not part of `npm test` or CI. See docs/accessibility-session.md.
#
#   apt-get install -y --no-install-recommends orca xvfb at-spi2-core dbus-x11 xdotool
#   npx vite build && bash tests/screen-reader/orca-session.sh > transcript.md
#
# ONLY=study,quiz runs only the sections whose titles contain those words.
set -euo pipefail

for tool in orca Xvfb dbus-run-session xdotool /usr/bin/python3; do
  command -v "$tool" > /dev/null || {
    echo "Missing $tool: apt-get install -y --no-install-recommends orca xvfb at-spi2-core dbus-x11 xdotool" >&2
    exit 1
  }
done
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
work="$(mktemp -d)"
display=":$((90 + RANDOM % 100))"

Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2> /dev/null || true; rm -rf "$work"' EXIT
sleep 1

# A D-Bus session of its own: the accessibility bus (at-spi) starts on it when Orca asks. Only
# the transcript goes to standard output (file descriptor 3 inside), not the daemons' messages.
# Orca gets a home of its own, so no one's own Orca settings change what it says.
mkdir -m 700 "$work/run" "$work/home"
DISPLAY="$display" XDG_RUNTIME_DIR="$work/run" ORCA_HOME="$work/home" \
  ORCA_DEBUG_FILE="$work/orca-debug.out" HERE="$here" \
  dbus-run-session -- bash -c '
    HOME="$ORCA_HOME" /usr/bin/python3 "$HERE/run-orca.py" "$ORCA_DEBUG_FILE" > "$ORCA_HOME/orca.log" 2>&1 &
    orca=$!
    sleep 5
    status=0
    npx tsx "$HERE/orca-session.ts" >&3 || status=$?
    kill "$orca" 2> /dev/null || true
    exit "$status"
  ' 3>&1 > /dev/null
