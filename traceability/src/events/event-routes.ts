import { z } from 'zod';
import { requireSignedIn } from '../auth/policy';
import { subscribers } from '../db/schema';
import { AppError } from '../http/app-error';
import type { RegistryDeps } from '../http/deps';
import type { RouteRegistry } from '../http/route-registry';
import { EVENT_TOPICS } from './enqueue-event';

const SubscribeInput = z.object({
  name: z.string().min(2).max(100),
  url: z.string().url(),
  secret: z.string().min(16).max(200),
  topics: z.array(z.enum(EVENT_TOPICS)).min(1),
});

export function registerEventRoutes(routes: RouteRegistry, { db }: RegistryDeps): void {
  routes.add(
    {
      method: 'post',
      path: '/v1/event-subscribers',
      summary: 'Subscribe a service (the backend) to certificate and binding events; upserts by name',
      tag: 'events',
      auth: 'signed-in',
      body: SubscribeInput,
      responses: { 200: { description: 'Subscribed' } },
    },
    async ({ c, body, principal }) => {
      if (requireSignedIn(principal).kind !== 'service') {
        throw new AppError('forbidden', 'Only a service token can subscribe to events.');
      }
      const [row] = await db
        .insert(subscribers)
        .values({ ...body, active: 1 })
        .onConflictDoUpdate({
          target: subscribers.name,
          set: { url: body.url, secret: body.secret, topics: body.topics, active: 1 },
        })
        .returning({
          id: subscribers.id,
          name: subscribers.name,
          url: subscribers.url,
          topics: subscribers.topics,
        });
      return c.json(row);
    },
  );
}
