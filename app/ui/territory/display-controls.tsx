'use client';

import { type AreaUnit, areaUnits } from '@/lib/schemas/closed-sets';
import { areaUnitLabels } from '@/lib/territory/units';
import {
  type TerritoryContext,
  type TerritoryDisplay,
  type TerritoryView,
  territoryDisplays,
} from '@/lib/view/territory';
import { RadioGroup } from '../controls/radio-group';
import { ControlForm } from './control-form';
import { useTerritoryControls } from './use-territory-controls';

export type DisplayControlsProps = { view: TerritoryView; ctx: TerritoryContext };

const displayLabels: Record<TerritoryDisplay, string> = { chart: 'Charts', table: 'Tables' };

/** The unit of every figure, and charts or tables: the two choices that change the whole page. */
export function DisplayControls({ view, ctx }: DisplayControlsProps) {
  const { shown, go } = useTerritoryControls(view, ctx);
  return (
    <ControlForm
      label="Unit and display"
      view={shown}
      ctx={ctx}
      fields={['unit', 'display']}
      submitLabel="Apply"
      className="flex flex-wrap items-center gap-x-6 gap-y-2"
    >
      <RadioGroup
        layout="inline"
        legend="Unit"
        name="unit"
        options={areaUnits}
        labels={areaUnitLabels}
        value={shown.unit}
        onChange={(unit: AreaUnit) => go({ ...shown, unit })}
      />
      <RadioGroup
        layout="inline"
        legend="Show"
        name="display"
        options={territoryDisplays}
        labels={displayLabels}
        value={shown.display}
        onChange={(display) => go({ ...shown, display })}
      />
    </ControlForm>
  );
}
