import { OrganizationType } from '../domain/enums.js';
import type { DemoOrganization } from './demo-organization.js';

const { MULTILATERAL, PHILANTHROPY, PRIVATE_SECTOR, ACADEMIA } = OrganizationType;

/**
 * Fictional funders, multilateral bodies, companies and institutes that work
 * across countries. Any likeness to a real organisation's name is accidental.
 */
export const internationalOrganizations: readonly DemoOrganization[] = [
  { name: 'International Fund for Smallholder Resilience', type: MULTILATERAL, country: 'CHE' },
  { name: 'Global Partnership for Water Security', type: MULTILATERAL, country: 'CHE' },
  { name: 'Intergovernmental Facility for Clean Energy Access', type: MULTILATERAL, country: 'DNK' },
  { name: 'United Nations Partnership Trust for Learning', type: MULTILATERAL, country: 'USA' },
  { name: 'Global Health Equity Facility', type: MULTILATERAL, country: 'CHE' },
  { name: 'International Climate Adaptation Fund', type: MULTILATERAL, country: 'DEU' },
  { name: 'Blue Oceans Cooperation Programme', type: MULTILATERAL, country: 'NOR' },
  { name: 'West African Development Facility', type: MULTILATERAL, country: 'CIV' },
  { name: 'East African Regional Health Commission', type: MULTILATERAL, country: 'TZA' },
  { name: 'Andean Regional Development Fund', type: MULTILATERAL, country: 'PER' },
  { name: 'Mekong Cooperation Facility', type: MULTILATERAL, country: 'LAO' },
  { name: 'Pacific Islands Resilience Facility', type: MULTILATERAL, country: 'FJI' },
  { name: 'Sahel Regional Food Security Council', type: MULTILATERAL, country: 'BFA' },
  { name: 'Central American Integration Fund', type: MULTILATERAL, country: 'GTM' },
  { name: 'South Asian Disaster Preparedness Centre', type: MULTILATERAL, country: 'NPL' },
  { name: 'Lindqvist Foundation for Children', type: PHILANTHROPY, country: 'SWE' },
  { name: 'Albrecht-Sommer Stiftung', type: PHILANTHROPY, country: 'DEU' },
  { name: 'Fondation Marceau-Duval', type: PHILANTHROPY, country: 'FRA' },
  { name: 'Van Houten Family Fund', type: PHILANTHROPY, country: 'NLD' },
  { name: 'Bellerive Foundation for Rural Futures', type: PHILANTHROPY, country: 'CHE' },
  { name: 'Hartwell Trust', type: PHILANTHROPY, country: 'GBR' },
  { name: 'Cedar Ridge Foundation', type: PHILANTHROPY, country: 'USA' },
  { name: 'Whitcombe Family Foundation', type: PHILANTHROPY, country: 'USA' },
  { name: 'Nordhavn Climate Foundation', type: PHILANTHROPY, country: 'DNK' },
  { name: 'Solberg Ocean Trust', type: PHILANTHROPY, country: 'NOR' },
  { name: 'Aoyama Foundation for Global Health', type: PHILANTHROPY, country: 'JPN' },
  { name: 'Maple Leaf Learning Foundation', type: PHILANTHROPY, country: 'CAN' },
  { name: 'Open Horizons Philanthropy Fund', type: PHILANTHROPY, country: 'BEL' },
  { name: 'Nordlicht Solar GmbH', type: PRIVATE_SECTOR, country: 'DEU' },
  { name: 'Helvetia Agri Trading SA', type: PRIVATE_SECTOR, country: 'CHE' },
  { name: 'Polder Water Technologies B.V.', type: PRIVATE_SECTOR, country: 'NLD' },
  { name: 'Cascade Mobile Networks Inc.', type: PRIVATE_SECTOR, country: 'USA' },
  { name: 'Albion Seed Company Ltd', type: PRIVATE_SECTOR, country: 'GBR' },
  { name: 'Fjordkraft Renewables AS', type: PRIVATE_SECTOR, country: 'NOR' },
  { name: 'Kaizen Irrigation K.K.', type: PRIVATE_SECTOR, country: 'JPN' },
  { name: 'Maison Ducroix Chocolatiers', type: PRIVATE_SECTOR, country: 'FRA' },
  { name: 'Roastery Collective Coffee Importers', type: PRIVATE_SECTOR, country: 'BEL' },
  { name: 'Northgate Pharmaceuticals plc', type: PRIVATE_SECTOR, country: 'GBR' },
  { name: 'Bonn Centre for Partnership Research', type: ACADEMIA, country: 'DEU' },
  { name: 'Nordic Institute for Water Research', type: ACADEMIA, country: 'SWE' },
  { name: 'London Centre for Development Evaluation', type: ACADEMIA, country: 'GBR' },
  { name: 'Utrecht Institute for Food Systems', type: ACADEMIA, country: 'NLD' },
  { name: 'Montreal School of Global Health Practice', type: ACADEMIA, country: 'CAN' },
];
