import { ImageResponse } from 'next/og';
import { OgFrame } from '../og-frame';
import { ogSize } from '../og-text';

/** Placeholder while the territory views move to server components. */
export function GET() {
  return new ImageResponse(<OgFrame title="Territory" subtitle="" />, ogSize);
}
