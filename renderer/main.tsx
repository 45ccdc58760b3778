import { createRoot } from 'react-dom/client';
import { App } from './App';
import { defaultTransport } from './lib/transport';
import './styles.css';

createRoot(document.getElementById('root')!).render(<App transport={defaultTransport()} />);
