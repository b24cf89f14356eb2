export { makersMunicipalities, makersPartnerMunicipalityIds, makersProgramme } from './makers-programme';
export * from './makers-platforms';
export * from './makers-meetings';
export * from './makers-capacity';
export * from './makers-call';
export * from './makers-cofinancing';
