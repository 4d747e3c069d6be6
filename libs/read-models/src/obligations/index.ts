export * from './derived-facts.builder';
export * from './obligation.mapper';
export * from './obligations-as-of';
export * from './obligation-status';
