import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../../runtime/ports';

/** Operaton 1.0 and Spring Boot 3.5 run on Java 17 and newer (tested here on 17 and 25). */
export const MINIMUM_JAVA = 17;

/** The Debian package that brings a suitable JDK, named in the message when none is found. */
export const JDK_PACKAGE = 'openjdk-17-jdk-headless';

/** A JDK found on this machine. */
export interface Jdk {
  home: string;
  major: number;
}

/**
 * Reads the major version from a JDK's `release` file (JAVA_VERSION="25.0.3" or "1.8.0_x"). A folder
 * without `bin/javac` is a runtime, not a JDK: it can run the engine but not build it.
 */
export function jdkMajor(home: string): number | undefined {
  const release = join(home, 'release');
  if (!existsSync(release) || !existsSync(join(home, 'bin', 'java')) || !existsSync(join(home, 'bin', 'javac'))) return undefined;
  const match = /JAVA_VERSION="([^"]+)"/.exec(readFileSync(release, 'utf8'));
  if (!match) return undefined;
  const parts = match[1].split(/[._-]/).map(Number);
  return parts[0] === 1 ? parts[1] : parts[0];
}

/**
 * Finds a JDK to build and run the engine: JAVA_HOME when it is new enough, else the newest under the
 * usual install folders.
 */
export function findJdk(javaHome: string | undefined, searchDirs = ['/usr/lib/jvm', '/opt/java', '/usr/local/lib/jvm']): Jdk {
  if (javaHome) {
    const major = jdkMajor(javaHome);
    if (major !== undefined && major >= MINIMUM_JAVA) return { home: javaHome, major };
  }
  const candidates: Jdk[] = [];
  for (const dir of searchDirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      const home = join(dir, entry);
      const major = jdkMajor(home);
      if (major !== undefined && major >= MINIMUM_JAVA) candidates.push({ home, major });
    }
  }
  candidates.sort((a, b) => b.major - a.major || a.home.localeCompare(b.home));
  if (candidates.length > 0) return candidates[0];
  const seen = javaHome ? ` JAVA_HOME=${javaHome} is ${jdkMajor(javaHome) === undefined ? 'not a JDK (no bin/javac)' : `Java ${jdkMajor(javaHome)}`}.` : '';
  throw new StartupError(
    `No JDK ${MINIMUM_JAVA} or newer found (looked at JAVA_HOME and ${searchDirs.join(', ')}).${seen} ` +
      `Install one, e.g. "apt-get install ${JDK_PACKAGE}" on Debian or Ubuntu, and start again (or set JAVA_HOME).`,
  );
}
