import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findJdk, jdkMajor } from './jdk-finder';

/** Makes a folder that looks like a JDK of the given version. */
function fakeJdk(root: string, name: string, version: string): string {
  const home = join(root, name);
  mkdirSync(join(home, 'bin'), { recursive: true });
  writeFileSync(join(home, 'bin', 'java'), '');
  writeFileSync(join(home, 'release'), `JAVA_VERSION="${version}"\n`);
  return home;
}

describe('findJdk', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'jdk-'))));

  it('reads both version styles of a release file', () => {
    expect(jdkMajor(fakeJdk(root, 'a', '25.0.3'))).toBe(25);
    expect(jdkMajor(fakeJdk(root, 'b', '1.8.0_402'))).toBe(8);
  });

  it('takes JAVA_HOME when it is 21 or newer', () => {
    const home = fakeJdk(root, 'temurin-21', '21.0.5');
    fakeJdk(root, 'temurin-25', '25.0.1');

    expect(findJdk(home, [root])).toEqual({ home, major: 21 });
  });

  it('passes over a too old JAVA_HOME and picks the newest installed JDK', () => {
    const old = fakeJdk(root, 'openjdk-17', '17.0.15');
    const newest = fakeJdk(root, 'temurin-25', '25.0.3');
    fakeJdk(root, 'temurin-21', '21.0.5');

    expect(findJdk(old, [root])).toEqual({ home: newest, major: 25 });
  });

  it('says what to install when there is no JDK 21+', () => {
    const old = fakeJdk(root, 'openjdk-17', '17.0.15');

    expect(() => findJdk(old, [root])).toThrow(/No JDK 21 or newer found.*JAVA_HOME=.* is Java 17.*Install one/);
  });
});
