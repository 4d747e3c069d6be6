export * from './jcs';
