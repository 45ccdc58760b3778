import { createRoot } from 'react-dom/client';
import { PusatApp } from './PusatApp';
import './pusat.css';

createRoot(document.getElementById('root')!).render(<PusatApp />);
