import type { Projection } from '@makers/projections';
import { programmeProjection } from '@makers/programme';
import type { PersonalDataVault } from '@makers/vault';

/** What projections may need besides the events: the vault opens sealed names into the people directory. */
export interface ProjectionDependencies {
  readonly vault: PersonalDataVault;
}

/** Every read model the API serves; the runner keeps each one current, the CLI's replay rebuilds them. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the people directory takes the vault next
export const allProjections = ({ vault }: ProjectionDependencies): readonly Projection[] => [
  programmeProjection,
];
