import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from '@tanstack/react-router';
import { startI18n } from './i18n/i18n';
import { router } from './router/router';
import { SessionProvider } from './session/SessionProvider';
import './styles/base.css';
import './styles/layout.css';
import './styles/tags.css';
import './styles/forms.css';
import './styles/list.css';
import './styles/detail.css';
import './styles/account.css';
import './styles/language-switcher.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

// The catalogue of the chosen language comes first, so no page shows keys or flashes English.
try {
  await startI18n();
} catch (error) {
  // Without a catalogue there is no text to show; say so in both languages instead of a blank page.
  container.textContent = 'MSP Atlas could not be loaded. Please reload the page. / MSP Atlas konnte nicht geladen werden. Bitte laden Sie die Seite neu.';
  throw error;
}

createRoot(container).render(
  <StrictMode>
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  </StrictMode>,
);
