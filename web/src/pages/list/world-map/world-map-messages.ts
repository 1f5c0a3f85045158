import { i18n } from '../../../i18n/i18n';

/** The map's user-visible text, looked up in the current language each time it is read. */
export const WORLD_MAP_MESSAGES = {
  get heading() {
    return i18n.t('worldMap.heading');
  },
  get intro() {
    return i18n.t('worldMap.intro');
  },
  get mapLabel() {
    return i18n.t('worldMap.mapLabel');
  },
  get loading() {
    return i18n.t('worldMap.loading');
  },
  get failed() {
    return i18n.t('worldMap.failed');
  },
  get tryAgain() {
    return i18n.t('worldMap.tryAgain');
  },
  get chunkFailed() {
    return i18n.t('worldMap.chunkFailed');
  },
  get legendLabel() {
    return i18n.t('worldMap.legendLabel');
  },
  get tableCaption() {
    return i18n.t('worldMap.tableCaption');
  },
  get countryColumn() {
    return i18n.t('worldMap.countryColumn');
  },
  get countColumn() {
    return i18n.t('worldMap.countColumn');
  },
  get noCountries() {
    return i18n.t('worldMap.noCountries');
  },
  countryCount: (country: string, count: number) => i18n.t('worldMap.countryCount', { country, count }),
  selected: (country: string) => i18n.t('worldMap.selected', { country }),
  get showAllCountries() {
    return i18n.t('worldMap.showAllCountries');
  },
  offMap: (countries: string) => i18n.t('worldMap.offMap', { countries }),
};
