import type { Projection } from '@makers/projections';
import { initiativeProjection } from '@makers/cofinancing';
import { ballotProjection, callProjection, proposalProjection } from '@makers/calls';
import { peopleDirectoryProjection } from '@makers/people';
import { trainingProjection, volunteeringProjection } from '@makers/platforms';
import { platformProjection } from '@makers/platforms';
import { decisionProjection, meetingProjection } from '@makers/platforms';
import { programmeProjection } from '@makers/programme';
import type { PersonalDataVault } from '@makers/vault';

/** What projections may need besides the events: the vault opens sealed names into the people directory. */
export interface ProjectionDependencies {
  readonly vault: PersonalDataVault;
}

/** Every read model the API serves; the runner keeps each one current, the CLI's replay rebuilds them. */
export const allProjections = ({ vault }: ProjectionDependencies): readonly Projection[] => [
  programmeProjection,
  platformProjection,
  peopleDirectoryProjection(vault),
  trainingProjection,
  volunteeringProjection,
  meetingProjection,
  decisionProjection,
  callProjection,
  initiativeProjection,
  proposalProjection,
  ballotProjection,
];
