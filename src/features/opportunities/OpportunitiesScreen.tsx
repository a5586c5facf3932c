export function OpportunitiesScreen() {
  return (
    <div>
      <h1>Opportunities</h1>
      <p>This screen is being built.</p>
    </div>
  );
}
