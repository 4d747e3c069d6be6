export * from './build-bundle';
export * from './calendar-versions';
export * from './evidence-bundle';
export * from './evidence-report';
export * from './standalone-verifier';
export * from './verify-bundle';
export * from './report-pdf';
export * from './bundle-json';
