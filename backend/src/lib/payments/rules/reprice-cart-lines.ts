export interface CartLine {
  id: string;
  variant_id: string | null;
  title: string;
  unit_price: number;
  /** Set by an operator on purpose: never repriced. */
  is_custom_price?: boolean | null;
}

export interface PriceChange {
  variant_id: string;
  title: string;
  old_unit_price: number;
  new_unit_price: number;
}

/**
 * The lines whose price is no longer the variant's current price, with what to set, and the
 * changes to show the shopper. A variant with no current price is left alone here: whether it
 * may still be sold is the checkout's other checks' business.
 */
export function repriceCartLines(
  lines: CartLine[],
  currentPrice: (variantId: string) => number | null | undefined,
): { updates: { id: string; unit_price: number }[]; changes: PriceChange[] } {
  const updates: { id: string; unit_price: number }[] = [];
  const changes: PriceChange[] = [];
  for (const line of lines) {
    if (!line.variant_id || line.is_custom_price) continue;
    const now = currentPrice(line.variant_id);
    if (now === null || now === undefined || !Number.isFinite(now)) continue;
    const before = Number(line.unit_price);
    if (now === before) continue;
    updates.push({ id: line.id, unit_price: now });
    changes.push({
      variant_id: line.variant_id,
      title: line.title,
      old_unit_price: before,
      new_unit_price: now,
    });
  }
  return { updates, changes };
}
