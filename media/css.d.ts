// esbuild bundles the stylesheet beside the script (dist/media/preview.css).
declare module '*.css';
