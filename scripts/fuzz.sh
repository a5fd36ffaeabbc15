#!/usr/bin/env bash
# Runs every fuzz target (func FuzzXxx) of every package for a fixed time each.
#
#   scripts/fuzz.sh FUZZTIME TAGS [PACKAGES...]     e.g. scripts/fuzz.sh 10s migrated_fynedo ./...
#
# `go test -fuzz` takes one target in one package at a time, so the targets are listed first with
# `go test -list`. A failing input is saved by go test under the package's testdata/fuzz/ (commit it:
# it then runs as a regular test case) and this script exits 1 after trying the remaining targets.
set -euo pipefail

cd "$(dirname "$0")/.."

fuzztime=${1:?usage: scripts/fuzz.sh FUZZTIME TAGS [PACKAGES...]}
tags=${2:-}
shift 2 || shift $#
pkgs=("$@")
((${#pkgs[@]} > 0)) || pkgs=(./...)
go=${GO:-go}

# Lines "PACKAGE TARGET": go test -list prints a package's matching names, then "ok  PACKAGE  TIME".
list=$("$go" test -tags "$tags" -run '^$' -list '^Fuzz' "${pkgs[@]}" |
	awk '/^Fuzz/ { names[++n] = $1; next }
	     /^ok[ \t]/ { for (i = 1; i <= n; i++) print $2, names[i]; n = 0 }')

if [[ -z $list ]]; then
	echo "fuzz: no Fuzz* targets found in ${pkgs[*]}"
	exit 0
fi

count=$(wc -l <<<"$list")
echo "fuzz: $count target(s), $fuzztime each"
failed=()
while read -r pkg name; do
	echo "== $pkg $name"
	if ! "$go" test -tags "$tags" -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" "$pkg"; then
		failed+=("$pkg $name")
	fi
done <<<"$list"

if ((${#failed[@]} > 0)); then
	echo "fuzz: ${#failed[@]} of $count target(s) failed:" >&2
	printf '  %s\n' "${failed[@]}" >&2
	exit 1
fi
echo "fuzz: all $count target(s) ran $fuzztime without failure"
