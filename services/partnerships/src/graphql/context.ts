import type { Db } from '../database.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface PartnershipsContext {
  db: Db;
  loaders: Loaders;
}

export function createContext(db: Db): PartnershipsContext {
  return { db, loaders: createLoaders(db) };
}
