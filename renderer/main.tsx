import { createRoot } from 'react-dom/client';
import { App } from './App';
import { defaultClient } from './lib/api';
import './styles.css';

createRoot(document.getElementById('root')!).render(<App api={defaultClient()} />);
