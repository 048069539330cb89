// `npm test`'s own set-up, tested (run by `npm test` with node --test): which Debian packages it
// finds missing, and what it does about them — install, or stop before any test with one line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { missingTestPackages, packagePlan } from './lib.mjs';

const root = process.getuid?.() === 0;

// A PATH folder holding stand-ins for the tools, so the checks look at real files without
// touching the machine's packages. Readable by everyone: the non-root run below reads it too.
const bin = mkdtempSync(join(tmpdir(), 'guichet-lib-test-'));
chmodSync(bin, 0o755);
after(() => rmSync(bin, { recursive: true, force: true }));
const tool = (name, mode = 0o755) => {
  writeFileSync(join(bin, name), '#!/bin/sh\n');
  chmodSync(join(bin, name), mode);
  return join(bin, name);
};
const chromium = tool('chromium');
tool('pdftoppm');
tool('pdftotext');
tool('zbarimg-not-executable', 0o644);

describe('missingTestPackages', () => {
  it('names the package of each tool it cannot find', () => {
    assert.deepEqual(missingTestPackages({ PATH: bin, CHROMIUM_PATH: chromium }), ['zbar-tools']);
    assert.deepEqual(missingTestPackages({ PATH: '', CHROMIUM_PATH: join(bin, 'no-chromium') }), ['chromium', 'poppler-utils', 'zbar-tools']);
  });
});

describe('packagePlan', () => {
  const plan = (over) => packagePlan({ who: 'npm test', missing: ['chromium', 'zbar-tools'], root: false, aptGet: true, ...over });

  it('does nothing when nothing is missing', () => {
    assert.deepEqual(plan({ missing: [] }), { action: 'none' });
  });

  it('installs with apt-get as root', () => {
    assert.deepEqual(plan({ root: true }), { action: 'install', packages: ['chromium', 'zbar-tools'] });
    assert.deepEqual(plan({ root: true, chromiumPath: '/usr/bin/chromium' }), { action: 'install', packages: ['chromium', 'zbar-tools'] });
  });

  it('otherwise says in one line what to install', () => {
    assert.deepEqual(plan({}), { action: 'stop', message: '✗ npm test needs chromium, zbar-tools: sudo apt-get install chromium zbar-tools' });
    assert.deepEqual(plan({ root: true, aptGet: false }), {
      action: 'stop',
      message: '✗ npm test needs chromium, zbar-tools: apt-get install chromium zbar-tools',
    });
  });

  it('stops when apt-get ran and the packages are still missing', () => {
    assert.deepEqual(plan({ root: true, installed: true }), {
      action: 'stop',
      message: '✗ npm test needs chromium, zbar-tools (still missing after apt-get): apt-get install chromium zbar-tools',
    });
  });

  it('does not install Debian’s chromium for a CHROMIUM_PATH that points elsewhere', () => {
    assert.deepEqual(plan({ root: true, chromiumPath: '/opt/nowhere/chrome' }), {
      action: 'stop',
      message: '✗ npm test needs Chromium at CHROMIUM_PATH=/opt/nowhere/chrome: point it at a Chromium, or unset it to use /usr/bin/chromium',
    });
  });
});

describe('ensureDebianPackages, in a process of its own', () => {
  // The non-root child reads its own copy of lib.mjs (builtins only): the checkout itself may sit in
  // a folder only its owner can read (`mktemp -d` makes them 0700).
  const lib = join(bin, 'lib.mjs');
  copyFileSync(new URL('./lib.mjs', import.meta.url), lib);
  chmodSync(lib, 0o644);
  /** Runs the check the way scripts/test.mjs does, then says it went on. */
  const check = (env, options = {}) =>
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { ensureDebianPackages, missingTestPackages } from ${JSON.stringify(pathToFileURL(lib).href)};
         ensureDebianPackages('npm test', missingTestPackages);
         console.log('went on');`,
      ],
      { env, encoding: 'utf8', ...options },
    );
  // As root, a real non-root user: the one who cannot install anything.
  const nonRoot = root ? { uid: 65534, gid: 65534 } : {};

  it('goes on when everything is there', () => {
    tool('zbarimg');
    try {
      const r = check({ PATH: bin, CHROMIUM_PATH: chromium }, nonRoot);
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, 'went on\n');
      assert.equal(r.status, 0);
    } finally {
      rmSync(join(bin, 'zbarimg'));
    }
  });

  it('as a non-root user lacking zbarimg, stops before anything else with what to install', () => {
    const r = check({ PATH: bin, CHROMIUM_PATH: chromium }, nonRoot);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '✗ npm test needs zbar-tools: sudo apt-get install zbar-tools\n');
    assert.equal(r.status, 1);
  });

  it('with a CHROMIUM_PATH to nothing, stops and says so', () => {
    const r = check({ PATH: bin, CHROMIUM_PATH: join(bin, 'no-chromium') }, nonRoot);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^✗ npm test needs Chromium at CHROMIUM_PATH=.*no-chromium: point it at a Chromium, or unset it to use \/usr\/bin\/chromium\n$/);
    assert.equal(r.status, 1);
  });

  it('as root without apt-get on PATH, stops with what to install', { skip: !root && 'needs root' }, () => {
    const r = check({ PATH: bin, CHROMIUM_PATH: chromium });
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '✗ npm test needs zbar-tools: apt-get install zbar-tools\n');
    assert.equal(r.status, 1);
  });
});
