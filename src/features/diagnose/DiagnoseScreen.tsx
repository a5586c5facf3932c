export function DiagnoseScreen() {
  return (
    <div>
      <h1>Diagnose</h1>
      <p>This screen is being built.</p>
    </div>
  );
}
