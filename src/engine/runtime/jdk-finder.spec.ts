import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findJdk, jdkMajor } from './jdk-finder';

/** Makes a folder that looks like a JDK of the given version. */
function fakeJdk(root: string, name: string, version: string): string {
  const home = join(root, name);
  mkdirSync(join(home, 'bin'), { recursive: true });
  writeFileSync(join(home, 'bin', 'java'), '');
  writeFileSync(join(home, 'bin', 'javac'), '');
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

  it('takes JAVA_HOME when it is 17 or newer', () => {
    // Given JAVA_HOME on Java 17 and a newer JDK installed / When searching / Then JAVA_HOME wins
    const home = fakeJdk(root, 'openjdk-17', '17.0.15');
    fakeJdk(root, 'temurin-25', '25.0.1');

    expect(findJdk(home, [root])).toEqual({ home, major: 17 });
  });

  it('passes over a too old JAVA_HOME and picks the newest installed JDK', () => {
    const old = fakeJdk(root, 'openjdk-11', '11.0.22');
    const newest = fakeJdk(root, 'temurin-25', '25.0.3');
    fakeJdk(root, 'openjdk-17', '17.0.15');

    expect(findJdk(old, [root])).toEqual({ home: newest, major: 25 });
  });

  it('passes over a runtime without javac, which cannot build the engine', () => {
    const runtime = fakeJdk(root, 'jre-21', '21.0.5');
    rmSync(join(runtime, 'bin', 'javac'));

    expect(() => findJdk(runtime, [root])).toThrow(/JAVA_HOME=.* is not a JDK \(no bin\/javac\)/);
  });

  it('names the Debian package to install when there is no JDK 17+', () => {
    const old = fakeJdk(root, 'openjdk-11', '11.0.22');

    expect(() => findJdk(old, [root])).toThrow(/No JDK 17 or newer found.*JAVA_HOME=.* is Java 11.*apt-get install openjdk-17-jdk-headless/);
  });
});
