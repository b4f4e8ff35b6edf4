export * from './vocab.ts';
export * from './common.ts';
export * from './geo.ts';
export * from './province.ts';
export * from './model.ts';
export * from './deployment.ts';
export * from './figure.ts';
