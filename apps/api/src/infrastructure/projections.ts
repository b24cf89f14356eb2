import type { Projection } from '@makers/projections';
import { programmeProjection } from '@makers/programme';

/** Every read model the API serves; the runner keeps each one current. */
export const allProjections: readonly Projection[] = [programmeProjection];
