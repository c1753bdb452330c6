'use client';

import { useRef } from 'react';

export type ChartExportProps = { fileName: string; children: React.ReactNode; label: string };

function download(href: string, name: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}

/** Wraps a chart, and saves its SVG as drawn, or a PNG of it at twice the size, with the page's colours. */
export function ChartExport({ fileName, children, label }: ChartExportProps) {
  const ref = useRef<HTMLDivElement>(null);
  const svgText = () => {
    const svg = ref.current?.querySelector('svg.recharts-surface');
    if (!svg) return null;
    const copy = svg.cloneNode(true);
    if (!(copy instanceof SVGSVGElement)) return null;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute(
      'style',
      `color:${getComputedStyle(svg).color};background:${getComputedStyle(document.body).backgroundColor}`,
    );
    return {
      text: new XMLSerializer().serializeToString(copy),
      width: svg.clientWidth,
      height: svg.clientHeight,
    };
  };
  const saveSvg = () => {
    const svg = svgText();
    if (!svg) return;
    const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
    download(url, `${fileName}.svg`);
    URL.revokeObjectURL(url);
  };
  const savePng = () => {
    const svg = svgText();
    if (!svg) return;
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = svg.width * 2;
      canvas.height = svg.height * 2;
      const context = canvas.getContext('2d');
      if (!context) return;
      context.fillStyle = getComputedStyle(document.body).backgroundColor;
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      download(canvas.toDataURL('image/png'), `${fileName}.png`);
    };
    image.src = url;
  };
  return (
    <div className="space-y-2">
      <div ref={ref}>{children}</div>
      <div className="flex gap-2 text-sm">
        <button type="button" onClick={saveSvg} className="rounded border border-slate-400 px-2 py-0.5">
          Save {label} as SVG
        </button>
        <button type="button" onClick={savePng} className="rounded border border-slate-400 px-2 py-0.5">
          Save {label} as PNG
        </button>
      </div>
    </div>
  );
}
