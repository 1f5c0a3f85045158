import { readFile } from 'node:fs/promises';

/** A process's resident memory as the kernel reports it (Linux /proc), or 'unknown'. */
export async function processMemory(pid: number | undefined): Promise<string> {
  if (!pid) return 'unknown';
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? `${(Number(kb) / 1024).toFixed(0)} MB` : 'unknown';
}
