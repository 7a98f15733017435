export * from './common';
export * from './source';
export * from './actor';
export * from './election';
export * from './tabulation';
export * from './claim';
export * from './statement';
export * from './revision';
