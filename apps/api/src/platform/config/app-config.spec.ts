import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives working development defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.API_PORT).toBe(3000);
    expect(config.DATABASE_POOL_SIZE).toBe(8);
  });

  it('lists every problem at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ API_PORT: 'abc', JWT_SECRET: 'short', LOG_LEVEL: 'loud', NODE_ENV: 'staging' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const fields = [...new Set(error!.problems.map((p) => p.split(':')[0]))].sort();
    expect(fields).toEqual(['API_PORT', 'JWT_SECRET', 'LOG_LEVEL', 'NODE_ENV']);
  });

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });
});
