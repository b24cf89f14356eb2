import { Inject } from '@nestjs/common';
import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound, type Identity } from '@makers/kernel';
import { getAgreement, getInitiative, listDisbursements, listInitiatives, listRefunds, listReports, listTranches, type InitiativeView } from '@makers/cofinancing';
import type { ReadModelDatabase } from '@makers/projections';
import { AllowedRoles, EVERY_ROLE } from '../authorization/allowed-roles';
import { toConnection } from '../graphql/pagination';
import { READ_MODEL_DATABASE } from '../infrastructure/tokens';
import { Reader } from '../people/personal-data-readers';
import { Agreement, agreementFor } from './agreement.types';
import { Disbursement, disbursementFor, Refund, refundFor, Tranche, trancheFor } from './disbursement.types';
import { InitiativesArgs } from './initiative.args';
import { Initiative, InitiativeConnection, initiativeOf, initiativeStateOf } from './initiative.types';
import { Report, reportFor } from './report.types';

const ACTING_PERSONS = 'Who acted (signed or amended, defined the schedule, requested, approved, rejected, paid, recorded, submitted, reviewed) shows only to programme managers, administrators and donor auditors.';

/**
 * An initiative and what hangs off it: agreement, tranches, disbursements, refunds and reports, each a query of its own
 * (taking the initiative's id, NOT_FOUND InitiativeNotFound for an unknown one) and a field of Initiative. Money and
 * agreements are programme facts donors audit: every role reads them; who acted is nulled per reader.
 */
@Resolver(() => Initiative)
export class InitiativeResolver {
  constructor(@Inject(READ_MODEL_DATABASE) private readonly readModels: ReadModelDatabase) {}

  /** The initiative, or NOT_FOUND: the list read models answer [] for an id they never saw. */
  private async known(initiativeId: string): Promise<InitiativeView> {
    const initiative = await getInitiative(this.readModels.db, initiativeId);
    if (!initiative) throw notFound('InitiativeNotFound', `No initiative ${initiativeId}`);
    return initiative;
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Initiative, { description: 'An initiative: its origin, municipality, state, agreement in force in USD and what was disbursed.' })
  async initiative(@Args('id', { type: () => ID }) id: string): Promise<Initiative> {
    return initiativeOf(await this.known(id));
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => InitiativeConnection, { description: 'Initiatives in the order they started, filtered by municipality, state, programme and co-financing.' })
  async initiatives(@Args() { municipalityId, state, programmeId, coFinanced, first, after }: InitiativesArgs): Promise<InitiativeConnection> {
    const page = await listInitiatives(this.readModels.db, { municipalityId, state: state && initiativeStateOf(state), programmeId, coFinanced, first, after });
    return toConnection({ ...page, nodes: page.nodes.map(initiativeOf) });
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => Agreement, { nullable: true, description: `The initiative’s co-financing agreement in force with every version; null until signed. ${ACTING_PERSONS}` })
  async initiativeAgreement(@Args('initiativeId', { type: () => ID }) initiativeId: string, @Reader() reader: Identity): Promise<Agreement | null> {
    await this.known(initiativeId);
    return this.agreementOf(initiativeId, reader);
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => [Tranche], { description: `The tranche schedule in force, in the order defined, with each condition and what was requested and paid. ${ACTING_PERSONS}` })
  async initiativeTranches(@Args('initiativeId', { type: () => ID }) initiativeId: string, @Reader() reader: Identity): Promise<Tranche[]> {
    await this.known(initiativeId);
    return this.tranchesOf(initiativeId, reader);
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => [Disbursement], { description: `The initiative’s disbursements in the order requested. ${ACTING_PERSONS}` })
  async initiativeDisbursements(@Args('initiativeId', { type: () => ID }) initiativeId: string, @Reader() reader: Identity): Promise<Disbursement[]> {
    await this.known(initiativeId);
    return this.disbursementsOf(initiativeId, reader);
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => [Refund], { description: `The initiative’s refunds in the order recorded. ${ACTING_PERSONS}` })
  async initiativeRefunds(@Args('initiativeId', { type: () => ID }) initiativeId: string, @Reader() reader: Identity): Promise<Refund[]> {
    await this.known(initiativeId);
    return this.refundsOf(initiativeId, reader);
  }

  @AllowedRoles(...EVERY_ROLE)
  @Query(() => [Report], { description: `The initiative’s reports in the order first submitted, each as last submitted, with its reviews. ${ACTING_PERSONS}` })
  async initiativeReports(@Args('initiativeId', { type: () => ID }) initiativeId: string, @Reader() reader: Identity): Promise<Report[]> {
    await this.known(initiativeId);
    return this.reportsOf(initiativeId, reader);
  }

  @ResolveField(() => Agreement, { nullable: true, description: 'As the initiativeAgreement query.' })
  agreement(@Parent() initiative: Initiative, @Reader() reader: Identity): Promise<Agreement | null> {
    return this.agreementOf(initiative.id, reader);
  }

  @ResolveField(() => [Tranche], { description: 'As the initiativeTranches query.' })
  tranches(@Parent() initiative: Initiative, @Reader() reader: Identity): Promise<Tranche[]> {
    return this.tranchesOf(initiative.id, reader);
  }

  @ResolveField(() => [Disbursement], { description: 'As the initiativeDisbursements query.' })
  disbursements(@Parent() initiative: Initiative, @Reader() reader: Identity): Promise<Disbursement[]> {
    return this.disbursementsOf(initiative.id, reader);
  }

  @ResolveField(() => [Refund], { description: 'As the initiativeRefunds query.' })
  refunds(@Parent() initiative: Initiative, @Reader() reader: Identity): Promise<Refund[]> {
    return this.refundsOf(initiative.id, reader);
  }

  @ResolveField(() => [Report], { description: 'As the initiativeReports query.' })
  reports(@Parent() initiative: Initiative, @Reader() reader: Identity): Promise<Report[]> {
    return this.reportsOf(initiative.id, reader);
  }

  private async agreementOf(initiativeId: string, reader: Identity): Promise<Agreement | null> {
    const agreement = await getAgreement(this.readModels.db, initiativeId);
    return agreement ? agreementFor(reader, agreement) : null;
  }

  private async tranchesOf(initiativeId: string, reader: Identity): Promise<Tranche[]> {
    return (await listTranches(this.readModels.db, initiativeId)).map((view) => trancheFor(reader, view));
  }

  private async disbursementsOf(initiativeId: string, reader: Identity): Promise<Disbursement[]> {
    return (await listDisbursements(this.readModels.db, initiativeId)).map((view) => disbursementFor(reader, view));
  }

  private async refundsOf(initiativeId: string, reader: Identity): Promise<Refund[]> {
    return (await listRefunds(this.readModels.db, initiativeId)).map((view) => refundFor(reader, view));
  }

  private async reportsOf(initiativeId: string, reader: Identity): Promise<Report[]> {
    return (await listReports(this.readModels.db, initiativeId)).map((view) => reportFor(reader, view));
  }
}
