import { Module } from '@medusajs/framework/utils';
import OfficialModuleService from './service';

export const OFFICIAL_MODULE = 'official';
export const OFFICIAL_ROLES = ['issuer', 'revoker', 'inspector'] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

export default Module(OFFICIAL_MODULE, { service: OfficialModuleService });
