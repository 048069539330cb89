// Module boundaries of DESIGN.md §1, checked on the source:
// 1. a module reaches another module only through its index (façade, module, public types);
// 2. platform/ knows no business module (the entity list of the data source is the one exception);
// 3. only repositories touch the database; controllers never do.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../src');
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
const DB_ACCESS = /\.(tenantQuery|platformQuery|scoped)\(|\.manager\b|getRepository\(|createQueryBuilder\(|@InjectRepository/;

for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const here = moduleOf(file);
  for (const [, spec] of source.matchAll(/from '(\.[^']+)'/g)) {
    const target = resolve(dirname(file), spec);
    const there = moduleOf(target);
    if (here && there && here !== there && rel(target) !== `modules/${there}` && rel(target) !== `modules/${there}/index`) {
      problems.push(`${rel(file)}: imports ${spec} — use the ${there} module's index (its façade) instead`);
    }
    if (rel(file).startsWith('platform/') && there && rel(file) !== 'platform/database/entities.ts') {
      problems.push(`${rel(file)}: platform code imports the ${there} module`);
    }
  }
  if (here && !file.endsWith('.repository.ts') && DB_ACCESS.test(source)) {
    problems.push(`${rel(file)}: queries the database — only *.repository.ts files may`);
  }
  if (file.endsWith('.controller.ts') && /from '[^']*(\.repository|\/database\/database)'/.test(source)) {
    problems.push(`${rel(file)}: a controller uses a repository or the database directly`);
  }
}

if (problems.length) {
  console.error(`module boundaries: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`module boundaries: ${files.length} files respect them`);
