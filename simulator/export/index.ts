// Exports of the suite's calls to other load engines (Artillery), to run past one machine.
export { artilleryScript, jsonPath } from './artillery-script.ts';
export type { ArtilleryExport, ArtilleryPlan, ArtilleryScript } from './artillery-script.ts';
export { exportCommand } from './export-command.ts';
export { schemaExpression } from './schema-expression.ts';
