import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The boundary check itself: it must refuse each kind of breach, not only pass on our tree. */
describe('the module boundary check', () => {
  const script = join(__dirname, '../../scripts/check-boundaries.mjs');
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'boundaries-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const tree = (files: Record<string, string>) => {
    for (const [path, source] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), source);
    }
  };
  const check = (): { ok: boolean; output: string } => {
    try {
      return { ok: true, output: execFileSync(process.execPath, [script, '--src', dir], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      return { ok: false, output: String((error as { stderr: string }).stderr) };
    }
  };

  it('accepts modules that meet through their indexes, in one direction', () => {
    tree({
      'modules/a/index.ts': `export { A } from './a.service';`,
      'modules/a/a.service.ts': `export class A {}`,
      'modules/b/index.ts': `export { B } from './b.service';`,
      'modules/b/b.service.ts': `import { A } from '../a';\nexport class B {}`,
      'coordination/c.service.ts': `import { A } from '../modules/a';\nimport { B } from '../modules/b';`,
    });
    expect(check()).toMatchObject({ ok: true });
  });

  it('refuses a cycle between modules and names it', () => {
    tree({
      'modules/a/index.ts': `import { B } from '../b';`,
      'modules/b/index.ts': `import { A } from '../a';`,
    });
    const result = check();
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/module cycle: (a → b → a|b → a → b)/);
  });

  it('refuses a module reaching into another module’s files', () => {
    tree({ 'modules/a/index.ts': ``, 'modules/b/b.service.ts': `import { X } from '../a/a.repository';` });
    expect(check().output).toContain("use the a module's index");
  });

  it('refuses platform code that imports a module or the coordination layer', () => {
    tree({ 'modules/a/index.ts': ``, 'coordination/c.ts': ``, 'platform/p.ts': `import { A } from '../modules/a';\nimport { C } from '../coordination/c';` });
    const { output } = check();
    expect(output).toContain('platform code imports modules/a');
    expect(output).toContain('platform code imports coordination/c');
  });

  it('refuses a module that calls the coordination layer', () => {
    tree({ 'coordination/c.ts': ``, 'modules/a/a.service.ts': `import { C } from '../../coordination/c';` });
    expect(check().output).toContain('a module imports the coordination layer');
  });

  it.each(['this.db.tenantQuery(scope, sql)', 'this.db.deferWrite(scope, sql)', 'this.db.deferQuery(scope, sql)'])(
    'refuses database access outside a repository: %s',
    (call) => {
      tree({ 'modules/a/a.service.ts': `export class A { run() { return ${call}; } }` });
      expect(check().output).toContain('only *.repository.ts files may');
    },
  );
});
