import type { InferTypeOf } from '@medusajs/framework/types';
import type ListingModel from '../../modules/catalog/models/listing';

export type Listing = InferTypeOf<typeof ListingModel>;
