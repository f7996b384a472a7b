import { MedusaService } from '@medusajs/framework/utils';
import Listing from './models/listing';

class CatalogModuleService extends MedusaService({ Listing }) {}

export default CatalogModuleService;
