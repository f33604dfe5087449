import { lowStock, totalValue, type Item } from './inventory.js';

/** A one-line summary of the stock. */
export function summary(items: Item[]): string {
  return `${items.length} items worth ${totalValue(items).toFixed(2)}`;
}
