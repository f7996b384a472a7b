import { MedusaService } from '@medusajs/framework/utils';
import OrderGroup from './models/order-group';
import SalesOutbox from './models/sales-outbox';

class MarketplaceModuleService extends MedusaService({ OrderGroup, SalesOutbox }) {}

export default MarketplaceModuleService;
