import type { Db } from '../database.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface LearningContext {
  db: Db;
  loaders: Loaders;
}

export function createContext(db: Db): LearningContext {
  return { db, loaders: createLoaders(db) };
}
