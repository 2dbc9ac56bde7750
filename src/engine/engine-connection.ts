/**
 * Where the engine adapter finds the engine: the REST API of every node (workers poll each one, since
 * an engine node wakes only its own long polls), the token the nodes require, and the engine's
 * database, which the read model queries. An injection token keeps the adapter free of configuration.
 */
export interface EngineConnection {
  /** The engine's own database (history, runtime and our plugin tables). */
  databaseUrl: string;
  /** `http://host:port/engine-rest` of each node; the first one takes commands. */
  restUrls: string[];
  /** Whether the nodes run the test-only clock (ENGINE_TEST_CLOCK). */
  testClock: boolean;
  token: string;
}

export const ENGINE_CONNECTION = Symbol('ENGINE_CONNECTION');
