export function PosScreen() {
  return <main className="office-page"><h1>Kasir</h1></main>;
}
