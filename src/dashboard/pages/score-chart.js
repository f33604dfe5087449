// The score breakdown (base, speed bonus, efficiency penalty, total) as a list of values and an inline
// SVG bar chart of the same numbers; the chart is labelled for screen readers, the list says it in text.
import { el, show, svgEl } from './dom.js';

const BAR_HEIGHT = 22;
const GAP = 10;
const LABEL_WIDTH = 130;
const CHART_WIDTH = 420;

/** Draws the run's score, or says why there is none yet. */
export function renderScore(node, run) {
  const score = run.score;
  if (!score) {
    show(node, el('p', {}, 'Scored when the run ends.'));
    return;
  }
  const rows = [
    { name: 'Base', value: score.base ?? 0, tone: 'bar-base', sign: '' },
    { name: 'Speed bonus', value: score.speed_bonus ?? 0, tone: 'bar-bonus', sign: '+' },
    { name: 'Efficiency penalty', value: score.efficiency_penalty ?? 0, tone: 'bar-penalty', sign: '−' },
    { name: 'Total', value: score.total, tone: 'bar-total', sign: '' },
  ];
  show(
    node,
    el(
      'dl',
      { class: 'score' },
      rows.map((row) => [el('dt', {}, row.name), el('dd', {}, `${row.sign}${row.value}`)]),
    ),
    chart(rows),
  );
}

// Horizontal bars on one scale (the largest value fills the width), each with its name and value.
function chart(rows) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 50;
  const height = rows.length * (BAR_HEIGHT + GAP);
  const summary = rows.map((row) => `${row.name} ${row.sign}${row.value}`).join(', ');
  return svgEl(
    'svg',
    { class: 'score-chart', viewBox: `0 0 ${CHART_WIDTH} ${height}`, role: 'img', 'aria-label': `Score breakdown: ${summary}` },
    rows.map((row, index) => {
      const y = index * (BAR_HEIGHT + GAP);
      const width = Math.max(row.value > 0 ? 2 : 0, (row.value / max) * barSpace);
      return svgEl(
        'g',
        {},
        svgEl('text', { x: 0, y: y + BAR_HEIGHT * 0.7, class: 'chart-label' }, row.name),
        svgEl('rect', { x: LABEL_WIDTH, y, width, height: BAR_HEIGHT, rx: 3, class: row.tone }),
        svgEl('text', { x: LABEL_WIDTH + width + 6, y: y + BAR_HEIGHT * 0.7, class: 'chart-value' }, `${row.sign}${row.value}`),
      );
    }),
  );
}
