// The example host's script: loads Blotter's widget loader and its JavaScript API from
// wherever Blotter is served, and shows what each gives. A real host would write the two
// snippets of README.md ("Embed Blotter") with its own address for Blotter.

const blotter = new URL(new URLSearchParams(location.search).get('blotter') ?? './blotter/', location.href);

// The facts the widget posts: checked by origin and by type, as README.md says.
window.received = [];
addEventListener('message', (event) => {
  if (event.origin !== blotter.origin || event.data?.type !== 'blotter:facts') return;
  window.received.push(event.data);
  document.getElementById('facts-count').textContent = `${event.data.facts.figures.length} figures`;
});

// The release's text, read before the loader turns its element into the widget.
const text = document.getElementById('release').textContent.trim();
window.apiText = text;

// A host in dark colours (`?dark`): its `color-scheme` is what the loader follows.
if (new URLSearchParams(location.search).has('dark')) {
  document.documentElement.style.colorScheme = 'dark';
  document.body.classList.add('dark');
}

// The whole editor instead of the compact view (`?edit`), as `data-blotter-mode="edit"`.
if (new URLSearchParams(location.search).has('edit')) {
  document.getElementById('release').dataset.blotterMode = 'edit';
}

// Snippet 1: the loader turns <div data-blotter> into the widget.
if (!new URLSearchParams(location.search).has('nowidget')) {
  const loader = document.createElement('script');
  loader.src = new URL('embed.js', blotter).href;
  document.head.append(loader);
}

// Snippet 2: the module API, on the same text.
try {
  const { extract } = await import(new URL('blotter.js', blotter).href);
  window.apiFacts = extract(text, { published: '2026-02-06' });
  document.getElementById('api-facts').textContent = JSON.stringify(window.apiFacts.figures, null, 1);
} catch (error) {
  window.apiError = String(error);
  document.getElementById('api-facts').textContent = `Blotter's API did not load: ${error}`;
}
