import { Injectable } from '@nestjs/common';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../config/app-config';

/**
 * Where uploaded files live (event images, shop logos), behind the smallest interface: put and get
 * by key. Keys are chosen by the caller from the content's hash, so a file is never overwritten
 * with other bytes and any copy can be cached forever; another backend (S3 and the like) only has
 * to implement these two calls.
 */
export abstract class FileStorage {
  abstract put(key: string, data: Buffer): Promise<void>;
  /** The file's bytes, or null if there is none under this key. */
  abstract get(key: string): Promise<Buffer | null>;
  /** Removes the file; nothing happens if there is none. */
  abstract delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9-]+(\/[a-z0-9.-]+)*$/;

/** Files on the local disk under STORAGE_DIR (`.var/storage` in development and tests). */
@Injectable()
export class LocalFileStorage extends FileStorage {
  private readonly root: string;

  constructor(config: AppConfig) {
    super();
    this.root = resolve(config.STORAGE_DIR);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside, then renamed: a reader never sees half a file.
    const partial = `${path}.${randomUUID()}.part`;
    await writeFile(partial, data);
    await rename(partial, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`unsafe storage key: ${key}`);
    return join(this.root, key);
  }
}
