export function NetworkingScreen() {
  return (
    <div>
      <h1>Networking</h1>
      <p>This screen is being built.</p>
    </div>
  );
}
