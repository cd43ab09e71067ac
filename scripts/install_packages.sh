# Sourced by the setup and benchmark scripts (bash).
#
# install_packages WHO PACKAGE...
#   Installs the Debian packages given, when run as root on a machine with apt-get; otherwise
#   prints the command that installs them and returns 1 (the caller decides whether that is fatal).
#   Nothing given: nothing to do.
install_packages() {
  local who=$1
  shift
  [ $# -gt 0 ] || return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    printf '==> %s: installing %s\n' "$who" "$*" >&2
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "$who needs: $*. Install with: sudo apt-get install -y $*" >&2
    return 1
  fi
}
