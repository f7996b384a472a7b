import { MedusaService } from '@medusajs/framework/utils';
import Official from './models/official';

class OfficialModuleService extends MedusaService({ Official }) {}

export default OfficialModuleService;
