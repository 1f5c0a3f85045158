import { OrganizationType } from '../domain/enums.js';
import type { DemoCountry } from './demo-countries.js';
import type { SeededRandom } from './seeded-random.js';

// Fictional names for organisations based in a programme country, built from the
// country's real place names.

const governmentNames = [
  '{place} District Council',
  '{place} Regional Directorate of Health',
  '{place} Water and Sanitation Board',
  '{place} Department of Agriculture',
  '{place} Municipal Environment Office',
  '{place} Provincial Education Office',
  '{country} Agency for Local Development',
  '{country} National Disaster Management Office',
  '{country} Rural Energy Fund',
];

const civilSocietyNames = [
  '{place} Women’s Development Network',
  'Friends of {water}',
  '{place} Youth Action Forum',
  '{country} Association for Rural Advancement',
  '{place} Rights and Development Trust',
  'Community Health Alliance of {place}',
  '{place} Children’s Learning Trust',
  '{country} Coalition for Clean Energy',
];

const academiaNames = [
  '{place} Institute of Applied Sciences',
  'Centre for Development Research, {place}',
  '{place} Centre for Agricultural Research',
  'Institute for Sustainable Development Studies, {place}',
  '{country} Institute of Public Health',
];

const communityNames = [
  '{place} Water Users’ Association',
  '{place} Farmers’ Cooperative Union',
  '{water} Fisherfolk Collective',
  '{place} Village Health Committee',
  '{place} Indigenous Peoples’ Council',
  '{place} Mothers’ Support Group',
  '{place} Smallholder {commodity} Growers’ Association',
];

const philanthropyNames = ['{place} Community Foundation', '{country} Philanthropy Circle', '{place} Development Trust Fund'];

const brandRoots = [
  'Savanna', 'Sunridge', 'Bluewave', 'Greenfield', 'Riverstone', 'Horizon', 'Baobab', 'Acacia', 'Highland',
  'Lakeside', 'Meridian', 'Evergreen', 'Crescent', 'Keystone', 'Northstar', 'Golden Valley', 'Harvest', 'Unity',
];

const businessKinds = [
  'Agro Processors', 'Solar Solutions', 'Water Technologies', 'Microfinance', 'Logistics', 'Mobile Networks',
  'Seeds', 'Health Supplies', 'Engineering', 'Foods', 'Recycling', 'Insurance', '{commodity} Exporters',
];

const francophone = new Set(['SEN', 'CIV', 'BFA', 'MLI', 'NER', 'BEN', 'CMR', 'COD', 'MAR', 'TUN', 'MDG', 'HTI']);
const hispanophone = new Set(['PER', 'BOL', 'ECU', 'COL', 'GTM', 'HND', 'NIC', 'MEX']);
const southAsian = new Set(['IND', 'PAK', 'BGD', 'NPL', 'LKA']);
const llcCountries = new Set(['UZB', 'KGZ', 'TJK', 'JOR', 'LBN', 'EGY']);

function companyName(random: SeededRandom, country: DemoCountry): string {
  const base = `${random.pick(brandRoots)} ${random.pick(businessKinds)}`;
  if (country.code === 'IDN') return `PT ${base}`;
  if (country.code === 'BRA') return `${base} Ltda`;
  if (country.code === 'VNM') return `${base} JSC`;
  if (country.code === 'KHM' || country.code === 'LAO') return `${base} Co., Ltd`;
  if (francophone.has(country.code)) return `${base} ${random.pick(['SA', 'SARL'])}`;
  if (hispanophone.has(country.code)) return `${base} S.A.`;
  if (southAsian.has(country.code)) return `${base} Pvt Ltd`;
  if (llcCountries.has(country.code)) return `${base} LLC`;
  return `${base} Ltd`;
}

const templatesByType: Partial<Record<OrganizationType, readonly string[]>> = {
  [OrganizationType.GOVERNMENT]: governmentNames,
  [OrganizationType.CIVIL_SOCIETY]: civilSocietyNames,
  [OrganizationType.ACADEMIA]: academiaNames,
  [OrganizationType.COMMUNITY]: communityNames,
  [OrganizationType.PHILANTHROPY]: philanthropyNames,
};

/** A plausible name for an organisation of this type based in the country. */
export function localOrganizationName(random: SeededRandom, type: OrganizationType, country: DemoCountry): string {
  if (type === OrganizationType.PRIVATE_SECTOR) {
    return fillIn(companyName(random, country), random, country);
  }
  const templates = templatesByType[type];
  if (!templates) throw new Error(`No local names for ${type} organisations`);
  return fillIn(random.pick(templates), random, country);
}

function fillIn(template: string, random: SeededRandom, country: DemoCountry): string {
  return template
    .replaceAll('{place}', random.pick(country.places))
    .replaceAll('{water}', random.pick(country.waterPlaces))
    .replaceAll('{commodity}', random.pick(country.commodities))
    .replaceAll('{country}', country.name);
}
