'use client';

import { type AreaUnit, areaUnits } from '@/lib/schemas/closed-sets';
import { areaUnitLabels } from '@/lib/territory/units';
import { type TerritoryDisplay, territoryDisplays } from '@/lib/view/territory';
import { RadioGroup } from '../controls/radio-group';
import { ControlGroup } from './control-group';
import { useTerritoryForm } from './territory-form';

const displayLabels: Record<TerritoryDisplay, string> = { chart: 'Charts', table: 'Tables' };

/** The unit of every figure, and charts or tables: the two choices that change the whole page. */
export function DisplayControls() {
  const { shown, set } = useTerritoryForm();
  return (
    <ControlGroup
      label="Unit and display"
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
        onChange={(unit: AreaUnit) => set({ unit })}
      />
      <RadioGroup
        layout="inline"
        legend="Show"
        name="display"
        options={territoryDisplays}
        labels={displayLabels}
        value={shown.display}
        onChange={(display) => set({ display })}
      />
    </ControlGroup>
  );
}
