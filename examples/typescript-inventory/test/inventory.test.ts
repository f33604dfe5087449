import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lowStock, totalValue } from '../src/inventory.js';
import { summary } from '../src/report.js';

const items = [
  { name: 'bolt', quantity: 10, price: 0.5 },
  { name: 'nut', quantity: 2, price: 0.25 },
];

test('totalValue adds quantity times price', () => {
  assert.equal(totalValue(items), 5.5);
});

test('lowStock lists items under the threshold', () => {
  assert.deepEqual(lowStock(items, 5).map((i) => i.name), ['nut']);
});

test('summary counts and values the stock', () => {
  assert.equal(summary(items), '2 items worth 5.50');
});
