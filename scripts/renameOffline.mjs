// Names the offline build's single HTML file after the app, for a teacher's USB stick.
import { renameSync } from 'node:fs';

renameSync('dist-offline/index.html', 'dist-offline/cnn-playground.html');
