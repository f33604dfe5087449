export interface Item {
  name: string;
  quantity: number;
  price: number;
}

/** The value of everything in stock. */
export function totalValue(items: Item[]): number {
  return items.reduce((sum, item) => sum + item.quantity * item.price, 0;
}

/** Items that need re-ordering. */
export function lowStock(items: Item[], threshold: number): Item[] {
  return items.filter((item) => item.quantity < threshold);
}
