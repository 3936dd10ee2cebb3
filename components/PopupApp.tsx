export function PopupApp() {
  return (
    <main class="popup">
      <h1>Dossier</h1>
      <p>Briefings on the countries and organisations named in the news you read.</p>
    </main>
  );
}
