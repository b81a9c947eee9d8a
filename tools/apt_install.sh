#!/usr/bin/env bash
# Sourced by tools/setup.sh and tools/bench/corpus_bench.sh.
# apt_install_missing PACKAGE...: installs, with apt-get, those of the Debian
# packages that are not installed yet (as root, or through sudo); does nothing
# when all are there. Fails, naming them, when it cannot install.
apt_install_missing() {
  local missing=() p status
  for p in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
      missing+=("$p")
    fi
  done
  ((${#missing[@]} > 0)) || return 0
  echo "installing ${missing[*]}" >&2
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
      echo "need root or sudo to install: ${missing[*]}" >&2
      return 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}
