// SLA clocks on a working calendar: pure, deterministic, safe to import from workflow code.
export * from './working-calendar';
export * from './sla-clock';
