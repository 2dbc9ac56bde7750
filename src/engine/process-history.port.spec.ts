import { isEngineKey } from './process-history.port';

describe('The shape of the read model\'s keys', () => {
  it('accepts the ids an engine hands out', () => {
    for (const key of ['a6ac1c3c-eee3-11f1-9b98-02fc00000001', 'Task_Review:aa22f3be-eee3-11f1-9b98-02fc00000001', 'jbt-referral:3:d3f5bd3b-eee3-11f1-9b98-02fc00000001', '2251799813685249']) {
      expect([key, isEngineKey(key)]).toEqual([key, true]);
    }
  });

  it('refuses what no engine hands out: empty, too long, paths, quotes, spaces', () => {
    for (const key of ['', 'x'.repeat(65), '../etc', "a'b", 'a b', 'a/b', 'a%20b']) expect([key, isEngineKey(key)]).toEqual([key, false]);
  });
});
