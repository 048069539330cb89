// Module boundaries (docs/architecture.md), checked on the source:
// 1. a module reaches another module only through its index (façade, module, public types);
// 2. platform/ knows no business module and no coordination; modules never call coordination/
//    (it sits above them); coordination/ reaches modules only through their index;
// 3. the module graph is acyclic;
// 4. only repositories touch the database (queries and queued writes alike); controllers never do;
// 5. test-provider/ stands for an acquirer outside Guichet: it imports nothing of Guichet's, and
//    Guichet reaches it only over HTTP (its tests may start it in-process).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// `--src DIR` checks another tree (the check's own test gives it broken ones).
const at = process.argv.indexOf('--src');
const SRC = at > 0 ? resolve(process.argv[at + 1]) : resolve(import.meta.dirname, '../src');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts') && !p.endsWith('.spec.ts') && !p.endsWith('.int-spec.ts')) files.push(p);
  }
})(SRC);

const problems = [];
const rel = (p) => relative(SRC, p);
const moduleOf = (p) => /^modules\/([^/]+)/.exec(rel(p))?.[1];
const layerOf = (p) => /^(platform|coordination|modules)\//.exec(rel(p))?.[1];
const DB_ACCESS = /\.(tenantQuery|platformQuery|scoped|deferWrite|deferQuery)\(|\.manager\b|getRepository\(|createQueryBuilder\(|@InjectRepository/;
/** module → the modules it imports */
const graph = new Map();

for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const here = moduleOf(file);
  const layer = layerOf(file);
  if (here && !graph.has(here)) graph.set(here, new Set());
  for (const [, spec] of source.matchAll(/from '(\.[^']+)'/g)) {
    const target = resolve(dirname(file), spec);
    const there = moduleOf(target);
    const targetLayer = layerOf(target);
    const viaIndex = there && (rel(target) === `modules/${there}` || rel(target) === `modules/${there}/index`);
    if (there && there !== here && !viaIndex) problems.push(`${rel(file)}: imports ${spec} — use the ${there} module's index (its façade) instead`);
    if (here && there && here !== there) graph.get(here).add(there);
    if (layer === 'platform' && targetLayer && targetLayer !== 'platform') problems.push(`${rel(file)}: platform code imports ${rel(target)}`);
    if (rel(file).startsWith('test-provider/') !== rel(target).startsWith('test-provider/'))
      problems.push(`${rel(file)}: imports ${spec} — the test payment provider and Guichet talk over HTTP only`);
    if (layer === 'modules' && targetLayer === 'coordination')
      problems.push(`${rel(file)}: a module imports the coordination layer, which sits above the modules`);
  }
  if ((layer === 'modules' || layer === 'coordination') && !file.endsWith('.repository.ts') && DB_ACCESS.test(source)) {
    problems.push(`${rel(file)}: queries the database — only *.repository.ts files may (services compose with transaction()/atomically())`);
  }
  if (file.endsWith('.controller.ts') && /from '[^']*(\.repository|\/database\/database)'/.test(source)) {
    problems.push(`${rel(file)}: a controller uses a repository or the database directly`);
  }
}

// A cycle between modules: depth-first search, reporting the path that closes it.
const state = new Map();
function visit(node, path) {
  state.set(node, 'open');
  for (const next of graph.get(node) ?? []) {
    if (state.get(next) === 'open') problems.push(`module cycle: ${[...path.slice(path.indexOf(next)), next].join(' → ')}`);
    else if (!state.has(next)) visit(next, [...path, next]);
  }
  state.set(node, 'done');
}
for (const node of graph.keys()) if (!state.has(node)) visit(node, [node]);

if (problems.length) {
  console.error(`module boundaries: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const edges = [...graph].map(([m, deps]) => `${m} → ${[...deps].sort().join(', ') || '∅'}`).join('; ');
console.log(`module boundaries: ${files.length} files respect them; module graph (acyclic): ${edges}`);
