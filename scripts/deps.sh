#!/usr/bin/env bash
# Installs what building, running and testing Overdue needs on Debian or Ubuntu, and nothing
# that is already there. Safe to run again: with everything present it only checks and returns.
#
#   scripts/deps.sh            everything: build packages plus the test/CI tools (Xvfb, ImageMagick, Poppler)
#   scripts/deps.sh --build    only what `make run` and `make build` need
#   scripts/deps.sh --check    report what is missing, install nothing, exit 1 if anything is
#
# As root it installs with apt-get; otherwise with sudo if sudo works without a password;
# otherwise it prints the exact command to run and exits 1.
set -euo pipefail

cd "$(dirname "$0")/.."

mode=all
for arg in "$@"; do
	case "$arg" in
	--build) mode=build ;;
	--check) check_only=1 ;;
	-h | --help)
		sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*)
		echo "deps.sh: unknown option $arg (try --help)" >&2
		exit 2
		;;
	esac
done
check_only=${check_only:-0}

# Fyne's cgo build (GLFW, OpenGL, X11, Wayland) and the tools the Makefile itself uses.
build_pkgs=(make gcc pkg-config libgl1-mesa-dev xorg-dev libxkbcommon-dev libwayland-dev ca-certificates)
# A virtual X server with software OpenGL for `make smoke` and `make screenshots`, and the tools
# used to look at screenshots and PDFs.
test_pkgs=(xvfb xauth x11-apps libgl1-mesa-dri imagemagick poppler-utils)

pkgs=("${build_pkgs[@]}")
if [[ $mode == all ]]; then
	pkgs+=("${test_pkgs[@]}")
fi

say() { printf 'deps: %s\n' "$*"; }
fail() {
	printf 'deps: %s\n' "$*" >&2
	exit 1
}

# The Go version go.mod asks for ("go 1.26.0" -> 1.26.0).
required_go=$(awk '$1 == "go" { print $2; exit }' go.mod)
[[ -n $required_go ]] || fail "cannot read the go version from go.mod"

# version_ge A B: true when version A >= version B.
version_ge() { [[ $(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1) == "$2" ]]; }

# ---------------------------------------------------------------- apt packages
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
	# One dpkg-query call for all of them; a package is present when its status is "install ok installed".
	declare -A installed=()
	while read -r name status; do
		[[ $status == "install ok installed" ]] && installed[${name%%:*}]=1
	done < <(dpkg-query -W -f='${Package} ${Status}\n' "${pkgs[@]}" 2>/dev/null || true)
	for p in "${pkgs[@]}"; do
		[[ -n ${installed[$p]:-} ]] || missing+=("$p")
	done
else
	say "dpkg-query not found: not a Debian/Ubuntu system, so system packages are not checked."
	say "Make sure a C compiler, pkg-config and the OpenGL/X11/Wayland development headers are installed"
	say "(see https://docs.fyne.io/started/ for your system)."
fi

# How to run a root command here: "" (we are root), "sudo -n", or nothing possible.
as_root=none
if [[ $(id -u) -eq 0 ]]; then
	as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	as_root="sudo -n"
fi

apt_updated=0
apt_install() {
	local cmd="apt-get install -y --no-install-recommends $*"
	if [[ $check_only == 1 ]]; then
		fail "missing packages: $* (install with: sudo $cmd)"
	fi
	if [[ $as_root == none ]]; then
		echo "deps: missing packages: $*" >&2
		echo "deps: run this once, then try again:" >&2
		echo "" >&2
		echo "    sudo apt-get update && sudo $cmd" >&2
		echo "" >&2
		exit 1
	fi
	if [[ $apt_updated == 0 ]]; then
		say "apt-get update"
		DEBIAN_FRONTEND=noninteractive $as_root apt-get update -q >/dev/null ||
			fail "apt-get update failed"
		apt_updated=1
	fi
	say "installing: $*"
	DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -q --no-install-recommends "$@" </dev/null ||
		fail "apt-get install failed for: $*"
}

