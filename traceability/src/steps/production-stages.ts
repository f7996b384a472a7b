/** Production stages a producer records for a batch; each maps to a GS1 CBV 2.0 business step. */
export const PRODUCTION_STAGES = [
  'growing',
  'harvesting',
  'receiving',
  'processing',
  'packing',
  'inspecting',
  'storing',
  'other',
] as const;
export type ProductionStage = (typeof PRODUCTION_STAGES)[number];

/**
 * CBV 2.0 has no farming steps: growing and harvesting use our own vocabulary URI (EPCIS allows
 * any URI as a business step); the rest are CBV's own bare words.
 */
export function bizStepOf(stage: ProductionStage, baseUrl: string): string {
  switch (stage) {
    case 'growing':
    case 'harvesting':
      return `${baseUrl}/voc/bizstep/${stage}`;
    case 'processing':
      return 'creating_class_instance';
    case 'receiving':
    case 'packing':
    case 'inspecting':
    case 'storing':
    case 'other':
      return stage;
  }
}
