import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createStore, seedState } from './state';
import { App } from './view/App';
import './styles.css';

const store = createStore(seedState());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