if ((${#missing[@]} > 0)); then
	apt_install "${missing[@]}"
fi

# ---------------------------------------------------------------- Go toolchain
# A Go installed from the official tarball often lives here without being on PATH.
if ! command -v go >/dev/null 2>&1 && [[ -x /usr/local/go/bin/go ]]; then
	say "go is in /usr/local/go/bin but not on your PATH; add this to your shell profile:"
	say '    export PATH="$PATH:/usr/local/go/bin"'
	export PATH="$PATH:/usr/local/go/bin"
fi

# The Go toolchain is not taken from apt: Debian's golang-go is usually far older than go.mod needs.
go_instructions() {
	local arch
	arch=$(dpkg --print-architecture 2>/dev/null || uname -m)
	case "$arch" in x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; esac
	echo "deps: install Go $required_go or newer from https://go.dev/dl/ , for example:" >&2
	echo "" >&2
	echo "    curl -fsSLO https://go.dev/dl/go$required_go.linux-$arch.tar.gz" >&2
	echo "    sudo rm -rf /usr/local/go && sudo tar -C /usr/local -xzf go$required_go.linux-$arch.tar.gz" >&2
	echo '    export PATH="$PATH:/usr/local/go/bin"   # and add this line to ~/.profile' >&2
	echo "" >&2
}

# The distribution's Go, as apt would install it ("2:1.19~1" -> 1.19), or "" when there is none.
distro_go() {
	command -v apt-cache >/dev/null 2>&1 || return 0
	apt-cache policy golang-go 2>/dev/null |
		awk '$1 == "Candidate:" { v = $2; sub(/^[0-9]+:/, "", v); sub(/[~+-].*$/, "", v); if (v != "(none)") print v }'
}

# Installs Go from apt when the distribution's version is new enough, otherwise explains and exits 1.
install_go_or_explain() {
	local reason=$1 candidate
	candidate=$(distro_go)
	if [[ -n $candidate ]] && version_ge "$candidate" "$required_go"; then
		say "$reason; the distribution's golang-go $candidate is new enough"
		apt_install golang-go
		return 0
	fi
	echo "deps: $reason." >&2
	if command -v go >/dev/null 2>&1; then
		echo "deps: (the go found first on PATH is $(command -v go); the new one must come before it)" >&2
	fi
	if [[ -n $candidate ]]; then
		echo "deps: the distribution's golang-go is $candidate, too old for this project (go.mod needs $required_go)," >&2
		echo "deps: so do not apt-get install golang-go." >&2
	else
		echo "deps: this system's package manager offers no golang-go package." >&2
	fi
	go_instructions
	exit 1
}

if ! command -v go >/dev/null 2>&1; then
	install_go_or_explain "Go is not installed (this project needs Go $required_go or newer)"
fi

# GOTOOLCHAIN=local asks the installed go for its own version instead of switching to the one go.mod names.
local_go=$(GOTOOLCHAIN=local go env GOVERSION 2>/dev/null || true)
local_go=${local_go#go}
local_go=${local_go%% *}
[[ -n $local_go ]] || fail "cannot run 'go env GOVERSION'; is the Go installation broken?"

if ! version_ge "$local_go" "$required_go"; then
	toolchain=$(GOTOOLCHAIN=local go env GOTOOLCHAIN 2>/dev/null || echo local)
	if version_ge "$local_go" 1.21 && [[ $toolchain != local && $toolchain != *+path ]]; then
		# Go 1.21+ fetches the toolchain go.mod asks for through the module proxy by itself.
		say "Go $local_go is older than $required_go; the go command will download go$required_go itself (GOTOOLCHAIN=$toolchain)"
		local_go="$required_go (fetched by the installed Go $local_go)"
	else
		install_go_or_explain "Go $local_go is installed but this project needs Go $required_go or newer"
	fi
fi

# ---------------------------------------------------------------- Go modules
if [[ $check_only == 1 ]]; then
	say "all present (Go $local_go)"
	exit 0
fi
# Fills the module cache; a no-op when everything is already downloaded.
go mod download || fail "go mod download failed"
say "all prerequisites present (Go $local_go)"
