#!/usr/bin/env bash
# Runs a program in its own virtual X server (Xvfb, software OpenGL) with a time limit, the way
# `make smoke` and `make screenshots` do, so it never opens a window on your real screen.
#
#   scripts/xvfb.sh SECONDS PROGRAM [ARGS...]
#
# Exit status: the program's; 124 when it ran out of time (it is then killed).
# English texts and the light theme at scale 1, so that screenshots look the same on every machine.
set -euo pipefail

limit=${1:?usage: scripts/xvfb.sh SECONDS PROGRAM [ARGS...]}
shift
(($# > 0)) || {
	echo "usage: scripts/xvfb.sh SECONDS PROGRAM [ARGS...]" >&2
	exit 2
}
command -v xvfb-run >/dev/null || {
	echo "xvfb.sh: xvfb-run is missing (run scripts/deps.sh)" >&2
	exit 1
}

# GLFW tries Wayland first: without a runtime dir it complains, with a Wayland socket it would use the real screen.
unset WAYLAND_DISPLAY
if [[ -z ${XDG_RUNTIME_DIR:-} || ! -d ${XDG_RUNTIME_DIR:-} ]]; then
	XDG_RUNTIME_DIR=$(mktemp -d)
	export XDG_RUNTIME_DIR
	trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi
export LANG=en_US.UTF-8 LANGUAGE=en FYNE_SCALE=1 FYNE_THEME=light

# The inner timeout stops the program; the outer one also covers an Xvfb that never starts.
rc=0
timeout -k 10 $((limit + 30)) \
	xvfb-run -a -s "-screen 0 1280x800x24" \
	timeout -k 5 "$limit" "$@" </dev/null || rc=$?
if ((rc == 124)); then
	echo "xvfb.sh: $1 did not finish within ${limit}s and was stopped" >&2
fi
exit "$rc"
