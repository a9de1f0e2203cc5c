// @ts-check
/**
 * The import resolver eslint-plugin-boundaries uses (eslint.config.mjs): it tells the boundary
 * rules which workspace an import lands in, without needing `npm run build` first.
 *  - a workspace package (`@posture/jobs[/…]`, per the root package.json) resolves into that
 *    workspace's folder (not to node_modules or dist/), so a package import and a relative `../../jobs/src/…` are judged by the same rule;
 *  - relative imports written the NodeNext way (`./x.js`) resolve to the `.ts`/`.tsx` source;
 *  - Node built-ins resolve to null (core); every other package is left to the node resolver.
 */
const fs = require('node:fs');
const path = require('node:path');
const { isBuiltin } = require('node:module');
const nodeResolver = require('eslint-import-resolver-node');

const ROOT = path.resolve(__dirname, '..');

/** Package name → workspace folder, from the root package.json (`@posture/jobs` → `jobs`). */
const WORKSPACES = new Map(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).workspaces.map(
    (/** @type {string} */ dir) => [
      JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')).name,
      dir,
    ],
  ),
);

/** The source file a NodeNext specifier means; the path is returned even when it does not exist. */
function sourceFile(target) {
  const candidates = [
    target,
    target.replace(/\.(c|m)?js$/, '.ts'),
    target.replace(/\.(c|m)?js$/, '.tsx'),
    `${target}.ts`,
    `${target}.tsx`,
    path.join(target, 'index.ts'),
  ];
  const found = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
  // A boundary is about where an import points, not whether the file is there yet.
  return found ?? candidates[1];
}

exports.interfaceVersion = 2;

/** @type {(source: string, file: string, config: unknown) => { found: boolean; path?: string | null }} */
exports.resolve = (source, file, config) => {
  if (isBuiltin(source)) return { found: true, path: null };
  const pkg = /^(@[^/]+\/[^/]+|[^@/][^/]*)/.exec(source)?.[1];
  const workspace = pkg === undefined ? undefined : WORKSPACES.get(pkg);
  if (workspace !== undefined)
    return { found: true, path: path.join(ROOT, workspace, 'package.json') };
  if (source.startsWith('.') || path.isAbsolute(source)) {
    return { found: true, path: sourceFile(path.resolve(path.dirname(file), source)) };
  }
  return nodeResolver.resolve(source, file, config ?? {});
};
