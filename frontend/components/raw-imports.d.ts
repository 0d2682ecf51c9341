// Vite's `?raw` imports give a file's text; declared here for the TypeScript checker.
declare module '*?raw' {
  const text: string;
  export default text;
}
