export { makersMunicipalities, makersPartnerMunicipalityIds, makersProgramme } from './makers-programme';
