/** A style sheet's text, for a shadow root (Vite's `?raw` import). */
declare module '*.css?raw' {
  const css: string;
  export default css;
}
