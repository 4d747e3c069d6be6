export * from './derived-facts.builder';
export * from './obligation.mapper';
