import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../../runtime/ports';

export const MINIMUM_JAVA = 21;

/** A JDK found on this machine. */
export interface Jdk {
  home: string;
  major: number;
}

/** Reads the major version from a JDK's `release` file (JAVA_VERSION="25.0.3" or "1.8.0_x"). */
export function jdkMajor(home: string): number | undefined {
  const release = join(home, 'release');
  if (!existsSync(release) || !existsSync(join(home, 'bin', 'java'))) return undefined;
  const match = /JAVA_VERSION="([^"]+)"/.exec(readFileSync(release, 'utf8'));
  if (!match) return undefined;
  const parts = match[1].split(/[._-]/).map(Number);
  return parts[0] === 1 ? parts[1] : parts[0];
}

/**
 * Finds a JDK for the broker: JAVA_HOME when it is new enough, else the newest under the usual
 * install folders. Camunda 8.6 needs Java 21 or newer; Debian 12's default java is 17.
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
  const seen = javaHome ? ` JAVA_HOME=${javaHome} is Java ${jdkMajor(javaHome) ?? 'unknown'}.` : '';
  throw new StartupError(
    `No JDK ${MINIMUM_JAVA} or newer found (looked at JAVA_HOME and ${searchDirs.join(', ')}).${seen} ` +
      `Install one (e.g. "apt-get install openjdk-21-jdk-headless" or Temurin 21/25) and set JAVA_HOME, or set ZEEBE_GRPC_ADDRESS to use a remote cluster.`,
  );
}
