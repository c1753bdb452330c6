import { srgbColours } from '@/lib/format/srgb-colour';

/** A copy of the chart with every colour written out, since a saved file has no stylesheet or variables. */
export function inlineColours(chart: SVGSVGElement): SVGSVGElement {
  const copy = chart.cloneNode(true);
  if (!(copy instanceof SVGSVGElement)) throw new Error('an SVG clones to an SVG');
  const originals = [chart, ...chart.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const computed = getComputedStyle(original);
    for (const property of [
      'fill',
      'stroke',
      'color',
      'stop-color',
      'opacity',
      'fill-opacity',
      'stroke-opacity',
      'stop-opacity',
      'font-size',
    ]) {
      const value = computed.getPropertyValue(property);
      if (value) target.setAttribute(property, exportable(value));
    }
    target.removeAttribute('class');
  });
  return copy;
}

export function resolveColour(inside: Element, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  inside.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return exportable(colour);
}

/**
 * A value with its colours in sRGB. Browsers give computed colours in the page's own spaces (lab(), oklch()),
 * which many SVG editors cannot read, and keep them so even in a canvas's fillStyle; a colour the conversion does
 * not know is painted on a canvas and read back as the pixel the browser drew.
 */
export function exportable(value: string): string {
  return srgbColours(value, paintedColour);
}

function paintedColour(value: string): string {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return value;
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 255] = context.getImageData(0, 0, 1, 1).data;
  return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number((a / 255).toFixed(3))})`;
}
