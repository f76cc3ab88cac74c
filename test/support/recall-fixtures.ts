// The recall bench seeds its units the same way (bench/recall-scenario.ts).
export { seedRecallUnits, type SeededUnit } from '../../scripts/recall-seed';
