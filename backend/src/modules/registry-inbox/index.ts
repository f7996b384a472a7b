import { Module } from '@medusajs/framework/utils';
import RegistryInboxModuleService from './service';

export const REGISTRY_INBOX_MODULE = 'ocop_registry_inbox';

export default Module(REGISTRY_INBOX_MODULE, { service: RegistryInboxModuleService });
