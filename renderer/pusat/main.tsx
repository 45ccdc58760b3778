import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../lib/i18n';
import { PusatApp } from './PusatApp';
import './pusat.css';

createRoot(document.getElementById('root')!).render(
  // The pusat speaks Indonesian; the provider lets it share the outlet's DateInput (dd/mm/yyyy).
  <I18nProvider>
    <PusatApp />
  </I18nProvider>,
);
