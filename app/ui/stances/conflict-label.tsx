/** "⚠ Reports conflict" in words beside a stance, where there is room for them (a list, an embed's featured cell). */
export function ConflictLabel() {
  return (
    <span className="conflict-mark">
      ⚠ <span className="text-xs">Reports conflict</span>
    </span>
  );
}
