import { ModuleProvider, Modules } from '@medusajs/framework/utils';
import { CashOnDeliveryProvider } from './cash-on-delivery';
import { VietQrProvider } from './vietqr';

/**
 * The marketplace's own payment providers for Medusa's Payment Module, registered with id
 * `ocop`: `pp_cod_ocop` (cash on delivery) and `pp_vietqr_ocop` (bank transfer by VietQR).
 */
export default ModuleProvider(Modules.PAYMENT, { services: [CashOnDeliveryProvider, VietQrProvider] });
