export * from './refusal-reasons';
export * from './warranty-period';
export * from './entitlement';
export * from './return-exchange';
