import type { components, operations } from '../../../specs/generated/altegio.ts';
import type { TypedInput } from '../../routing/index.ts';

/** A handler's input, typed from the operation of the Altegio spec it serves. */
export type AltegioInput<K extends keyof operations> = TypedInput<operations[K]>;

export type AltegioSchemas = components['schemas'];
