import { ConfigurationError, environmentKeys, loadEnvironment } from './load-environment';

describe('loadEnvironment', () => {
  it('gives the documented defaults when nothing is set', () => {
    // Given an empty environment / When it is loaded
    const env = loadEnvironment({});

    // Then the local defaults apply
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('.data');
    expect(env.ZEEBE_GRPC_PORT).toBe(26500);
    expect(env.RUN_WORKERS).toBe(true);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers and flags from their usual spellings', () => {
    const env = loadEnvironment({ PORT: '4000', RUN_WORKERS: 'no', ZEEBE_CLOCK_CONTROLLED: '1' });

    expect(env.PORT).toBe(4000);
    expect(env.RUN_WORKERS).toBe(false);
    expect(env.ZEEBE_CLOCK_CONTROLLED).toBe(true);
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

  it('requires the REST address and OAuth settings that go with a remote cluster', () => {
    const load = () => loadEnvironment({ CAMUNDA_AUTH_STRATEGY: 'OAUTH', ZEEBE_GRPC_ADDRESS: 'cluster.example:443' });

    expect(load).toThrow(/ZEEBE_REST_ADDRESS is required with ZEEBE_GRPC_ADDRESS/);
    expect(load).toThrow(/ZEEBE_CLIENT_ID is required when CAMUNDA_AUTH_STRATEGY is OAUTH/);
  });

  it('treats an empty value as unset', () => {
    expect(loadEnvironment({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('lists every key it reads, sorted', () => {
    const keys = environmentKeys();

    expect(keys).toEqual([...keys].sort());
    expect(keys).toEqual(expect.arrayContaining(['DATABASE_URL', 'JAVA_HOME', 'ZEEBE_GRPC_ADDRESS', 'ZEEBE_REST_PORT']));
  });
});
