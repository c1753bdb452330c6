import type { StanceData } from '@/lib/stances/stance-data';

export type IssuePickerProps = {
  issues: StanceData['issues'];
  selected: string[];
  onChange: (selected: string[]) => void;
};

/** Which issues are shown; the order stays the data's unless the reader sorts by divergence. */
export function IssuePicker({ issues, selected, onChange }: IssuePickerProps) {
  const toggle = (id: string) =>
    onChange(
      selected.includes(id)
        ? selected.filter((x) => x !== id)
        : issues.map((i) => i.id).filter((x) => x === id || selected.includes(x)),
    );
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">Issues</legend>
      <ul className="space-y-1">
        {issues.map((issue) => (
          <li key={issue.id} className="flex items-center gap-2">
            <input
              id={`issue-${issue.id}`}
              type="checkbox"
              checked={selected.includes(issue.id)}
              disabled={selected.length === 1 && selected.includes(issue.id)}
              onChange={() => toggle(issue.id)}
              className="size-4"
            />
            <label htmlFor={`issue-${issue.id}`}>{issue.title}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
