'use client';

import { hasWideGamutColour } from '@/lib/format/srgb-colour';
import { exportable, inlineColours, resolveColour } from './export-colours';
import { seriesColor } from './series-colors';

export type ChartExportProps = {
  /** The figure whose drawn chart is saved. */
  figureId: string;
  fileName: string;
  title: string;
  /** Units and range: "km², January 2030 to August 2031". */
  subtitle: string;
  legend: { name: string; colorIndex: number }[];
  credits: string[];
  /** The address of exactly this view. */
  link: string;
};

const ns = 'http://www.w3.org/2000/svg';
const pad = 16;
const line = 20;

/**
 * "Save chart as PNG / SVG": the whole chart as drawn, with its title, units and range above it and its legend,
 * sources and link below, in the page's colours, so the file stands on its own wherever it is pasted.
 */
export function ChartExport(props: ChartExportProps) {
  const save = (kind: 'svg' | 'png') => {
    const svg = composeSvg(props);
    if (!svg) return;
    const text = new XMLSerializer().serializeToString(svg.element);
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    if (kind === 'svg') {
      download(url, `${props.fileName}.svg`);
      URL.revokeObjectURL(url);
      return;
    }
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = svg.width * 2;
      canvas.height = svg.height * 2;
      canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      download(canvas.toDataURL('image/png'), `${props.fileName}.png`);
    };
    image.src = url;
  };
  return (
    <div className="flex flex-wrap gap-2 text-sm">
      <button
        type="button"
        onClick={() => save('png')}
        className="rounded border border-slate-500 px-2 py-0.5"
      >
        Save chart as PNG
      </button>
      <button
        type="button"
        onClick={() => save('svg')}
        className="rounded border border-slate-500 px-2 py-0.5"
      >
        Save chart as SVG
      </button>
    </div>
  );
}

function download(href: string, name: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}

/** A standalone SVG: title, subtitle, the chart (its colours resolved), legend, credits and link. */
function composeSvg(props: ChartExportProps) {
  const figure = document.getElementById(props.figureId);
  const chart = figure?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? figure?.querySelector('svg');
  if (!figure || !chart) return undefined;
  const box = chart.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const style = getComputedStyle(figure);
  const ink = exportable(style.color);
  const paper = exportable(getComputedStyle(document.body).backgroundColor);
  // Roughly how many characters fit a line at a font size; long lines wrap rather than run off the image.
  const fits = (size: number) => Math.max(24, Math.floor((width - 2 * pad) / (size * 0.56)));
  const head = [
    ...wrap(props.title, fits(16)).map((t) => ({ t, size: 16, weight: 700 })),
    ...wrap(props.subtitle, fits(13)).map((t) => ({ t, size: 13, weight: 400 })),
  ];
  const legendRows = legendLayout(props.legend, width);
  const foot = [...props.credits, props.link].flatMap((c) => wrap(c, fits(12)));
  const top = pad + head.length * line + 4;
  const chartHeight = Math.ceil(box.height);
  const height = top + chartHeight + 8 + (legendRows.length + foot.length) * line + pad;

  const root = document.createElementNS(ns, 'svg');
  root.setAttribute('xmlns', ns);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', style.fontFamily);
  const title = document.createElementNS(ns, 'title');
  title.textContent = props.title;
  root.append(title, rect(0, 0, width, height, paper));
  head.forEach((h, i) => {
    root.append(text(h.t, pad, pad + i * line + 14, ink, h.size, h.weight));
  });

  // The value axis is drawn beside the chart library's drawing, under it (see ValueAxis): saved under it too.
  const axis = figure.querySelector<SVGSVGElement>('svg.value-axis');
  for (const layer of axis ? [axis, chart] : [chart]) {
    const copy = inlineColours(layer);
    for (const [k, v] of Object.entries({ x: 0, y: top, width, height: chartHeight, color: ink }))
      copy.setAttribute(k, String(v));
    root.append(copy);
  }

  let y = top + chartHeight + 8 + 14;
  for (const row of legendRows) {
    for (const entry of row) {
      root.append(rect(entry.x, y - 11, 12, 12, resolveColour(figure, seriesColor(entry.colorIndex))));
      root.append(text(entry.name, entry.x + 18, y, ink, 12));
    }
    y += line;
  }
  for (const t of foot) {
    root.append(text(t, pad, y, ink, 12));
    y += line;
  }
  // Whatever else carries a colour (a style attribute the chart library wrote) is written in sRGB too.
  for (const element of [root, ...root.querySelectorAll('*')])
    for (const attribute of [...element.attributes])
      if (hasWideGamutColour(attribute.value))
        element.setAttribute(attribute.name, exportable(attribute.value));
  return { element: root, width, height };
}

/** Legend entries placed left to right, starting a new row where the next would not fit. */
function legendLayout(legend: ChartExportProps['legend'], width: number) {
  const rows: { name: string; colorIndex: number; x: number }[][] = [];
  let x = pad;
  for (const entry of legend) {
    const room = 18 + entry.name.length * 6.8 + 16;
    const current = rows.at(-1);
    if (!current || x + room > width - pad) {
      rows.push([{ ...entry, x: pad }]);
      x = pad + room;
    } else {
      current.push({ ...entry, x });
      x += room;
    }
  }
  return rows;
}

/** Words into lines of at most `max` characters. */
function wrap(content: string, max: number): string[] {
  const lines: string[] = [];
  // A word longer than a line (an address) is cut into pieces that fit.
  const words = content.split(/\s+/).flatMap((w) => w.match(new RegExp(`.{1,${max}}`, 'g')) ?? []);
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function rect(x: number, y: number, width: number, height: number, fill: string) {
  const element = document.createElementNS(ns, 'rect');
  for (const [k, v] of Object.entries({ x, y, width, height })) element.setAttribute(k, String(v));
  element.setAttribute('fill', fill);
  return element;
}

function text(content: string, x: number, y: number, fill: string, size: number, weight = 400) {
  const element = document.createElementNS(ns, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  element.setAttribute('fill', fill);
  element.setAttribute('font-size', String(size));
  element.setAttribute('font-weight', String(weight));
  element.textContent = content;
  return element;
}
