import { stances } from '@/lib/schemas/closed-sets';
import { StanceBadge } from './stance-badge';

/** The scale, as it appears in the cells, with "no stated position" set apart from the neutral middle. */
export function StanceLegend() {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="font-semibold">Scale:</span>
      <ul className="flex flex-wrap gap-2" aria-label="Stance scale">
        {stances.map((stance) => (
          <li key={stance}>
            <StanceBadge stance={stance} />
          </li>
        ))}
        <li>
          <StanceBadge stance={undefined} />
        </li>
      </ul>
    </div>
  );
}
