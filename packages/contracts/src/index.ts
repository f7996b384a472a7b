export * from './error-body';
export * from './sales-event';
export * from './verdict';
