// Editor preview (Development only): reloads the page when its content file changes, as
// `hugo server` does. Polls the file's version; an external file so a strict CSP can forbid inline scripts.
(() => {
  const script = document.currentScript;
  const known = script.dataset.stand;
  const url = '/_vorschau/stand?datei=' + encodeURIComponent(script.dataset.datei);

  async function poll() {
    try {
      const response = await fetch(url, { cache: 'no-store' });
      if (response.ok) {
        const state = await response.json();
        if (state.stand !== known) {
          location.reload();
          return;
        }
      }
    } catch {
      // The site is restarting: keep asking.
    }
    setTimeout(poll, 700);
  }

  setTimeout(poll, 700);
})();
