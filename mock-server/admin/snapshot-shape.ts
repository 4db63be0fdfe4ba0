import { demoSnapshot } from '../altegio/demo-data.ts';
import { tableNames, type Snapshot } from '../altegio/state.ts';
import { ApiError } from '../routing/index.ts';

// The admin spec only outlines a snapshot (tables of rows with ids); a row of another shape
// would make later answers fail. So every row must have the fields of the fake's own rows,
// with the same JSON types (null where a field may be empty).
const template = demoSnapshot({ seed: 1, now: 0 }).tables;
const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Throws a 400 naming the first row and field that is not of the fake's shape. */
export function checkSnapshotShape(snapshot: Snapshot): void {
  for (const table of tableNames) {
    const model = template[table][0] as Record<string, unknown> | undefined;
    if (!model) continue;
    (snapshot.tables[table] as unknown as readonly Record<string, unknown>[]).forEach((row, i) => {
      for (const [field, example] of Object.entries(model)) {
        const given = typeOf(row[field]);
        if (given === typeOf(example) || (given === 'null' && field in row)) continue;
        throw new ApiError(400, 'invalid_request', `tables.${table}[${i}].${field} must be ${typeOf(example)}${given === 'undefined' ? ', and is missing' : `, not ${given}`}.`);
      }
    });
  }
}
