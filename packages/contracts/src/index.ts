export * from './backend-error';
export * from './error-body';
export * from './registry-token';
export * from './registry-types';
export * from './request-id';
export * from './sales-event';
export * from './verdict';
export * from './verdict-display';
