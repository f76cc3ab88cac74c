// The bench seeds its 100,000 units the same way (scripts/bench-recall.ts).
export { seedRecallUnits, type SeededUnit } from '../../scripts/recall-seed';
