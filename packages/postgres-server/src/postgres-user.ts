import { execFileSync, spawnSync } from 'node:child_process';
import { chown } from 'node:fs/promises';

/** The account the server runs as when we are root: PostgreSQL refuses to run as root. */
export interface ServerAccount {
  name: string;
  uid: number;
  gid: number;
}

const ACCOUNT_NAME = 'postgres';

const WHAT_TO_DO = 'Run as an ordinary user, or set DATABASE_URL to a PostgreSQL server of your own.';

/** User `postgres`, made as a system user if the machine has none (as a PostgreSQL package would). */
export function serverAccount(): ServerAccount {
  const existing = accountIds();
  if (existing) return existing;
  try {
    execFileSync('groupadd', ['--force', '--system', ACCOUNT_NAME], { stdio: 'pipe' });
    execFileSync('useradd', ['--system', '--gid', ACCOUNT_NAME, '--no-create-home', ACCOUNT_NAME], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `PostgreSQL refuses to run as root, and making user "${ACCOUNT_NAME}" to run it as failed ` +
        `(${(error as Error).message.trim()}). Create a system user named ${ACCOUNT_NAME}, or: ${WHAT_TO_DO}`,
    );
  }
  const made = accountIds();
  if (!made) throw new Error(`User "${ACCOUNT_NAME}" was made but cannot be found. ${WHAT_TO_DO}`);
  return made;
}

function accountIds(): ServerAccount | null {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, ACCOUNT_NAME], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return { name: ACCOUNT_NAME, uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

/**
 * Hands the data directory to the server's account, then asks the kernel, as that
 * account, whether it may run `binary` and write `dataDir`: a directory on the way that
 * only root may enter fails here, at once and with the directory's name, instead of as
 * an EACCES deep inside PostgreSQL.
 */
export async function handDataDirTo(account: ServerAccount, binary: string, dataDir: string): Promise<void> {
  const cannotActAs = (reason: string) => new Error(`Cannot act as user ${account.name} (${reason}), and PostgreSQL refuses to run as root. ${WHAT_TO_DO}`);
  // A user namespace that maps root only, for one, can neither chown to postgres nor switch to it.
  await chown(dataDir, account.uid, account.gid).catch((error: Error) => {
    throw cannotActAs(error.message);
  });
  const probe = spawnSync('/bin/sh', ['-c', 'test -x "$1" && test -w "$2" && test -x "$2"', 'probe', binary, dataDir], {
    uid: account.uid,
    gid: account.gid,
    stdio: 'ignore',
  });
  if (probe.error) throw cannotActAs(probe.error.message);
  if (probe.status !== 0) {
    throw new Error(
      `PostgreSQL runs as user ${account.name}, who cannot enter ${dataDir} (or run ${binary}): ` +
        `a directory on the way is private to root. Keep the data in a directory others may enter (for tests: TMPDIR=/tmp), or: ${WHAT_TO_DO}`,
    );
  }
}
