/** Musical and statistical evaluation of solos, corpora and models: pure functions, no tfjs, no vscode. */
export * from './pieces';
export * from './metrics';
export * from './notation';
export * from './sequences';
export * from './heldout';
export * from './measure';
export * from './targets';
export * from './summary';
export * from './style';
