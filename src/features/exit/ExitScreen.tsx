export function ExitScreen() {
  return (
    <div>
      <h1>Exit plan</h1>
      <p>This screen is being built.</p>
    </div>
  );
}
