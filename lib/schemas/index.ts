export * from './common';
export * from './event';
export * from './issue';
export * from './party';
export * from './position';
export * from './source';
export * from './territory';
