'use client';

export type RadioGroupProps<T extends string> = {
  legend: string;
  /** The URL parameter the choice is written to: the form field's name. */
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
  /** inline: the legend on the same line as the choices. */
  layout?: 'stacked' | 'inline';
};

/** One choice among a few, as radio buttons that are fields of the view's GET form. */
export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
  layout = 'stacked',
}: RadioGroupProps<T>) {
  return (
    <fieldset className={layout === 'inline' ? 'flex flex-wrap items-center gap-x-3' : 'space-y-1'}>
      <legend className={layout === 'inline' ? 'float-left mr-2 font-semibold' : 'font-semibold'}>
        {legend}
      </legend>
      <div className="flex flex-wrap gap-x-3">
        {options.map((option) => (
          <label key={option} className="flex items-center gap-1.5">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="size-4"
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
