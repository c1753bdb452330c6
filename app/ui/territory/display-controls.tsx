'use client';

import { type AreaUnit, areaUnits } from '@/lib/schemas/closed-sets';
import { areaUnitLabels } from '@/lib/territory/units';
import {
  type TerritoryContext,
  type TerritoryDisplay,
  type TerritoryView,
  territoryDisplays,
} from '@/lib/view/territory';
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
      <Radios
        legend="Unit"
        name="unit"
        options={areaUnits}
        labels={areaUnitLabels}
        value={shown.unit}
        onChange={(unit: AreaUnit) => go({ ...shown, unit })}
      />
      <Radios
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

function Radios<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3">
      <legend className="float-left mr-2 font-semibold">{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} className="flex items-center gap-1.5">
          <input
            type="radio"
            name={props.name}
            value={option}
            checked={props.value === option}
            onChange={() => props.onChange(option)}
            className="size-4"
          />
          {props.labels[option]}
        </label>
      ))}
    </fieldset>
  );
}
