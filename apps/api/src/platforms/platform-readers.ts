import type { Identity } from '@makers/kernel';
import { platformStewards, type PlatformView } from '@makers/platforms';

/**
 * Who may see the people of a platform (names, person ids, who co-chairs): those who run its business, as the
 * platform policy names them: programme managers and administrators, a municipal officer of one of its
 * municipalities, a moderator of that very platform. Everyone else who may read platforms sees its public facts and
 * the member figures by role and sex, never who the members are: many are young, and a person id may spell a name.
 */
const stewards = platformStewards<PlatformView, undefined>((platform) => ({
  platformId: platform.id,
  municipalityIds: platform.municipalities.map((municipality) => municipality.id),
}));

export const maySeeMembersOf = (who: Identity | undefined, platform: PlatformView): boolean => who !== undefined && stewards(who, platform, undefined);
