/** Placeholder while the territory views move to server components. */
export default function TerritoryPage() {
  return <h1 className="text-2xl font-bold">Territory</h1>;
}
