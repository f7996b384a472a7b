// The browser-safe part of the domain (no node:crypto): what pages render with.
export * from './certificate-standing';
export * from './certificate-status';
export * from './certified-stars';
export * from './fold-vietnamese';
export * from './format-vnd';
export * from './product-groups';
export * from './provinces';
export * from './scorecard-versions';
export * from './vn-date';
