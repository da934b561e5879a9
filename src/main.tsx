import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/app.css';
import { loadCanvasRenderer } from './canvas/canvasMode.ts';
import { loadZoom } from './canvas/zoomController.ts';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Not in the first download, but wanted as soon as a map is on screen: fetched while it is read.
void loadZoom();
void loadCanvasRenderer();
