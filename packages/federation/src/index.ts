import 'reflect-metadata';

export { buildFederatedSchema, type ReferenceResolvers } from './build-federated-schema.js';
export { badUserInput, notFound, conflict, forbidden, unauthenticated, ErrorCode } from './errors.js';
export { PageInfo } from './connection/page-info.js';
export { ConnectionType, type Connection, type ConnectionTypeOptions, type Edge } from './connection/connection-type.js';
export { encodeCursor, decodeCursor } from './connection/cursor.js';
export { textIdKey, timestampIdKey, type TextIdKey, type TimestampIdKey } from './connection/cursor-keys.js';
export { pageArguments, type PageRequest, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from './connection/page-arguments.js';
export { buildConnection } from './connection/build-connection.js';
export { NULLABLE_WHY } from './nullable-root-field.js';
export { isUuid } from './ids.js';
export { byIdLoader, groupedLoader } from './batch-loaders.js';
export { LocalDate } from './scalars/local-date.js';
export { guardStringArguments } from './input-guard/guard-string-arguments.js';
export { MAX_STRING_LENGTH, whyUnstorable } from './input-guard/storable-string.js';
