/** Moved to libs/platform (the deadline scheduler derives its ids with it too). */
export { isUuid, uuidV5 } from '@app/platform/ids/uuid-v5';
