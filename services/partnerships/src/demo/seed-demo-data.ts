import type { Db } from '../database.js';

export async function seedDemoData(_db: Db): Promise<number> {
  return 0;
}
