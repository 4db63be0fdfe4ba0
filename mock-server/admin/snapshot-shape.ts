import { demoSnapshot } from '../altegio/demo-data.ts';
import { tableNames, type Snapshot, type TableName } from '../altegio/state.ts';
import { ApiError } from '../routing/index.ts';

// The admin spec only outlines a snapshot (tables of rows with ids); a row of another shape
// would make later answers fail. So every row must have the fields of the fake's own rows,
// with the same JSON types (null where a field may be empty). The --data loader checks
// its rows with the same rule.
const template = demoSnapshot({ seed: 1, now: 0 }).tables;
/** A value's JSON type: null and array apart from object. */
export const jsonType = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
// Each table's fields and their JSON types, read once: a data file checks 100k rows against them on start.
const models = Object.fromEntries(
  tableNames.map((table) => [table, Object.entries((template[table][0] as Record<string, unknown> | undefined) ?? {}).map(([field, example]) => [field, jsonType(example)] as const)]),
) as unknown as Record<TableName, readonly (readonly [string, string])[]>;

/** What is wrong with a row of `table`, as `.field must be …` (or ` must be object, …`); undefined when it is of the fake's shape. */
export function rowShapeProblem(table: TableName, row: unknown): string | undefined {
  if (jsonType(row) !== 'object') return ` must be object, not ${jsonType(row)}`;
  for (const [field, type] of models[table]) {
    const given = jsonType((row as Record<string, unknown>)[field]);
    if (given === type || (given === 'null' && Object.hasOwn(row as object, field))) continue;
    return `.${field} must be ${type}${given === 'undefined' ? ', and is missing' : `, not ${given}`}`;
  }
  return undefined;
}

/** Throws a 400 naming the first row and field that is not of the fake's shape. */
export function checkSnapshotShape(snapshot: Snapshot): void {
  for (const table of tableNames) {
    (snapshot.tables[table] as readonly unknown[]).forEach((row, i) => {
      const problem = rowShapeProblem(table, row);
      if (problem) throw new ApiError(400, 'invalid_request', `tables.${table}[${i}]${problem}.`);
    });
  }
}
