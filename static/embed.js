// Blotter's widget loader, for host pages. Add the release text in an element marked
// `data-blotter`, then this script from wherever Blotter's files are served:
//
//   <div data-blotter>Officers seized 12 knives in Leeds on Friday...</div>
//   <script src="https://example.org/blotter/embed.js" defer></script>
//
// Each such element becomes a frame holding Blotter's widget (index.html?embed) with that
// text. The widget reads it in its own frame, posts its facts to this page, and takes new
// text from it; see README.md, "Embed Blotter", for the messages. The loader adds nothing
// to this page but the frames: no styles, no globals beyond `element.blotter`.
//
// Options, as attributes of the element: `data-blotter-id` (a name for the widget's
// messages), `data-blotter-theme` (`light` or `dark`; otherwise the page's own
// `color-scheme`, then the reader's system), `data-blotter-published` (YYYY-MM-DD),
// `data-blotter-mode` (`edit` for the whole editor: a box the reader can type in, Open
// file, Sample, Clear; otherwise the widget is a compact read-only view of the facts and
// the highlighted text, sized to its content).
(() => {
  const script = document.currentScript;
  const base = new URL('.', script && script.src ? script.src : location.href);
  let count = 0;

  /** The theme to ask for: the element's, else the page's declared color-scheme. */
  function themeOf(element) {
    const chosen = element.dataset.blotterTheme;
    if (chosen === 'light' || chosen === 'dark') return chosen;
    const scheme = getComputedStyle(document.documentElement).colorScheme || '';
    if (/\bdark\b/.test(scheme) && !/\blight\b/.test(scheme)) return 'dark';
    if (/\blight\b/.test(scheme) && !/\bdark\b/.test(scheme)) return 'light';
    return '';
  }

  function mount(element) {
    if (element.blotter) return;
    count += 1;
    const widget = /^[\w-]{1,40}$/.test(element.dataset.blotterId || '')
      ? element.dataset.blotterId
      : `blotter-${count}`;
    const url = new URL('index.html', base);
    const query = new URLSearchParams({ embed: '1', origin: location.origin, widget });
    const theme = themeOf(element);
    if (theme) query.set('theme', theme);
    if (element.dataset.blotterMode === 'edit') query.set('mode', 'edit');
    url.search = query.toString();

    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = 'Blotter: the facts in a police press release';
    frame.style.cssText = 'display:block;width:100%;height:20rem;border:0;';

    let text = (element.textContent || '').trim();
    let published = element.dataset.blotterPublished || undefined;
    const send = () =>
      frame.contentWindow &&
      frame.contentWindow.postMessage({ type: 'blotter:text', version: 1, widget, text, published }, base.origin);

    const api = {
      widget,
      frame,
      /** The facts/1 object the widget last posted, or null. */
      facts: null,
      /** Puts new text (and optionally a YYYY-MM-DD date) into the widget. */
      setText(newText, date) {
        text = String(newText);
        published = date;
        send();
      },
    };
    element.blotter = api;

    addEventListener('message', (event) => {
      if (event.source !== frame.contentWindow || event.origin !== base.origin) return;
      const data = event.data;
      if (!data || data.widget !== widget || typeof data.type !== 'string') return;
      if (data.type === 'blotter:ready') {
        send();
      } else if (data.type === 'blotter:size' && Number.isFinite(data.height) && data.height > 0) {
        frame.style.height = `${Math.min(Math.ceil(data.height) + 2, 4000)}px`;
      } else if (data.type === 'blotter:facts') {
        api.facts = data.facts;
        element.dispatchEvent(new CustomEvent('blotter:facts', { detail: data.facts, bubbles: true }));
      }
    });
    element.replaceChildren(frame);
  }

  const start = () => document.querySelectorAll('[data-blotter]').forEach(mount);
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start);
  else start();
})();
