import { VN_UTC_OFFSET } from '@ocop/domain';
import type { batches, productionSteps } from '../db/schema';
import { bizStepOf } from './production-stages';

type BatchRow = typeof batches.$inferSelect;
type StepRow = typeof productionSteps.$inferSelect;

export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';

/**
 * A batch's life as an EPCIS 2.0 JSON-LD document (GS1 EPCIS 2.0 / CBV 2.0):
 * - a step with inputs is a TransformationEvent: its inputs (free text the producer wrote) become
 *   classes under our vocabulary, its output is the batch;
 * - a step without inputs is an ObjectEvent (OBSERVE) of the batch;
 * - issuing the batch's stamps is an ObjectEvent (ADD, commissioning) with the lot's master data.
 * The batch is named by its GS1 Digital Link URI (the batch-level stamp URL), which EPCIS 2.0
 * accepts as a class-level identifier. Times are UTC with Vietnam's offset, as EPCIS asks.
 */
export function buildEpcisDocument(input: {
  now: Date;
  baseUrl: string;
  batchClass: string;
  batch: Pick<BatchRow, 'id' | 'code' | 'producedAt' | 'bestBefore' | 'quantity' | 'rawMaterialOrigin'>;
  steps: StepRow[];
  stampsIssued: number;
  stampsIssuedAt: Date | null;
}) {
  const { baseUrl, batchClass, batch } = input;
  const place = (name: string) => ({ id: `${baseUrl}/voc/place/${encodeURIComponent(name)}` });
  const output = { epcClass: batchClass, quantity: batch.quantity };
  const common = (step: StepRow) => ({
    eventTime: step.occurredAt.toISOString(),
    eventTimeZoneOffset: VN_UTC_OFFSET,
    eventID: `urn:uuid:${step.id}`,
    bizStep: bizStepOf(step.stage, baseUrl),
    readPoint: place(step.place),
    ...(step.note ? { [`${baseUrl}/voc/note`]: step.note } : {}),
  });
  const events: Record<string, unknown>[] = input.steps.map((step) =>
    step.inputs.length > 0
      ? {
          type: 'TransformationEvent',
          ...common(step),
          inputQuantityList: step.inputs.map((name) => ({
            epcClass: `${baseUrl}/voc/input/${encodeURIComponent(name)}`,
          })),
          outputQuantityList: [output],
        }
      : { type: 'ObjectEvent', action: 'OBSERVE', ...common(step), quantityList: [output] },
  );
  if (input.stampsIssued > 0) {
    events.push({
      type: 'ObjectEvent',
      action: 'ADD',
      eventTime: (input.stampsIssuedAt ?? batch.producedAt).toISOString(),
      eventTimeZoneOffset: VN_UTC_OFFSET,
      eventID: `urn:uuid:${batch.id}`,
      bizStep: 'commissioning',
      disposition: 'active',
      quantityList: [{ epcClass: batchClass, quantity: input.stampsIssued }],
      ilmd: {
        'cbvmda:lotNumber': batch.code,
        ...(batch.bestBefore ? { 'cbvmda:bestBeforeDate': batch.bestBefore } : {}),
        ...(batch.rawMaterialOrigin ? { [`${baseUrl}/voc/rawMaterialOrigin`]: batch.rawMaterialOrigin } : {}),
      },
    });
  }
  return {
    '@context': [EPCIS_CONTEXT],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: input.now.toISOString(),
    epcisBody: { eventList: events },
  };
}
