import { and, eq, ne, sql } from 'drizzle-orm';
import type { Principal } from '../auth/principal';
import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/is-unique-violation';
import { producerBindings, producers } from '../db/schema';
import { AppError, notFound } from '../http/app-error';
import type { JobQueue } from '../jobs/job-queue';
import { placeProducer } from '../producers/producer-place';
import { assertBackendService } from './assert-backend-service';
import type { BindingRow } from './binding-view';
import { enqueueBindingChange } from './enqueue-binding-change';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface NewProducer {
  legalName: string;
  kind: (typeof producers.$inferInsert)['kind'];
  province: string;
  /** By name, by code or both (producer-place.ts); stored as the official name and its code. */
  commune?: string;
  communeCode?: string;
  addressLine?: string | null;
  registrationNumber?: string | null;
}

type PlacedProducer = NewProducer & ReturnType<typeof placeProducer>;

export type BindingClaim = { accountId: string } & (
  | { producerId: string; newProducer?: undefined }
  | { producerId?: undefined; newProducer: NewProducer }
);

/**
 * The backend claims a producer for a shop account (decision 012). The answer is a pending
 * binding whether or not another shop claims or holds the producer, so a claim never tells
 * which producers are taken; only an official's or the operator's approval activates it.
 */
export async function claimBinding(
  claim: BindingClaim,
  deps: { db: Db; principal: Principal; jobs: JobQueue },
): Promise<{ created: boolean; binding: BindingRow }> {
  const service = assertBackendService(deps.principal, 'claim a producer');
  const placed = claim.newProducer && { ...claim.newProducer, ...placeProducer(claim.newProducer) };
  return deps.db.transaction(async (tx) => {
    // One claim of an account at a time, so a repeated claim finds the first instead of racing it.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`producer-binding:${claim.accountId}`}))`);
    const [live] = await tx
      .select()
      .from(producerBindings)
      .where(and(eq(producerBindings.accountId, claim.accountId), ne(producerBindings.status, 'rejected')));
    if (live) {
      if (await isSameClaim(tx, live, claim.producerId, placed)) return { created: false, binding: live };
      throw new AppError(
        'conflict',
        'This shop account already claims a producer; that claim must be withdrawn or rejected first.',
      );
    }
    const producerId = placed
      ? await producerFor(tx, placed)
      : await existingProducer(tx, claim.producerId as string);
    try {
      const [row] = await tx
        .insert(producerBindings)
        .values({ accountId: claim.accountId, producerId, status: 'pending', claimedBy: service })
        .returning();
      if (!row) throw new Error('binding insert returned nothing');
      await enqueueBindingChange(tx, deps.jobs, row, row.status);
      return { created: true, binding: row };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('conflict', 'This shop account already claims a producer.');
      }
      throw error;
    }
  });
}

async function existingProducer(tx: Tx, id: string): Promise<string> {
  const [row] = await tx.select({ id: producers.id }).from(producers).where(eq(producers.id, id));
  if (!row) throw notFound('The producer');
  return row.id;
}

/**
 * A producer new to the registry. A registration number already registered names that
 * producer: the claim is then a claim of it, answered like any other.
 */
async function producerFor(tx: Tx, p: PlacedProducer): Promise<string> {
  const values = {
    legalName: p.legalName,
    kind: p.kind,
    province: p.province,
    commune: p.commune,
    communeCode: p.communeCode,
    addressLine: p.addressLine ?? null,
    registrationNumber: p.registrationNumber ?? null,
  };
  const [created] = await tx
    .insert(producers)
    .values(values)
    .onConflictDoNothing({ target: producers.registrationNumber })
    .returning({ id: producers.id });
  if (created) return created.id;
  const [known] = await tx
    .select({ id: producers.id })
    .from(producers)
    .where(eq(producers.registrationNumber, p.registrationNumber ?? ''));
  if (!known) throw new Error('producer vanished between insert and select');
  return known.id;
}

async function isSameClaim(
  tx: Tx,
  live: BindingRow,
  producerId: string | undefined,
  p: PlacedProducer | undefined,
): Promise<boolean> {
  if (!p) return live.producerId === producerId;
  const [held] = await tx.select().from(producers).where(eq(producers.id, live.producerId));
  if (!held) return false;
  if (p.registrationNumber) return held.registrationNumber === p.registrationNumber;
  return held.legalName === p.legalName && held.province === p.province && held.commune === p.commune;
}
