import { ConfigurationError, environmentKeys, loadEnvironment } from './load-environment';

describe('loadEnvironment', () => {
  it('gives the documented defaults when nothing is set', () => {
    // Given an empty environment / When it is loaded
    const env = loadEnvironment({});

    // Then the local defaults apply
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('.data');
    expect(env.ENGINE_PORT).toBe(8080);
    expect(env.ENGINE_TEST_CLOCK).toBe(false);
    expect(env.RUN_WORKERS).toBe(true);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers and flags from their usual spellings', () => {
    const env = loadEnvironment({ PORT: '4000', RUN_WORKERS: 'no', ENGINE_TEST_CLOCK: '1' });

    expect(env.PORT).toBe(4000);
    expect(env.RUN_WORKERS).toBe(false);
    expect(env.ENGINE_TEST_CLOCK).toBe(true);
  });

  it('names every wrong key and what it expects in one line each', () => {
    // Given two invalid values
    const load = () => loadEnvironment({ DATABASE_URL: 'mysql://x', PORT: 'abc' });

    // When loaded / Then both keys are named with the expectation and the value seen
    expect(load).toThrow(ConfigurationError);
    try {
      load();
    } catch (error) {
      const problems = (error as ConfigurationError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^DATABASE_URL: DATABASE_URL must be a postgresql:\/\/ URL \(got "mysql:\/\/x"\)$/),
          expect.stringMatching(/^PORT: PORT must be a whole number \(a TCP port\) \(got "abc"\)$/),
        ]),
      );
    }
  });

  it('requires the token that goes with engine nodes the service does not start', () => {
    // Given engine URLs without their token / When loaded / Then the token is asked for
    expect(() => loadEnvironment({ ENGINE_URL: 'http://engine-1:8080/engine-rest' })).toThrow(/ENGINE_TOKEN is required with ENGINE_URL/);
  });

  it('refuses an engine URL list that is not a list of http URLs', () => {
    expect(() => loadEnvironment({ ENGINE_TOKEN: 'x'.repeat(32), ENGINE_URL: 'engine-1:8080' })).toThrow(/ENGINE_URL must be one or more http\(s\) URLs/);
  });

  it('treats an empty value as unset', () => {
    expect(loadEnvironment({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('lists every key it reads, sorted', () => {
    const keys = environmentKeys();

    expect(keys).toEqual([...keys].sort());
    expect(keys).toEqual(expect.arrayContaining(['DATABASE_URL', 'ENGINE_PORT', 'ENGINE_URL', 'JAVA_HOME']));
  });
});
