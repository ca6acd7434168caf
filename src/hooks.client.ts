import { polyfillPage } from '$lib/legacy/polyfills';

// before anything hydrates: on a Chromium 86 core a missing built-in would end in a blank page
polyfillPage();
