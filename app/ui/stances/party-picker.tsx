import type { StanceData } from '@/lib/stances/stance-data';

export type PartyPickerProps = {
  parties: StanceData['parties'];
  selected: string[];
  onChange: (selected: string[]) => void;
};

/** Which parties are shown, and in what order: shown ones first, in the reader's order, movable up and down. */
export function PartyPicker({ parties, selected, onChange }: PartyPickerProps) {
  const ordered = [
    ...selected.flatMap((id) => parties.filter((p) => p.id === id)),
    ...parties.filter((p) => !selected.includes(p.id)),
  ];
  const move = (id: string, by: -1 | 1) => {
    const index = selected.indexOf(id);
    const target = index + by;
    if (index < 0 || target < 0 || target >= selected.length) return;
    const next = [...selected];
    [next[index], next[target]] = [next[target] ?? id, id];
    onChange(next);
  };
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">Parties</legend>
      <ul className="space-y-1">
        {ordered.map((party) => {
          const index = selected.indexOf(party.id);
          const shown = index >= 0;
          return (
            <li key={party.id} className="flex items-center gap-2">
              <input
                id={`party-${party.id}`}
                type="checkbox"
                checked={shown}
                disabled={shown && selected.length === 1}
                onChange={() =>
                  onChange(shown ? selected.filter((id) => id !== party.id) : [...selected, party.id])
                }
                className="size-4"
              />
              <label htmlFor={`party-${party.id}`} className="grow" title={party.name}>
                {party.shortName}
              </label>
              {shown && (
                <span className="flex gap-1">
                  <button
                    type="button"
                    aria-label={`Move ${party.shortName} earlier`}
                    disabled={index === 0}
                    onClick={() => move(party.id, -1)}
                    className="rounded border border-slate-400 px-1.5 disabled:opacity-40"
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${party.shortName} later`}
                    disabled={index === selected.length - 1}
                    onClick={() => move(party.id, 1)}
                    className="rounded border border-slate-400 px-1.5 disabled:opacity-40"
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
